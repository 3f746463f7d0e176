import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createMemoryStore, type CallContext } from '@duikit/core';
import { exportTddui, type TdduiBundle } from '@duikit/fhir';
import { createTdduiConsumer, describeConsumerResult, sendTdduiBundle } from '@duikit/fhir/consumer';
import { assembleDemoEngine } from '../../packages/server/src/demo-engine.js';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.js';
import {
  DEMO_ESTABLISHMENTS,
  DEMO_PERSONS,
  DEMO_PROFESSIONALS,
} from '../../packages/server/src/seed/demo-data.js';

const consumer = createTdduiConsumer();
let base = '';
const bundles = new Map<string, TdduiBundle>();

beforeAll(async () => {
  base = await consumer.app.listen({ port: 0, host: '127.0.0.1' });
  const demo = await assembleDemoEngine(createMemoryStore());
  await seedIfEmpty(demo.engine, demo.runtime, demo.clock);
  for (const p of DEMO_PERSONS) {
    const pro = DEMO_PROFESSIONALS.find(
      (x) => x.role === 'director' && x.establishment === DEMO_ESTABLISHMENTS[p.at].finess,
    );
    const ctx: CallContext = {
      actor: {
        professionalId: pro?.professionalId ?? '',
        role: 'director',
        establishment: pro?.establishment ?? '',
      },
      purpose: 'tddui-export',
    };
    const r = await exportTddui(demo.engine, ctx, `demo-${p.key}`, { mode: 'demo' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    bundles.set(p.key, r.value.bundle);
  }
}, 120_000);
afterAll(() => consumer.app.close());

describe('the TDDUI consumer simulator', () => {
  it('accepts every demo person’s Bundle: a transaction-response with a 201 per entry', async () => {
    for (const [key, bundle] of bundles) {
      const r = await sendTdduiBundle(base, bundle);
      expect(r, key).toMatchObject({ ok: true, status: 200 });
      if (!r.ok) continue;
      expect(r.created).toHaveLength(bundle.entry.length);
      for (const location of r.created) {
        const [type, id] = location.split('/');
        const stored = await fetch(`${base}/${type}/${id}`);
        expect(stored.status).toBe(200);
      }
    }
    expect(consumer.created.size).toBe([...bundles.values()].reduce((n, b) => n + b.entry.length, 0));
  });

  it('refuses a broken Bundle with an OperationOutcome, creates nothing, and the client tells the user in French', async () => {
    const before = consumer.created.size;
    const broken = JSON.parse(JSON.stringify(bundles.get('p01'))) as TdduiBundle;
    const i = broken.entry.findIndex((e) => e.resource.resourceType === 'Patient');
    const patient = broken.entry[i];
    const ins = (patient?.resource.identifier as { value: string }[])[0];
    ins.value = ins.value.replace(/\d\d$/, (k: string) => String((Number(k) + 1) % 100).padStart(2, '0'));
    delete patient?.resource.birthDate;
    const r = await sendTdduiBundle(base, broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(422);
    expect(r.issues.map((x) => x.expression).sort()).toEqual([
      `Bundle.entry[${i}].resource.birthDate`,
      `Bundle.entry[${i}].resource.identifier[0]`,
    ]);
    expect(consumer.created.size).toBe(before);
    const text = describeConsumerResult(r);
    expect(text).toContain(
      'Le destinataire a refusé le Bundle (HTTP 422) : 2 problème(s), rien n’a été créé.',
    );
    expect(text).toContain(
      `- à Bundle.entry[${i}].resource.identifier[0] : La clé du matricule INS ne correspond pas au numéro`,
    );
    expect(text).toContain('règle : * birthDate 1.. MS');
  });

  it('answers in English when asked, and refuses what is not a transaction Bundle', async () => {
    const r = await sendTdduiBundle(base, { resourceType: 'Bundle', type: 'batch' }, { locale: 'en' });
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      issues: [{ expression: 'Bundle.type', message: 'The TDDUI flow expects a transaction Bundle.' }],
    });
  });

  it('accepts the guide’s own example Bundle once its NIR key is repaired', async () => {
    const example = JSON.parse(readFileSync('test/fhir/golden/Bundle-ExampleTDDUIBundle.json', 'utf8'));
    example.entry[0].resource.identifier[0].value = '147720425367430';
    expect(await sendTdduiBundle(base, example)).toMatchObject({
      ok: true,
      created: [expect.any(String), expect.any(String), expect.any(String)],
    });
  });
});
