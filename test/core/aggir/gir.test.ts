import { describe, expect, it } from 'vitest';
import { computeGir, DISCRIMINANT_VARIABLES, type AggirLetter, type AggirVariables } from '@duikit/core';

/** Builds the input from a 10-letter word in the annex column order (COH ORI TOI HAB ALI ELI TRA DI DE COM). */
function vars(word: string): AggirVariables {
  const letters = word.replace(/\s/g, '').split('') as AggirLetter[];
  return Object.fromEntries(DISCRIMINANT_VARIABLES.map((v, i) => [v, letters[i]])) as AggirVariables;
}

describe('computeGir', () => {
  // Cases of domain.md §4.4, each re-computed by hand from the CASF annex 2-2 tables.
  it.each([
    ['AAAAAAAAAA', 'H', 0, 13, 6],
    ['CCCCCCCCCC', 'A', 4440, 1, 1],
    ['ABCABCAAAB', 'E', 1300, 8, 3],
    ['CCAAAAAAAA', 'B', 2700, 4, 2],
    ['AACCCCCCAA', 'C', 1700, 5, 2],
    ['AABBAAAAAA', 'H', 4000, 11, 4],
    ['AACCAAAAAA', 'F', 1000, 9, 3],
    ['BBBBBBBBBB', 'G', 1100, 10, 4],
    ['AABBBBBBAA', 'G', 1100, 10, 4],
    ['BBAAAAAAAA', 'H', 0, 13, 6],
  ])('%s → group %s, score %i, rank %i, GIR %i (domain.md §4.4)', (word, group, score, rank, gir) => {
    expect(computeGir(vars(word))).toEqual({ group, score, rank, gir });
  });

  // More cases computed by hand, one per rank the table above does not reach.
  it('reaches rank 2 when group A sums 4140–4379 (all C but déplacements intérieurs)', () => {
    // A: 2000+1200+40+40+60+100+800 = 4240
    expect(computeGir(vars('CCCCCCCACC'))).toEqual({ group: 'A', score: 4240, rank: 2, gir: 2 });
  });

  it('reaches rank 3 when group A sums 3390–4139 (cohérence, orientation, transferts C)', () => {
    // A: 2000+1200+800 = 4000
    expect(computeGir(vars('CCAAAACAAA'))).toEqual({ group: 'A', score: 4000, rank: 3, gir: 2 });
  });

  it('reaches rank 6 through group C (toilette, transferts, déplacements intérieurs C)', () => {
    // A: 40+800+200 = 1040; B: 40+800-80 = 760; C: 40+1000+400 = 1440 ≥ 1432
    expect(computeGir(vars('AACAAACCAA'))).toEqual({ group: 'C', score: 1440, rank: 6, gir: 2 });
  });

  it('reaches rank 7 through group D (alimentation and élimination C)', () => {
    // A: 160; B: 160; C: 60+160 = 220; D: 2000+400 = 2400
    expect(computeGir(vars('AAAACCAAAA'))).toEqual({ group: 'D', score: 2400, rank: 7, gir: 2 });
  });

  it('reaches rank 12 (GIR 5) through group H (toilette B alone)', () => {
    // E: 100; F: 100; G: 200 < 650; H: 2000
    expect(computeGir(vars('AABAAAAAAA'))).toEqual({ group: 'H', score: 2000, rank: 12, gir: 5 });
  });

  it('reaches rank 10 with every variable B but the last three', () => {
    // F: 7 × 100 = 700 < 800; G: toilette, habillage, alimentation, élimination, transferts B = 5 × 200
    expect(computeGir(vars('BBBBBBBAAA'))).toEqual({ group: 'G', score: 1000, rank: 10, gir: 4 });
  });

  it('applies group B’s negative coefficient for déplacements intérieurs', () => {
    // B: 320+120-80 = 360 < 2016; … H: 1000 < 2000 → rank 13
    expect(computeGir(vars('BBAAAAACAA'))).toEqual({ group: 'H', score: 1000, rank: 13, gir: 6 });
    // B: 1500+1200-40 = 2660 (DI B)
    expect(computeGir(vars('CCAAAAABAA'))).toEqual({ group: 'B', score: 2660, rank: 4, gir: 2 });
  });

  it('ignores déplacements extérieurs and alerter (zero everywhere)', () => {
    expect(computeGir(vars('ABCABCAACC'))).toEqual(computeGir(vars('ABCABCAAAA')));
    expect(computeGir(vars('AAAAAAAACC')).gir).toBe(6);
  });

  it('names a missing variable', () => {
    const input: Partial<AggirVariables> = vars('AAAAAAAAAA');
    delete input.transferts;
    expect(() => computeGir(input as AggirVariables)).toThrow(/missing AGGIR variable "transferts"/);
  });

  it('names an unknown variable', () => {
    const input = { ...vars('AAAAAAAAAA'), cuisine: 'A' } as unknown as AggirVariables;
    expect(() => computeGir(input)).toThrow(/unknown AGGIR variable "cuisine"/);
  });

  it('names a variable with an invalid letter', () => {
    const input = { ...vars('AAAAAAAAAA'), habillage: 'D' } as unknown as AggirVariables;
    expect(() => computeGir(input)).toThrow(/invalid value "D" for AGGIR variable "habillage"/);
    const lower = { ...vars('AAAAAAAAAA'), alerter: 'a' } as unknown as AggirVariables;
    expect(() => computeGir(lower)).toThrow(/"alerter"/);
  });

  it('rejects a non-object input', () => {
    expect(() => computeGir(null as unknown as AggirVariables)).toThrow(/expects an object/);
  });
});
