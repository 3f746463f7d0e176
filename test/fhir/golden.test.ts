import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTddui, type ValidationIssue } from '@duikit/fhir';

const dir = 'test/fhir/golden';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break example JSON in place
const load = (f: string) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, any>;
const errors = (issues: ValidationIssue[]) => issues.filter((i) => i.severity === 'error');

/**
 * The guide's examples that do not meet the guide's own constraints, one by one, with the reason.
 * Anything else the validator reports fails the test.
 */
const DEVIATIONS: { file: string; expression: string; rule: RegExp; why: string }[] = [
  {
    file: 'Bundle-ExampleTDDUIBundle.json',
    expression: 'Bundle.entry[0].resource.identifier[0]',
    rule: /INS key/,
    why: 'The example NIR 147720425367411 has key 11; 97 − (1477204253674 mod 97) = 30.',
  },
  {
    file: 'Patient-tddui-patient-ins-example.json',
    expression: 'Patient.identifier[0]',
    rule: /INS key/,
    why: 'Same NIR as above, same wrong key.',
  },
  {
    file: 'Patient-tddui-patient-example.json',
    expression: 'Patient.identifier[0].system',
    rule: /identifier\[PI\]\.system/,
    why: 'Older build: the local identifier uses http://identifiant-ipp.com, not the medico-social system the profile now fixes.',
  },
];

describe('the TDDUI guide’s own examples (golden)', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('holds every stored example', () => expect(files).toHaveLength(14));
  for (const file of files)
    it(`${file} passes apart from its documented deviations`, async () => {
      const report = await validateTddui(load(file));
      const unexpected = errors(report.issues).filter(
        (i) =>
          !DEVIATIONS.some((d) => d.file === file && d.expression === i.expression && d.rule.test(i.rule)),
      );
      expect(unexpected).toEqual([]);
      for (const d of DEVIATIONS.filter((d) => d.file === file))
        expect(report.issues.some((i) => i.expression === d.expression && d.rule.test(i.rule))).toBe(true);
    });

  it('warns, without failing, on the older DocumentReference profile URL it does not know', async () => {
    const report = await validateTddui(load('DocumentReference-TDDUIDocumentReferenceExample.json'));
    expect(report.valid).toBe(true);
    expect(report.issues.map((i) => [i.severity, i.expression])).toEqual([
      ['warning', 'DocumentReference.meta.profile'],
    ]);
  });
});

/** The sejour example with its identifier and references, and the INS example with a good key. */
const sejour = () => load('Encounter-tddui-encounter-sejour-example.json');
const patientIns = () => {
  const p = load('Patient-tddui-patient-ins-example.json');
  p.identifier[0].value = '147720425367430'; // the key that goes with the number
  return p;
};
const bundle = () => {
  const b = load('Bundle-ExampleTDDUIBundle.json');
  b.entry[0].resource.identifier[0].value = '147720425367430';
  return b;
};

describe('broken copies are refused with the FHIRPath of the error', () => {
  it('the repaired copies pass: the breakages below are what fails', async () => {
    expect((await validateTddui(patientIns())).errors).toBe(0);
    expect((await validateTddui(bundle())).errors).toBe(0);
    expect((await validateTddui(sejour())).errors).toBe(0);
  });

  it('a missing required element (Encounter.subject 1..1)', async () => {
    const e = sejour();
    delete e.subject;
    const found = errors((await validateTddui(e)).issues);
    expect(found).toContainEqual(
      expect.objectContaining({
        expression: 'Encounter.subject',
        rule: '* subject 1..1',
        profile: 'tddui-encounter-sejour',
      }),
    );
  });

  it('a wrong identifier system (séjour)', async () => {
    const e = sejour();
    e.identifier[0].system = 'https://identifiant-medicosocial-localusager.esante.gouv.fr';
    const found = errors((await validateTddui(e)).issues);
    expect(found.map((i) => [i.expression, i.rule])).toEqual([
      [
        'Encounter.identifier[0].system',
        '* identifier[idStay].system = "https://identifiant-medicosocial-sejour.esante.gouv.fr"',
      ],
    ]);
    expect(found[0]?.source).toMatch(/TDDUIEncounterSejour\.fsh@02ea4389a4/);
  });

  it('a missing required slice (Organization idNatSt)', async () => {
    const b = bundle();
    b.entry[1].resource.identifier[0].system = 'urn:oid:1.2.250.1.71.4.2.1';
    const found = errors((await validateTddui(b)).issues);
    expect(found.map((i) => i.expression)).toEqual([
      "Bundle.entry[1].resource.identifier.where(system = 'urn:oid:1.2.250.1.71.4.2.2')",
    ]);
    expect(found[0]?.rule).toBe('* identifier[idNatSt] 1..1');
  });

  it('a wrong fixed value (Bundle.type, INS-NIR use)', async () => {
    const b = bundle();
    b.type = 'batch';
    b.entry[0].resource.identifier[0].use = 'temp';
    const found = errors((await validateTddui(b)).issues);
    expect(found.map((i) => [i.expression, i.rule])).toEqual([
      ['Bundle.type', '* type = #transaction'],
      ['Bundle.entry[0].resource.identifier[0].use', '* identifier[INS-NIR].use = #official'],
    ]);
    expect(found[1]?.layer).toBe('fr-core');
  });

  it('a bad INS key', async () => {
    const p = patientIns();
    p.identifier[0].value = '147720425367431';
    const found = errors((await validateTddui(p)).issues);
    expect(found.map((i) => i.expression)).toEqual(['Patient.identifier[0]']);
    expect(found[0]?.message.fr).toMatch(/clé du matricule INS/);
  });

  it('fr-core-1: a VALI identity without any INS identifier', async () => {
    const p = patientIns();
    p.identifier = p.identifier.slice(1);
    const found = errors((await validateTddui(p)).issues);
    expect(found).toContainEqual(expect.objectContaining({ expression: 'Patient', layer: 'fr-core' }));
    expect(found.find((i) => i.layer === 'fr-core')?.rule).toMatch(/^Invariant: fr-core-1/);
  });

  it('an R4 structure error (a date that is no date)', async () => {
    const p = patientIns();
    p.birthDate = '1947-13-03';
    const found = errors((await validateTddui(p)).issues);
    expect(found.map((i) => [i.layer, i.expression])).toEqual([['r4', 'Patient.birthDate']]);
  });

  it('a reference to a resource of the wrong profile inside the Bundle', async () => {
    const b = bundle();
    b.entry[2].resource.serviceProvider = { reference: 'Patient/tddui-patient-ins-example' };
    const found = errors((await validateTddui(b)).issues);
    expect(found.map((i) => [i.expression, i.rule])).toEqual([
      [
        'Bundle.entry[2].resource.serviceProvider.reference',
        '* serviceProvider only Reference(TDDUIOrganization)',
      ],
    ]);
  });
});

describe('the profile constraint files', () => {
  it('each follows profile-rules.schema.json and names its FSH rule and source file', async () => {
    const { TDDUI_PROFILES, checkProfileRules } = await import('@duikit/fhir');
    expect(Object.keys(TDDUI_PROFILES)).toHaveLength(16);
    for (const p of Object.values(TDDUI_PROFILES)) {
      expect(checkProfileRules(p), p.id).toEqual([]);
      for (const r of p.rules) expect(Object.keys(p.sources), `${p.id}: ${r.fsh}`).toContain(r.in);
    }
    expect(
      checkProfileRules({
        id: 'tddui-x',
        url: 'u:x',
        resourceType: 'Patient',
        title: 'x',
        sources: {},
        rules: [{ fsh: '* x', in: 'a', path: 'x' }],
      }),
    ).toContainEqual(expect.objectContaining({ path: '/rules/0' }));
  });
});
