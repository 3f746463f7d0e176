import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@duikit/core';
import { assembleDemoEngine } from '../../packages/server/src/demo-engine.js';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.js';
import { DEMO_PERSONS, DEMO_PROFESSIONALS } from '../../packages/server/src/seed/demo-data.js';

const open = () => assembleDemoEngine(createMemoryStore());

describe('demo seed', () => {
  it('creates twenty fictitious persons at their stages, once', async () => {
    const { engine, runtime, clock } = await open();
    expect(await seedIfEmpty(engine, runtime, clock)).toBe(20);
    const director = DEMO_PROFESSIONALS[0];
    const ctx = { actor: director, purpose: 'care' };
    const files = await engine.listUserFiles(ctx);
    expect(files.ok && files.value.length).toBe(DEMO_PERSONS.filter((p) => p.at === 'ehpad').length);
    const admitted = await runtime.list({ fileId: 'demo-p01' });
    expect(admitted.find((i) => i.definition.startsWith('admission'))?.states).toEqual(['admitted']);
    const stateOf = async (fileId: string, prefix: string) =>
      (await runtime.list({ fileId })).find((i) => i.definition.startsWith(prefix))?.states;
    expect(await stateOf('demo-p06', 'admission-ehpad')).toEqual(['preAdmission.request']);
    expect(await stateOf('demo-p04', 'admission-ehpad')).toEqual(['preAdmission.decision']);
    expect(await stateOf('demo-p16', 'admission-ime')).toEqual(['preAdmission.decision']);
    expect(await stateOf('demo-p08', 'discharge')).toEqual(['ongoing.notice']);
    expect(await stateOf('demo-p01', 'support-plan')).toEqual(['plan.elaboration.coConstruction']);
    const p01 = await engine.getUserFile(ctx, 'demo-p01');
    expect(p01.ok && p01.value.file).toMatchObject({
      extensions: { demo: true },
      person: {
        identityStatus: 'QUAL',
        identityAttributes: ['fictitious'],
        ins: { oid: '1.2.250.1.213.1.4.11' },
      },
    });
    // A second start finds data and changes nothing.
    expect(await seedIfEmpty(engine, runtime, clock)).toBe(0);
  });
});
