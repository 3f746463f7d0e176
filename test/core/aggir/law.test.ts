/**
 * AGGIR as the texts say it, from the adverbs to the GIR:
 * - the four adverbs S/T/C/H (spontanément, totalement, correctement, habituellement) give the
 *   letter of an item (2008 filling guide, décret du 21 août 2008, as summarised by ASH 2570:
 *   all yes → A, all no → C, one to three no → B);
 * - the sub-variables combine into a variable (no official text retrieved: the 2008 guide as
 *   transcribed by the Care_link implementation, domain.md §4.3 — hence configurable);
 * - the ten variables give the GIR through the tables of CASF annex 2-2 (décret 2008-821), not
 *   the superseded table annexed to décret 97-427 of 28 April 1997, whose group F differs.
 */
import { describe, expect, it } from 'vitest';
import {
  AGGIR_ADVERBS,
  combineSubVariables,
  computeGir,
  DISCRIMINANT_VARIABLES,
  letterFromAdverbs,
  type AggirLetter,
  type AggirVariables,
} from '@duikit/core';

const vars = (word: string) =>
  Object.fromEntries(DISCRIMINANT_VARIABLES.map((v, i) => [v, word[i]])) as AggirVariables;

/**
 * The GIR by the table annexed to décret 97-427 (1997), written here by hand: identical to CASF
 * annex 2-2 except group F, where it reads déplacements intérieurs C = 500 (CASF: 200),
 * déplacements extérieurs C = 200 (CASF: 0) and cohérence B = 0 (CASF: 100) — domain.md §4.2.
 */
function gir1997(word: string): number {
  const groups: [number[], number[], [number, number][]][] = [
    [
      [2000, 1200, 40, 40, 60, 100, 800, 200, 0, 0],
      [0, 0, 16, 16, 20, 16, 120, 32, 0, 0],
      [
        [4380, 1],
        [4140, 2],
        [3390, 3],
      ],
    ],
    [[1500, 1200, 40, 40, 60, 100, 800, -80, 0, 0], [320, 120, 16, 16, 0, 16, 120, -40, 0, 0], [[2016, 4]]],
    [
      [0, 0, 40, 40, 60, 160, 1000, 400, 0, 0],
      [0, 0, 16, 16, 20, 20, 200, 40, 0, 0],
      [
        [1700, 5],
        [1432, 6],
      ],
    ],
    [[0, 0, 0, 0, 2000, 400, 2000, 200, 0, 0], [0, 0, 0, 0, 200, 200, 200, 0, 0, 0], [[2400, 7]]],
    [[400, 400, 400, 400, 400, 800, 800, 200, 0, 0], [0, 0, 100, 100, 100, 100, 100, 0, 0, 0], [[1200, 8]]],
    [
      [200, 200, 500, 500, 500, 500, 500, 500, 200, 0],
      [0, 100, 100, 100, 100, 100, 100, 0, 0, 0],
      [[800, 9]],
    ],
    [[150, 150, 300, 300, 500, 500, 400, 200, 0, 0], [0, 0, 200, 200, 200, 200, 200, 100, 0, 0], [[650, 10]]],
    [
      [0, 0, 3000, 3000, 3000, 3000, 1000, 1000, 0, 0],
      [0, 0, 2000, 2000, 2000, 2000, 2000, 1000, 0, 0],
      [
        [4000, 11],
        [2000, 12],
        [-Infinity, 13],
      ],
    ],
  ];
  const byRank = [0, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6];
  for (const [c, b, ranks] of groups) {
    const score = [...word].reduce((s, l, i) => s + (l === 'C' ? c[i] : l === 'B' ? b[i] : 0), 0);
    const hit = ranks.find(([min]) => score >= min);
    if (hit) return byRank[hit[1]];
  }
  throw new Error('unreachable');
}

describe('CASF annex 2-2, not the 1997 table', () => {
  it('transferts and déplacements intérieurs C, all else A: GIR 5 by annex 2-2 (GIR 3 by 1997)', () => {
    // Annex 2-2 by hand: A 800+200=1000 <3390; B 800−80=720 <2016; C 1000+400=1400 <1432;
    // D 2000+200=2200 <2400; E 800+200=1000 <1200; F 500+200=700 <800; G 400+200=600 <650;
    // H 1000+1000=2000 → rank 12 → GIR 5. The 1997 group F: 500+500=1000 ≥800 → rank 9 → GIR 3.
    expect(computeGir(vars('AAAAAACCAA'))).toEqual({ group: 'H', score: 2000, rank: 12, gir: 5 });
    expect(gir1997('AAAAAACCAA')).toBe(3);
  });

  it('orientation and déplacements intérieurs C, élimination B: GIR 5 by annex 2-2 (GIR 3 by 1997)', () => {
    // Annex 2-2: A 1200+16+200=1416; B 1200+16−80=1136; C 20+400=420; D 200+200=400; E 400+100+200=700;
    // F 200+100+200=500 <800; G 150+200+200=550 <650; H 2000+1000=3000 → rank 12 → GIR 5.
    // 1997 group F: 200+100+500=800 ≥800 → rank 9 → GIR 3.
    expect(computeGir(vars('ACAAABACAA'))).toEqual({ group: 'H', score: 3000, rank: 12, gir: 5 });
    expect(gir1997('ACAAABACAA')).toBe(3);
  });

  it('of the 6,561 inputs of the eight variables that count, 266 get another GIR under the 1997 table', () => {
    let differ = 0;
    const letters = ['A', 'B', 'C'];
    for (let n = 0; n < 3 ** 8; n++) {
      let word = '';
      for (let i = 0, k = n; i < 8; i++, k = Math.floor(k / 3)) word += letters[k % 3];
      word += 'AA'; // déplacements extérieurs and alerter never count in annex 2-2
      if (computeGir(vars(word)).gir !== gir1997(word)) differ++;
    }
    expect(differ).toBe(266);
  });
});

describe('adverbs S/T/C/H → letter (2008 filling guide)', () => {
  it('one "no" on any single adverb gives B; four yes A; four no C', () => {
    const yes = Object.fromEntries(AGGIR_ADVERBS.map((a) => [a, true])) as Record<string, boolean>;
    expect(letterFromAdverbs(yes as never)).toBe('A');
    for (const adverb of AGGIR_ADVERBS)
      expect([adverb, letterFromAdverbs({ ...yes, [adverb]: false })]).toEqual([adverb, 'B']);
    const no = Object.fromEntries(AGGIR_ADVERBS.map((a) => [a, false]));
    expect(letterFromAdverbs(no as never)).toBe('C');
    expect(letterFromAdverbs({ ...no, spontanement: true })).toBe('B');
    expect([...AGGIR_ADVERBS].sort()).toEqual([
      'correctement',
      'habituellement',
      'spontanement',
      'totalement',
    ]);
  });
});

describe('sub-variables → variable (2008 guide as transcribed, domain.md §4.3; configurable)', () => {
  it.each([
    // cohérence (communication, comportement), orientation (temps, espace), élimination
    // (urinaire, fécale): AA → A, any C → C, else B.
    ['coherence', 'BA', 'B'],
    ['coherence', 'CB', 'C'],
    ['orientation', 'AC', 'C'],
    ['elimination', 'CA', 'C'],
    ['elimination', 'AA', 'A'],
    // toilette (haut, bas): AA → A, CC → C, else B (one C is not enough).
    ['toilette', 'CA', 'B'],
    ['toilette', 'BC', 'B'],
    // habillage (haut, moyen, bas): AAA → A, CCC → C, else B.
    ['habillage', 'ACC', 'B'],
    ['habillage', 'AAB', 'B'],
    // alimentation (se servir, manger): AA → A, BC/CB/CC → C, else B — AC and CA give B, the
    // known ambiguity between Care_link's docstring and code: a host reading it otherwise sets rules.
    ['alimentation', 'CC', 'C'],
    ['alimentation', 'BB', 'B'],
    ['alimentation', 'CA', 'B'],
  ] as const)('%s %s → %s', (variable, word, letter) => {
    expect(combineSubVariables(variable, word.split('') as AggirLetter[])).toBe(letter);
  });
});
