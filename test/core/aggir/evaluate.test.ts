import { describe, expect, it } from 'vitest';
import {
  AGGIR_ITEMS,
  DEFAULT_AGGIR_COMBINATION,
  combineSubVariables,
  evaluateAggir,
  letterFromAdverbs,
  type AggirLetter,
} from '@duikit/core';
import { discriminantAnswers as answersWith, no, partly, yes } from '../../../stories/fixtures/aggir.js';

describe('AGGIR items', () => {
  it('lists 17 discriminant items and 7 illustrative variables', () => {
    expect(AGGIR_ITEMS.filter((i) => i.kind === 'discriminant')).toHaveLength(17);
    expect(AGGIR_ITEMS.filter((i) => i.kind === 'illustrative').map((i) => i.id)).toEqual([
      'gestion',
      'cuisine',
      'menage',
      'transports',
      'achats',
      'suiviTraitement',
      'activitesTempsLibre',
    ]);
  });
});

describe('letterFromAdverbs', () => {
  it('gives A for four yes, C for four no, B for one to three no', () => {
    expect(letterFromAdverbs(yes)).toBe('A');
    expect(letterFromAdverbs(no)).toBe('C');
    expect(letterFromAdverbs(partly)).toBe('B');
    expect(letterFromAdverbs({ ...no, spontanement: true })).toBe('B');
  });

  it('waits until the four adverbs are answered', () => {
    expect(letterFromAdverbs({ spontanement: true, totalement: true, habituellement: true })).toBeUndefined();
    expect(letterFromAdverbs(undefined)).toBeUndefined();
  });
});

describe('combineSubVariables (default rules)', () => {
  it.each([
    ['coherence', 'AA', 'A'],
    ['coherence', 'AB', 'B'],
    ['coherence', 'AC', 'C'],
    ['orientation', 'CA', 'C'],
    ['elimination', 'BB', 'B'],
    ['toilette', 'AC', 'B'],
    ['toilette', 'CC', 'C'],
    ['habillage', 'AAA', 'A'],
    ['habillage', 'CCB', 'B'],
    ['habillage', 'CCC', 'C'],
    ['alimentation', 'BC', 'C'],
    ['alimentation', 'CB', 'C'],
    ['alimentation', 'AC', 'B'],
    ['alimentation', 'CA', 'B'],
  ] as const)('%s %s → %s', (variable, word, letter) => {
    expect(combineSubVariables(variable, word.split('') as AggirLetter[])).toBe(letter);
  });

  it('follows a host’s own rules (alimentation: any C → C)', () => {
    const rules = {
      ...DEFAULT_AGGIR_COMBINATION,
      alimentation: {
        rules: [
          { patterns: ['AA'], letter: 'A' as const },
          { patterns: ['C*', '*C'], letter: 'C' as const },
        ],
        otherwise: 'B' as const,
      },
    };
    expect(combineSubVariables('alimentation', ['A', 'C'], rules)).toBe('C');
  });

  it('names the variable when the letters or a pattern do not fit', () => {
    expect(() => combineSubVariables('habillage', ['A', 'A'])).toThrow(/"habillage" has 3 sub-variables/);
    const bad = {
      ...DEFAULT_AGGIR_COMBINATION,
      toilette: { rules: [{ patterns: ['A'], letter: 'A' as const }], otherwise: 'B' as const },
    };
    expect(() => combineSubVariables('toilette', ['A', 'A'], bad)).toThrow(/pattern "A" of "toilette"/);
  });
});

describe('evaluateAggir', () => {
  it('waits for every discriminant item before computing the GIR', () => {
    const answers = answersWith('A');
    delete answers['habillage.moyen'];
    const ev = evaluateAggir(answers);
    expect(ev.missing).toEqual(['habillage.moyen']);
    expect(ev.letters.variables.habillage).toBeUndefined();
    expect(ev.letters.variables.toilette).toBe('A');
    expect(ev.result).toBeUndefined();
  });

  it('goes from adverbs to the GIR through the combination rules', () => {
    // toilette haut A + bas C → B; habillage B B B → B; everything else A: the §4.4 case AABBAAAAAA.
    const ev = evaluateAggir(
      answersWith('A', {
        'toilette.bas': 'C',
        'habillage.haut': 'B',
        'habillage.moyen': 'B',
        'habillage.bas': 'B',
      }),
    );
    expect(ev.letters.variables).toMatchObject({ toilette: 'B', habillage: 'B', coherence: 'A' });
    expect(ev.result).toEqual({ group: 'H', score: 4000, rank: 11, gir: 4 });
  });

  it('records illustrative letters without changing the GIR', () => {
    const answers = { ...answersWith('A'), cuisine: no, gestion: partly };
    const ev = evaluateAggir(answers);
    expect(ev.letters.illustrative).toEqual({ cuisine: 'C', gestion: 'B' });
    expect(ev.result?.gir).toBe(6);
  });
});
