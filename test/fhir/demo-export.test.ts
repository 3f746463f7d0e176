import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, type CallContext } from '@duikit/core';
import { exportTddui, type TdduiEngineExport } from '@duikit/fhir';
import { assembleDemoEngine, type DemoEngine } from '../../packages/server/src/demo-engine.js';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.js';
import {
  DEMO_ESTABLISHMENTS,
  DEMO_PERSONS,
  DEMO_PROFESSIONALS,
} from '../../packages/server/src/seed/demo-data.js';

const ctxOf = (role: string, at: keyof typeof DEMO_ESTABLISHMENTS): CallContext => {
  const pro = DEMO_PROFESSIONALS.find(
    (p) => p.role === role && p.establishment === DEMO_ESTABLISHMENTS[at].finess,
  );
  if (!pro) throw new Error(`no ${role} at ${at}`);
  return {
    actor: { professionalId: pro.professionalId, role, establishment: pro.establishment, name: pro.name },
    purpose: 'tddui-export',
  };
};

let demo: DemoEngine;
const exports = new Map<string, TdduiEngineExport>();

beforeAll(async () => {
  demo = await assembleDemoEngine(createMemoryStore());
  await seedIfEmpty(demo.engine, demo.runtime, demo.clock);
  for (const p of DEMO_PERSONS) {
    const r = await exportTddui(demo.engine, ctxOf('director', p.at), `demo-${p.key}`, {
      mode: 'demo',
      establishment: { name: DEMO_ESTABLISHMENTS[p.at].name },
    });
    if (!r.ok) throw new Error(`${p.key}: ${JSON.stringify(r.error)}`);
    exports.set(p.key, r.value);
  }
}, 120_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading FHIR JSON in assertions
type R = Record<string, any>;
const resources = (x: TdduiEngineExport) => (x.bundle.entry as { resource: R }[]).map((e) => e.resource);

describe('the TDDUI export of every seeded demo person', () => {
  it('covers the twenty persons, EHPAD and IME, at every stage', () => {
    expect(exports.size).toBe(20);
    expect(new Set(DEMO_PERSONS.map((p) => p.stage))).toEqual(
      new Set(['request', 'completeness', 'decision', 'contract', 'admitted', 'discharging']),
    );
  });

  for (const p of DEMO_PERSONS)
    it(`${p.key} (${p.at}, ${p.stage}) validates with 0 errors`, () => {
      const x = exports.get(p.key) as TdduiEngineExport;
      expect(x.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(x.report.valid).toBe(true);
    });

  it('sends the INS (demo OID, INS-NIR-DEMO slice) only for qualified identities, the birth order otherwise', () => {
    const admitted = resources(exports.get('p01') as TdduiEngineExport).find(
      (r) => r.resourceType === 'Patient',
    );
    expect(admitted?.meta.profile).toEqual([
      'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-patient-ins',
    ]);
    // DURAND Jeanne, F, born 1938-03 in Lyon (69123), order 1: NIR 2 38 03 69123 001, key 97 − n mod 97.
    const body = '2380369123001';
    const key = String(97n - (BigInt(body) % 97n)).padStart(2, '0');
    expect(admitted?.identifier[0]).toEqual({
      use: 'official',
      type: {
        coding: [
          { system: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203', code: 'INS-NIR-DEMO' },
        ],
      },
      system: 'urn:oid:1.2.250.1.213.1.4.11',
      value: `${body}${key}`,
    });
    const provisional = resources(exports.get('p06') as TdduiEngineExport).find(
      (r) => r.resourceType === 'Patient',
    );
    expect(provisional?.meta.profile[0]).toMatch(/tddui-patient$/);
    expect(provisional?.identifier.map((i: { system: string }) => i.system)).toEqual([
      'https://identifiant-medicosocial-localusager.esante.gouv.fr',
    ]);
    expect(provisional?._birthDate.extension[0].valuePositiveInt).toBe(6); // p06 is the 6th person of the seed
  });

  it('builds the business identifiers the guide defines: 3 + FINESS / local id, idNat_Struct 1 + FINESS', () => {
    const rs = resources(exports.get('p13') as TdduiEngineExport);
    const patient = rs.find((r) => r.resourceType === 'Patient');
    expect(patient?.identifier.at(-1).value).toBe('3690000021/demop13');
    const org = rs.find((r) => r.resourceType === 'Organization');
    expect(org?.identifier[0]).toMatchObject({ system: 'urn:oid:1.2.250.1.71.4.2.2', value: '1690000021' });
    expect(org?.name).toBe('IME Les Coquelicots (démo)');
  });

  it('is a transaction of POST entries with urn:uuid fullUrls, references pointing inside the Bundle', () => {
    const x = exports.get('p01') as TdduiEngineExport;
    const entries = x.bundle.entry as {
      fullUrl: string;
      request: { method: string; url: string };
      resource: { resourceType: string };
    }[];
    expect(x.bundle.type).toBe('transaction');
    for (const e of entries) {
      expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(e.request).toEqual({ method: 'POST', url: e.resource.resourceType });
    }
    const refs = JSON.stringify(x.bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(entries.map((e) => e.fullUrl)).toContain(ref.slice(13, -1));
  });

  it('exports only what the director may export, lists the rest, and writes an export audit entry', async () => {
    const x = exports.get('p13') as TdduiEngineExport; // IME: the CDAPH rights are social data
    expect(x.leftOut).toContainEqual(expect.objectContaining({ pointer: '/rights', kind: 'withheld' }));
    expect(JSON.stringify(x.bundle)).not.toContain('cdaph-p13');
    const audit = await demo.engine.readAudit(ctxOf('director', 'ime'), { fileId: 'demo-p13' });
    expect(audit.ok && audit.value.some((e) => e.action === 'export' && e.purpose === 'tddui-export')).toBe(
      true,
    );
  });

  it('refuses a professional the policy does not let export, and audits the refusal', async () => {
    const r = await exportTddui(demo.engine, ctxOf('nurse', 'ehpad'), 'demo-p01', { mode: 'demo' });
    expect(r.ok).toBe(false);
    const audit = await demo.engine.readAudit(ctxOf('director', 'ehpad'), { fileId: 'demo-p01' });
    expect(audit.ok && audit.value.some((e) => e.action === 'export' && e.outcome !== 'success')).toBe(true);
  });

  it('refuses the demo INS OID outside demo or test mode (identity vigilance)', async () => {
    const r = await exportTddui(demo.engine, ctxOf('director', 'ehpad'), 'demo-p01');
    expect(r).toMatchObject({ ok: false, error: { code: 'identity-vigilance', path: '/person/ins/oid' } });
  });
});
