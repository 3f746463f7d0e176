// The AGGIR grid schema names the same 17 + 7 items and 4 adverbs as the GIR engine, and checks
// that an item's letter follows its adverbs.
import { describe, expect, it } from 'vitest';
import { AGGIR_ADVERBS, AGGIR_ITEMS, schemaDefs, validateAssessment } from '@duikit/core';

type Props = { properties: Record<string, Props & { $ref?: string }> };
const grid = (schemaDefs.aggir as { $defs: { grid: Props; item: Props } }).$defs;

function schemaItemIds(kind: 'discriminant' | 'illustrative'): string[] {
  return Object.entries(grid.grid.properties[kind].properties).flatMap(([variable, node]) =>
    node.$ref
      ? [variable]
      : Object.keys(node.properties)
          .filter((sub) => sub !== 'result')
          .map((sub) => `${variable}.${sub}`),
  );
}

const assessment = (item: Record<string, unknown>) => ({
  id: 'E',
  personId: 'U',
  type: 'aggir',
  status: 'draft',
  date: '2024-03-05T14:00:00+01:00',
  aggir: { discriminant: { transferts: item } },
});

describe('AGGIR grid schema', () => {
  it('has the 17 discriminant items and 7 illustrative variables of the engine', () => {
    const discriminant = schemaItemIds('discriminant');
    const illustrative = schemaItemIds('illustrative');
    expect(discriminant).toHaveLength(17);
    expect(illustrative).toHaveLength(7);
    expect([...discriminant, ...illustrative].sort()).toEqual(AGGIR_ITEMS.map((i) => i.id).sort());
  });

  it('rates each item with the four adverbs of the 2008 guide', () => {
    const keys = Object.keys(grid.item.properties).filter((k) => k !== 'result' && k !== 'comment');
    expect(keys).toEqual([...AGGIR_ADVERBS]);
  });

  it('accepts a half-rated item (a draft) and the letter its adverbs give', () => {
    expect(validateAssessment(assessment({ spontanement: true })).valid).toBe(true);
    const mixed = { spontanement: true, totalement: false, habituellement: true, correctement: true };
    expect(validateAssessment(assessment({ ...mixed, result: 'B' })).valid).toBe(true);
  });

  it('refuses a letter its adverbs contradict, with the rule in the message', () => {
    const none = { spontanement: false, totalement: false, habituellement: false, correctement: false };
    const { errors } = validateAssessment(assessment({ ...none, result: 'B' }), { locale: 'en' });
    expect(errors).toEqual([
      {
        path: '/aggir/discriminant/transferts/result',
        keyword: 'const',
        message: 'No adverb is met: the result must be C.',
        params: { allowedValue: 'C' },
      },
    ]);
  });
});
