/**
 * The person: `tddui-patient-ins` when the identity is qualified (the INS travels, as FR Core
 * expects it), `tddui-patient` otherwise (no INS, the birth order instead); the entourage as
 * `tddui-related-person-contact`.
 */
import type { Address, Person, RelatedPerson, Telecom } from '@duikit/core';
import { IDENTIFIER_SYSTEMS, localUserId } from '../tddui/identifiers.js';
import { FR_CORE_CS, FR_CORE_SD, INSEE_COMMUNE, SD, V2_0203 } from '../tddui/urls.js';
import { clean, type BundleBuilder, type Resource } from './context.js';

/** INS OIDs: the identifier slice, its `use` and its FR Core type code. */
export const INS_OIDS: Record<string, { use: 'official' | 'temp'; code: string; testOnly?: boolean }> = {
  '1.2.250.1.213.1.4.8': { use: 'official', code: 'INS-NIR' },
  '1.2.250.1.213.1.4.9': { use: 'temp', code: 'INS-NIA' },
  '1.2.250.1.213.1.4.10': { use: 'official', code: 'INS-NIR-TEST', testOnly: true },
  '1.2.250.1.213.1.4.11': { use: 'official', code: 'INS-NIR-DEMO', testOnly: true },
};

const GENDER = { F: 'female', M: 'male', U: 'unknown' } as const;

/** FR Core address (lines, postal code, city, country). */
export const address = (a: Address | undefined) =>
  a && clean({ use: a.use, line: a.lines, postalCode: a.postalCode, city: a.city, country: a.country });

/** Telecom: DUI Kit's `mssante` is an e-mail address. */
export const telecom = (t: Telecom) =>
  clean({ system: t.system === 'mssante' ? 'email' : t.system, value: t.value, use: t.use });

/** The birth order: digits 11–13 of the matricule, else the host's `person.extensions['tddui:birthOrder']`. */
function birthOrder(p: Person): number | undefined {
  const m = p.ins.matricule;
  if (m && /^[0-9A-B]{15}$/i.test(m)) return Number(m.slice(10, 13));
  const ext = p.extensions?.['tddui:birthOrder'];
  return typeof ext === 'number' && ext > 0 ? ext : undefined;
}

/**
 * Adds the Patient entry; `qualified` decides the profile (the INS only travels for a QUAL identity).
 *
 * @example
 * addPatient(b, file.person);
 */
export function addPatient(b: BundleBuilder, p: Person): void {
  const qualified = p.identityStatus === 'QUAL' && !!p.ins.matricule && !!p.ins.oid;
  const ins = qualified ? INS_OIDS[p.ins.oid as string] : undefined;
  const order = qualified ? undefined : birthOrder(p);
  if (!qualified && order === undefined)
    b.skip('/person/ins', 'not-mapped', {
      fr: 'Rang de naissance inconnu : le profil tddui-patient l’exige quand l’INS ne circule pas (renseigner person.extensions["tddui:birthOrder"] ou qualifier l’identité).',
      en: 'Birth order unknown: tddui-patient requires it when the INS does not travel (set person.extensions["tddui:birthOrder"] or qualify the identity).',
    });
  const patient: Resource = {
    resourceType: 'Patient',
    extension: [
      {
        url: `${FR_CORE_SD}fr-core-identity-reliability`,
        extension: [
          {
            url: 'identityStatus',
            valueCoding: { system: `${FR_CORE_CS}fr-core-cs-identity-status`, code: p.identityStatus },
          },
        ],
      },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
        valueAddress: clean({
          extension: [
            {
              url: `${FR_CORE_SD}fr-core-address-insee-code`,
              valueCoding: { system: INSEE_COMMUNE, code: p.ins.birthPlace.code },
            },
          ],
          city: p.ins.birthPlace.name,
          country: p.ins.birthPlace.country,
        }),
      },
    ],
    identifier: [
      ...(ins
        ? [
            {
              use: ins.use,
              type: { coding: [{ system: `${FR_CORE_CS}fr-core-cs-v2-0203`, code: ins.code }] },
              system: `urn:oid:${p.ins.oid}`,
              value: p.ins.matricule,
            },
          ]
        : []),
      {
        type: { coding: [{ system: V2_0203, code: 'PI', display: 'Patient internal identifier' }] },
        system: IDENTIFIER_SYSTEMS.usager,
        value: localUserId(b.options.finess, p.id),
      },
    ],
    name: clean([
      {
        use: 'official',
        family: p.ins.birthName,
        given: [p.ins.birthFirstNames[0]],
        extension: [
          {
            url: `${FR_CORE_SD}fr-core-patient-birth-list-given-name`,
            valueString: p.ins.birthFirstNames.join(' '),
          },
        ],
      },
      p.usedName || p.usedFirstName
        ? {
            use: 'usual',
            family: p.usedName ?? p.ins.birthName,
            given: p.usedFirstName ? [p.usedFirstName] : undefined,
          }
        : undefined,
    ]),
    gender: GENDER[p.ins.sex],
    birthDate: p.ins.birthDate,
    ...(order !== undefined
      ? { _birthDate: { extension: [{ url: `${SD}tddui-birth-order`, valuePositiveInt: order }] } }
      : {}),
    address: clean((p.addresses ?? []).map(address)),
    telecom: clean((p.telecoms ?? []).map(telecom)),
    communication: clean(
      (p.languages ?? []).map((code) => ({ language: { coding: [{ system: 'urn:ietf:bcp:47', code }] } })),
    ),
  };
  b.add('patient', clean(patient), qualified ? 'tddui-patient-ins' : 'tddui-patient');
}

/** FHIR v3 RoleCode of each relationship. */
const RELATION: Record<string, string> = {
  spouse: 'SPS',
  partner: 'DOMPART',
  child: 'CHILD',
  parent: 'PRN',
  sibling: 'SIB',
  grandchild: 'GRNDCHILD',
  grandparent: 'GRPRN',
  otherFamily: 'FAMMEMB',
  friend: 'FRND',
  neighbour: 'NBOR',
};

/**
 * Adds one RelatedPerson per member of the entourage.
 *
 * @example
 * addEntourage(b, file.person.entourage ?? []);
 */
export function addEntourage(b: BundleBuilder, entourage: RelatedPerson[]): void {
  for (const r of entourage) {
    const code = r.relationship ? RELATION[r.relationship] : undefined;
    b.add(
      `related:${r.id}`,
      clean({
        resourceType: 'RelatedPerson',
        extension: r.comment ? [{ url: `${SD}tddui-comment`, valueString: r.comment }] : undefined,
        patient: b.ref('patient'),
        relationship: code
          ? [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code }] }]
          : undefined,
        name: [{ family: r.lastName, given: r.firstName ? [r.firstName] : undefined }],
        telecom: (r.telecoms ?? []).map(telecom),
        address: r.address ? [address(r.address)] : undefined,
      }),
      'tddui-related-person-contact',
    );
  }
}
