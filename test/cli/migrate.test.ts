import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLowdbStore } from '@duikit/store-lowdb';
import { createWorkflowRuntime, standardWorkflowFiles, type WorkflowInstance } from '@duikit/core';
import { bufferIo, main } from '@duikit/cli';

let dir: string;
const REQUEST = { channel: 'other', receivedOn: '2026-04-01', stayType: 'permanent' };
const ctx = (role: string) => ({
  actor: { professionalId: `p-${role}`, role, establishment: '750000001' },
  purpose: 'test',
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duikit-migrate-'));
  // A configuration folder with admission 1.1.0, which renames "decision".
  cpSync('workflows', join(dir, 'workflows'), { recursive: true, filter: (p) => !p.includes('config') });
  const v2 = JSON.parse(JSON.stringify(standardWorkflowFiles.definitions.find((d) => d.id === 'admission')));
  v2.version = '1.1.0';
  const text = JSON.stringify({
    ...v2,
    migrations: [{ from: '1.0.0', states: { 'preAdmission.decision': 'preAdmission.admissionDecision' } }],
  })
    .replaceAll('"decision":{"title"', '"admissionDecision":{"title"')
    .replaceAll('"target":"decision"', '"target":"admissionDecision"');
  writeFileSync(join(dir, 'workflows', 'admission-1.1.0.workflow.json'), text);
  // A data folder with two instances at "decision" and one at "request".
  const store = await createLowdbStore({ dir: join(dir, 'data') });
  const runtime = createWorkflowRuntime({ store, registry: standardWorkflowFiles });
  for (const [fileId, steps] of [
    ['f1', 2],
    ['f2', 2],
    ['f3', 0],
  ] as const) {
    const s = await runtime.start(ctx('secretariat'), { definition: 'admission@1.0.0', fileId });
    if (!s.ok) throw new Error(s.reason.message);
    if (steps) {
      await runtime.send(ctx('secretariat'), s.instance.id, { type: 'SUBMIT_REQUEST', payload: REQUEST });
      await runtime.send(ctx('secretariat'), s.instance.id, { type: 'COMPLETE' });
    }
  }
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('duikit migrate over a lowdb data folder', () => {
  it('lists the affected instances in a dry run, then migrates them', async () => {
    const args = [
      'migrate',
      '--from',
      'admission@1.0.0',
      '--to',
      'admission@1.1.0',
      '--data',
      join(dir, 'data'),
      '--workflows',
      join(dir, 'workflows'),
      '--lang',
      'en',
    ];
    const dry = await run(...args, '--dry-run');
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    const lines = dry.out.trim().split('\n');
    expect(lines[0]).toBe('3 instance(s) of admission@1.0.0 to migrate to admission@1.1.0:');
    expect(
      lines.filter((l) => l.includes('preAdmission.decision → preAdmission.admissionDecision')),
    ).toHaveLength(2);
    expect(lines.at(-1)).toBe('Dry run: nothing was written.');
    const done = await run(...args);
    expect(done.code).toBe(0);
    expect(done.out.trim().split('\n').at(-1)).toBe('3 instance(s) migrated to admission@1.1.0.');
    const store = await createLowdbStore({ dir: join(dir, 'data') });
    const all = (await store.query<WorkflowInstance>('workflowInstances')).map((r) => r.data);
    await store.close();
    expect(all.map((i) => i.definition).sort()).toEqual([
      'admission@1.1.0',
      'admission@1.1.0',
      'admission@1.1.0',
    ]);
    expect(all.filter((i) => i.states[0] === 'preAdmission.admissionDecision')).toHaveLength(2);
  });

  it('refuses missing arguments (2) and an unknown target version (1)', async () => {
    expect((await run('migrate', '--from', 'admission@1.0.0')).code).toBe(2);
    const args = ['migrate', '--from', 'admission@1.0.0', '--to', 'admission@3.0.0'];
    const r = await run(...args, '--data', join(dir, 'data'), '--workflows', 'workflows');
    expect(r).toMatchObject({
      code: 1,
      err: 'Impossible de migrer vers admission@3.0.0 : cette version n’est pas enregistrée (ajoutez son fichier de définition).\n',
    });
    expect(await run(...args, '--data', join(dir, 'data'), '--lang', 'en')).toMatchObject({
      code: 1,
      err: 'Cannot migrate to admission@3.0.0: it is not registered (add its definition file).\n',
    });
  });
});
