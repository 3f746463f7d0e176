import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UserFile } from '@duikit/core';
import { toTdduiBundle, validateTddui, type TdduiExport } from '@duikit/fhir';

const example = (name: string) =>
  JSON.parse(readFileSync(`schemas/examples/user-file/valid/${name}.json`, 'utf8')) as UserFile;
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

async function exportOf(file: UserFile, options = {}): Promise<TdduiExport> {
  const r = await toTdduiBundle(file, { uuid, now: new Date('2025-01-01T00:00:00Z'), ...options });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading FHIR JSON in assertions
type R = Record<string, any>;
const byProfile = (x: TdduiExport, id: string): R[] =>
  (x.bundle.entry as { resource: R }[])
    .map((e) => e.resource)
    .filter((r) => (r.meta.profile as string[])[0]?.endsWith(`/${id}`));

describe('toTdduiBundle on a full EHPAD file (schemas/examples/user-file/valid/active-ehpad.json)', () => {
  it('emits every profile the file has data for, and the Bundle validates with 0 errors', async () => {
    const x = await exportOf(example('active-ehpad'));
    const profiles = (x.bundle.entry as { resource: R }[]).map((e) =>
      String(e.resource.meta.profile[0]).split('/').pop(),
    );
    expect(new Set(profiles)).toEqual(
      new Set([
        'tddui-organization',
        'tddui-patient-ins',
        'tddui-practitioner',
        'tddui-practitioner-role',
        'tddui-related-person-contact',
        'tddui-encounter-sejour',
        'tddui-encounter-evenement',
        'tddui-questionnaire-response',
        'tddui-consent-accord',
        'tddui-careplan-projet-personnalise',
        'tddui-goal-attente',
        'tddui-goal-objectif',
        'tddui-service-request-besoin',
      ]),
    );
    const report = await validateTddui(x.bundle);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('writes the business identifiers exactly as the guide defines them (FINESS 750712184, person U-0042)', async () => {
    const x = await exportOf(example('active-ehpad'));
    const id = (profile: string): R[] =>
      byProfile(x, profile).map((r) => ([] as R[]).concat(r.identifier).at(-1) as R);
    expect(id('tddui-patient-ins')).toEqual([
      {
        type: expect.anything(),
        system: 'https://identifiant-medicosocial-localusager.esante.gouv.fr',
        value: '3750712184/U0042',
      },
    ]);
    expect(id('tddui-encounter-sejour')).toEqual([
      expect.objectContaining({
        system: 'https://identifiant-medicosocial-sejour.esante.gouv.fr',
        value: '3750712184/U0042-SEJOUR-S2024001',
      }),
    ]);
    expect(id('tddui-encounter-evenement')).toEqual([
      expect.objectContaining({
        system: 'https://identifiant-medicosocial-evenement.esante.gouv.fr',
        value: '3750712184/U0042-EVN-ev1',
      }),
    ]);
    expect(id('tddui-questionnaire-response')).toEqual([
      {
        system: 'https://identifiant-medicosocial-evaluation.esante.gouv.fr',
        value: '3750712184/U0042-EVAL-EVAL1',
      },
    ]);
    expect(id('tddui-careplan-projet-personnalise')).toEqual([
      {
        system: 'https://identifiant-medicosocial-projetpersonnalise.esante.gouv.fr',
        value: '3750712184/U0042-PPER-PP1',
      },
    ]);
    expect(id('tddui-goal-attente').map((i: R) => i.value)).toEqual([
      '3750712184/U0042-ATTE-att1',
      '3750712184/U0042-ATTE-att2',
    ]);
    expect(id('tddui-goal-objectif')).toEqual([
      {
        system: 'https://identifiant-medicosocial-objectif.esante.gouv.fr',
        value: '3750712184/U0042-OBJE-o1',
      },
    ]);
    expect(id('tddui-service-request-besoin').map((i: R) => [i.system, i.value])).toEqual([
      ['https://identifiant-medicosocial-besoin.esante.gouv.fr', '3750712184/U0042-BESO-b1'],
      ['https://identifiant-medicosocial-besoin.esante.gouv.fr', '3750712184/U0042-BESO-b2'],
    ]);
    expect(byProfile(x, 'tddui-organization')[0]?.identifier[0].value).toBe('1750712184');
    // RPPS 10101010101 → idNat_PS 8 + RPPS; no RPPS → 3 + FINESS / account id.
    expect(
      byProfile(x, 'tddui-practitioner')
        .map((p) => p.identifier[0].value)
        .sort(),
    ).toEqual(['3750712184/pro17', '810101010101']);
  });

  it('carries the INS-NIR as FR Core expects it (official, fr-core-cs-v2-0203 INS-NIR, urn:oid …1.4.8)', async () => {
    const [patient] = byProfile(await exportOf(example('active-ehpad')), 'tddui-patient-ins');
    expect(patient?.identifier[0]).toEqual({
      use: 'official',
      type: {
        coding: [{ system: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203', code: 'INS-NIR' }],
      },
      system: 'urn:oid:1.2.250.1.213.1.4.8',
      value: '255082A00401580',
    });
    expect(patient?.name[0]).toMatchObject({ use: 'official', family: 'MARTIN', given: ['Jeanne'] });
    expect(patient?.name[0].extension[0].valueString).toBe('Jeanne Marie');
    expect(patient?.name[1]).toMatchObject({ use: 'usual', family: 'DUPONT', given: ['Jeanne'] });
  });

  it('fills the AGGIR PA SSIAD questionnaire: GIR 4 → MED-342, letters → qf codes, adverbs → S/T/C/H', async () => {
    const [qr] = byProfile(await exportOf(example('active-ehpad')), 'tddui-questionnaire-response');
    expect(qr?.questionnaire).toBe(
      'https://interop.esante.gouv.fr/ig/fhir/tddui/Questionnaire/tddui-questionnaire-aggir-pa-ssiad|2.3.0',
    );
    const gir = qr?.item[0];
    expect(gir.answer[0].valueCoding).toEqual({
      system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis',
      code: 'MED-342',
      display: 'GIR-4',
    });
    const item = (linkId: string) => gir.answer[0].item.find((i: R) => i.linkId === linkId);
    // cohérence B: communication all true, comportement « totalement » false → pensee-tot false.
    expect(item('fonction-pensee').answer[0].valueCoding.code).toBe('qf2');
    const adverbs = Object.fromEntries(
      item('fonction-pensee').answer[0].item.map((i: R) => [i.linkId, i.answer[0].valueBoolean]),
    );
    expect(adverbs).toEqual({
      'pensee-spont': true,
      'pensee-tot': false,
      'pensee-correct': true,
      'pensee-habit': true,
    });
    // transferts A → qf0; toilette bas C → prendre-soin qf4.
    expect(item('position-corps').answer[0].valueCoding.code).toBe('qf0');
    expect(item('prendre-soin').answer[0].valueCoding.code).toBe('qf4');
  });

  it('names the SERAFIN-PH needs (JDV_J285) and ties objectives to them and to the plan', async () => {
    const x = await exportOf(example('active-ehpad'));
    const [need] = byProfile(x, 'tddui-service-request-besoin');
    expect(need?.category[0].coding[0]).toMatchObject({
      system: 'https://smt.esante.gouv.fr/terminologie-SERAFINPH',
      code: '1.2.1.3',
    });
    const [objective] = byProfile(x, 'tddui-goal-objectif');
    const needUrl = (x.bundle.entry as { fullUrl: string; resource: R }[]).find(
      (e) => e.resource === need,
    )?.fullUrl;
    expect(objective?.addresses).toEqual([{ reference: needUrl }]);
    expect(objective?.note[0].text).toBe("Marcher jusqu'au jardin chaque jour");
    const [plan] = byProfile(x, 'tddui-careplan-projet-personnalise');
    expect(plan?.supportingInfo.map((s: R) => s.extension[0].valueCodeableConcept.coding[0].code)).toEqual([
      'accordUsager',
      'accordStructure',
    ]);
  });

  it('lists what stayed out, with the reason, never silently', async () => {
    const x = await exportOf(example('active-ehpad'));
    const pointers = x.leftOut.map((l) => `${l.kind} ${l.pointer}`);
    expect(pointers).toEqual(
      expect.arrayContaining([
        'not-mapped /health',
        'not-mapped /notes/*',
        'not-mapped /rights',
        'not-mapped /coordination/presence',
        'not-mapped /supportPlans/0/actions',
        'not-mapped /documents/0',
      ]),
    );
    expect(x.leftOut.find((l) => l.pointer === '/documents/0')?.reason.fr).toMatch(/documentContent/);
  });

  it('sends a document when its bytes are given, as tddui-document-reference', async () => {
    const x = await exportOf(example('active-ehpad'), {
      documentContent: () => ({ contentType: 'application/pdf', data: 'JVBERi0xLjQK' }),
    });
    const [doc] = byProfile(x, 'tddui-document-reference');
    expect(doc?.content[0].attachment).toMatchObject({
      contentType: 'application/pdf',
      data: 'JVBERi0xLjQK',
      title: 'Contrat de séjour',
    });
    expect((await validateTddui(x.bundle)).errors).toBe(0);
  });

  it('lists the withheld places it is given, as withheld', async () => {
    const x = await exportOf(example('active-ehpad'), {
      withheld: [{ pointer: '/rights/bankDetails', category: 'financial' }],
    });
    expect(x.leftOut[0]).toMatchObject({ pointer: '/rights/bankDetails', kind: 'withheld' });
    expect(x.leftOut[0]?.reason.fr).toMatch(/politique d’accès.*financial/);
  });

  it('refuses a test INS OID in production and accepts it in test mode', async () => {
    const file = example('active-ehpad');
    file.person.ins = { ...file.person.ins, oid: '1.2.250.1.213.1.4.10' };
    expect(await toTdduiBundle(file)).toMatchObject({ ok: false, error: { code: 'identity-vigilance' } });
    const x = await exportOf(file, { mode: 'test' });
    expect(byProfile(x, 'tddui-patient-ins')[0]?.identifier[0].type.coding[0].code).toBe('INS-NIR-TEST');
  });

  it('refuses a file with no FINESS, naming the place', async () => {
    expect(await toTdduiBundle(example('engine-content-only'))).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: '/finess' },
    });
  });
});
