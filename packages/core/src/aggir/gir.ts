/**
 * The GIR algorithm of CASF annex 2-2 ("Algorithme de la grille AGGIR", décret 2008-821).
 *
 * Each group A → H adds, per discriminant variable, its coefficient for C or for B (A adds 0);
 * the first group whose sum reaches one of its thresholds gives the rank, and the rank gives the
 * GIR. The tables are copied from the current CASF annex (domain.md §4.2), not from the 1997
 * decree, whose group F differs and is superseded.
 */
import {
  DISCRIMINANT_VARIABLES,
  type AggirGroup,
  type AggirLetter,
  type AggirVariables,
  type Gir,
  type GirResult,
} from './types.js';

/** One group of the annex: coefficients (in `DISCRIMINANT_VARIABLES` order) and rank thresholds. */
interface GroupTable {
  group: AggirGroup;
  c: readonly number[];
  b: readonly number[];
  /** Thresholds tested from the highest: `score >= min` gives `rank`. */
  ranks: readonly { min: number; rank: number }[];
}

/**
 * The coefficient tables of CASF annex 2-2, in the order the groups are tested.
 * Columns: COH ORI TOI HAB ALI ELI TRA DEP.INT DEP.EXT COMM.
 *
 * @example
 * AGGIR_GROUP_TABLES[0].group; // 'A'
 */
export const AGGIR_GROUP_TABLES: readonly GroupTable[] = [
  {
    group: 'A',
    c: [2000, 1200, 40, 40, 60, 100, 800, 200, 0, 0],
    b: [0, 0, 16, 16, 20, 16, 120, 32, 0, 0],
    ranks: [
      { min: 4380, rank: 1 },
      { min: 4140, rank: 2 },
      { min: 3390, rank: 3 },
    ],
  },
  {
    group: 'B',
    c: [1500, 1200, 40, 40, 60, 100, 800, -80, 0, 0],
    b: [320, 120, 16, 16, 0, 16, 120, -40, 0, 0],
    ranks: [{ min: 2016, rank: 4 }],
  },
  {
    group: 'C',
    c: [0, 0, 40, 40, 60, 160, 1000, 400, 0, 0],
    b: [0, 0, 16, 16, 20, 20, 200, 40, 0, 0],
    ranks: [
      { min: 1700, rank: 5 },
      { min: 1432, rank: 6 },
    ],
  },
  {
    group: 'D',
    c: [0, 0, 0, 0, 2000, 400, 2000, 200, 0, 0],
    b: [0, 0, 0, 0, 200, 200, 200, 0, 0, 0],
    ranks: [{ min: 2400, rank: 7 }],
  },
  {
    group: 'E',
    c: [400, 400, 400, 400, 400, 800, 800, 200, 0, 0],
    b: [0, 0, 100, 100, 100, 100, 100, 0, 0, 0],
    ranks: [{ min: 1200, rank: 8 }],
  },
  {
    group: 'F',
    c: [200, 200, 500, 500, 500, 500, 500, 200, 0, 0],
    b: [100, 100, 100, 100, 100, 100, 100, 0, 0, 0],
    ranks: [{ min: 800, rank: 9 }],
  },
  {
    group: 'G',
    c: [150, 150, 300, 300, 500, 500, 400, 200, 0, 0],
    b: [0, 0, 200, 200, 200, 200, 200, 100, 0, 0],
    ranks: [{ min: 650, rank: 10 }],
  },
  {
    group: 'H',
    c: [0, 0, 3000, 3000, 3000, 3000, 1000, 1000, 0, 0],
    b: [0, 0, 2000, 2000, 2000, 2000, 2000, 1000, 0, 0],
    // Group H always decides: below 2000 is rank 13.
    ranks: [
      { min: 4000, rank: 11 },
      { min: 2000, rank: 12 },
      { min: -Infinity, rank: 13 },
    ],
  },
];

/** Rank (index) → GIR: rank 1 → 1; 2–7 → 2; 8–9 → 3; 10–11 → 4; 12 → 5; 13 → 6. */
const GIR_BY_RANK: readonly Gir[] = [1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6];

const LETTERS: readonly string[] = ['A', 'B', 'C'];

/**
 * Checks the input and throws a message naming the first bad variable. A programmer error: the
 * grid screen only calls `computeGir` once every variable has a letter.
 */
function assertVariables(variables: unknown): asserts variables is AggirVariables {
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    throw new TypeError(`computeGir expects an object of 10 AGGIR variables, got ${String(variables)}.`);
  }
  const known = new Set<string>(DISCRIMINANT_VARIABLES);
  for (const key of Object.keys(variables)) {
    if (!known.has(key)) {
      throw new TypeError(
        `computeGir: unknown AGGIR variable "${key}". Expected only: ${DISCRIMINANT_VARIABLES.join(', ')}.`,
      );
    }
  }
  for (const name of DISCRIMINANT_VARIABLES) {
    const value = (variables as Record<string, unknown>)[name];
    if (value === undefined) throw new TypeError(`computeGir: missing AGGIR variable "${name}".`);
    if (typeof value !== 'string' || !LETTERS.includes(value)) {
      throw new TypeError(
        `computeGir: invalid value ${JSON.stringify(value)} for AGGIR variable "${name}"; use 'A', 'B' or 'C'.`,
      );
    }
  }
}

/** The sum of one group's coefficients for these letters. */
function groupScore(table: GroupTable, letters: readonly AggirLetter[]): number {
  let sum = 0;
  letters.forEach((letter, i) => {
    if (letter === 'C') sum += table.c[i];
    else if (letter === 'B') sum += table.b[i];
  });
  return sum;
}

/**
 * Computes the GIR from the 10 discriminant variables, exactly as CASF annex 2-2: groups tested
 * in order A → H, the first threshold reached gives the rank, the rank gives the GIR.
 *
 * @throws TypeError naming the variable when one is missing, unknown or not `'A' | 'B' | 'C'`.
 * @example
 * computeGir({
 *   coherence: 'C', orientation: 'C', toilette: 'A', habillage: 'A', alimentation: 'A',
 *   elimination: 'A', transferts: 'A', deplacementInterieur: 'A', deplacementExterieur: 'A', alerter: 'A',
 * }); // { gir: 2, rank: 4, group: 'B', score: 2700 }
 */
export function computeGir(variables: AggirVariables): GirResult {
  assertVariables(variables);
  const letters = DISCRIMINANT_VARIABLES.map((name) => variables[name]);
  for (const table of AGGIR_GROUP_TABLES) {
    const score = groupScore(table, letters);
    const hit = table.ranks.find((r) => score >= r.min);
    if (hit) return { gir: GIR_BY_RANK[hit.rank], rank: hit.rank, group: table.group, score };
  }
  // Unreachable: group H's last threshold is -Infinity.
  throw new Error('computeGir: no group decided; the AGGIR tables are corrupt.');
}
