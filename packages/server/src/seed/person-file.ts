/**
 * Builds the user file of a fictitious person, shaped by `schemas/user-file.schema.json`: the
 * five INS traits, a demo INS matricule with a valid key, the RNIV status the person's stage
 * calls for, and the `fictitious` attribute and `demo` extension that mark it as demo data.
 */
import { DEMO_ESTABLISHMENTS, DEMO_INS_OID, type DemoPerson } from './demo-data.js';

/**
 * A syntactically valid NIR for a fictitious person: sex, year, month, département and
 * municipality of birth, an order number, then the key 97 − (number mod 97).
 *
 * @example
 * demoMatricule({ sex: 'F', birthDate: '1938-03-14', birthPlace: { code: '69123' } }, 1); // '238036912300121'-like
 */
export function demoMatricule(
  person: Pick<DemoPerson, 'sex' | 'birthDate' | 'birthPlace'>,
  order: number,
): string {
  const [year = '00', month = '01'] = person.birthDate.slice(2).split('-');
  const body = `${person.sex === 'F' ? 2 : 1}${year}${month}${person.birthPlace.code}${String(order).padStart(3, '0')}`;
  const key = 97n - (BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, '0')}`;
}

/** The file status each stage stands at. */
const STATUS: Record<DemoPerson['stage'], 'preAdmission' | 'active'> = {
  request: 'preAdmission',
  completeness: 'preAdmission',
  decision: 'preAdmission',
  contract: 'active',
  admitted: 'active',
  discharging: 'active',
};

/**
 * The initial user file of a demo person: a provisional identity (five traits, no matricule),
 * as at the first contact. {@link qualifiedPerson} then qualifies it through the engine. The
 * birth order (the 3 digits before the NIR key, from the birth certificate) is kept for the TDDUI
 * export, which needs it while the INS does not travel.
 *
 * @example
 * const file = demoUserFile(DEMO_PERSONS[0], '2026-01-05T09:00:00.000Z', 1);
 */
export function demoUserFile(person: DemoPerson, now: string, order = 1): Record<string, unknown> {
  const establishment = DEMO_ESTABLISHMENTS[person.at];
  return {
    id: `demo-${person.key}`,
    establishmentId: establishment.finess,
    finess: establishment.finess,
    status: STATUS[person.stage],
    openedAt: now,
    person: {
      id: `demo-${person.key}`,
      ins: traits(person),
      ...(person.usedName ? { usedName: person.usedName } : {}),
      identityStatus: 'PROV',
      identityAttributes: ['fictitious'],
      extensions: { 'tddui:birthOrder': order },
    },
    // An IME admission needs a valid CDAPH orientation to an IME (guard `validOrientation`).
    ...(person.at === 'ime'
      ? {
          rights: {
            mdph: {
              fileNumber: `DEMO-${person.key.toUpperCase()}`,
              decisions: [
                {
                  id: `cdaph-${person.key}`,
                  date: '2024-07-10',
                  kind: 'attribution',
                  category: '183',
                  openingDate: '2024-09-01',
                  expiryDate: '2029-08-31',
                },
              ],
            },
          },
        }
      : {}),
    extensions: {
      demo: true,
      'duikit:demoNotice': 'Données fictives de démonstration — personne inexistante.',
    },
  };
}

function traits(person: DemoPerson) {
  return {
    birthName: person.birthName,
    birthFirstNames: person.firstNames,
    birthDate: person.birthDate,
    sex: person.sex,
    birthPlace: { code: person.birthPlace.code, name: person.birthPlace.name },
  };
}

/** Whether the person's stage has a qualified identity (admitted persons). */
export const isQualified = (person: DemoPerson): boolean => STATUS[person.stage] === 'active';

/**
 * The person block once the INSi teleservice returned the (demo) INS and an identity document
 * was checked: the engine records both in the identity history (RECUP then QUAL).
 *
 * @example
 * await engine.updateIdentity(ctx, id, qualifiedPerson(p, 1), { expectedVersion, evidence: ['insiService', 'identityCard'] });
 */
export function qualifiedPerson(person: DemoPerson, order: number): Record<string, unknown> {
  return {
    id: `demo-${person.key}`,
    ins: { ...traits(person), matricule: demoMatricule(person, order), oid: DEMO_INS_OID },
    ...(person.usedName ? { usedName: person.usedName } : {}),
    identityStatus: 'QUAL',
    identityAttributes: ['fictitious'],
  };
}
