// Terminologies as data: SERAFIN-PH and TRE_R66, and the enums generated from them.
import { describe, expect, it } from 'vitest';
import {
  findConcept,
  schemaDefs,
  serafinCodes,
  terminologies,
  terminologyConcepts,
  terminologyLabel,
} from '@duikit/core';

describe('terminologies', () => {
  it('flattens the SERAFIN-PH tree with parents', () => {
    const concepts = terminologyConcepts('serafinPh');
    expect(findConcept('serafinPh', '1.2.1.3')).toMatchObject({
      fr: 'Mobilité',
      en: 'Mobility',
      parent: '1.2.1',
    });
    expect(concepts.every((c) => c.fr && c.en)).toBe(true);
    expect(new Set(concepts.map((c) => c.code)).size).toBe(concepts.length);
  });

  it('labels codes in French or English and shows unknown codes as they are', () => {
    expect(terminologyLabel('treR66', '500', 'fr')).toBe(
      "Établissement d'hébergement pour personnes âgées dépendantes",
    );
    expect(terminologyLabel('treR66', '255', 'en')).toBe('Specialised care home');
    expect(terminologyLabel('treR66', '999', 'en')).toBe('999');
  });

  it('flags the [K] categories to verify', () => {
    const toVerify = terminologyConcepts('treR66')
      .filter((c) => c.toVerify)
      .map((c) => c.code);
    expect(toVerify).toEqual(expect.arrayContaining(['448', '449', '460', '437']));
    expect(toVerify).not.toContain('500');
  });

  it('generates the schema enums from the data (one source)', () => {
    const serafin = schemaDefs.serafinPh as { $defs: Record<string, { enum: string[] }> };
    expect(serafin.$defs.needCode.enum).toEqual(serafinCodes('1'));
    expect(serafin.$defs.serviceCode.enum).toEqual([...serafinCodes('2'), ...serafinCodes('3')]);
    const r66 = schemaDefs.treR66 as { $defs: { categoryCode: { enum: string[] } } };
    expect(r66.$defs.categoryCode.enum).toEqual(terminologies.treR66.concepts.map((c) => c.code));
  });
});
