import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLowdbStore } from '@duikit/store-lowdb';
import { bufferIo, main } from '@duikit/cli';
import { validateTddui } from '@duikit/fhir';
import { createTdduiConsumer } from '@duikit/fhir/consumer';
import { assembleDemoEngine } from '../../packages/server/src/demo-engine.js';
import { seedIfEmpty } from '../../packages/server/src/seed/seed.js';

let dir: string;
const consumer = createTdduiConsumer();
let base = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duikit-tddui-'));
  const demo = await assembleDemoEngine(await createLowdbStore({ dir: join(dir, 'data') }));
  await seedIfEmpty(demo.engine, demo.runtime, demo.clock);
  await demo.close();
  base = await consumer.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await consumer.app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `export tddui <file> --data <seeded folder> --as <who> --establishment <the EHPAD's FINESS>` + extra options. */
async function run(file: string, as: string, ...extra: string[]) {
  const io = bufferIo();
  const args = [
    'export',
    'tddui',
    file,
    '--data',
    join(dir, 'data'),
    '--as',
    as,
    '--establishment',
    '690000013',
  ];
  return { code: await main([...args, ...extra], io), io };
}

describe('duikit export tddui', () => {
  it('writes the validated Bundle of a demo person to --out and says what stayed out, in French', async () => {
    const out = join(dir, 'p01.json');
    const { code, io } = await run('demo-p01', 'demo-ehpad-director', '--mode', 'demo', '--out', out);
    expect(code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    expect((await validateTddui(bundle)).errors).toBe(0);
    expect(io.stderr).toMatch(
      /^Bundle TDDUI : \d+ ressource\(s\), 0 erreur de validation, écrit dans .*p01\.json\.$/m,
    );
  });

  it('prints the Bundle on stdout without --out, and sends it with --send', async () => {
    const { code, io } = await run('demo-p02', 'demo-ehpad-director', '--mode', 'demo', '--send', base);
    expect(code).toBe(0);
    expect(JSON.parse(io.stdout).type).toBe('transaction');
    expect(io.stderr).toMatch(/Le destinataire a accepté le Bundle : \d+ ressource\(s\) créée\(s\)\./);
  });

  it('refuses a professional the access policy does not let export, writing nothing', async () => {
    const out = join(dir, 'nurse.json');
    const { code, io } = await run(
      'demo-p01',
      'demo-ehpad-nurse',
      '--role',
      'nurse',
      '--mode',
      'demo',
      '--out',
      out,
    );
    expect(code).toBe(1);
    expect(io.stderr).toMatch(/^Export refusé : /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses the demo INS outside demo mode, and says what is missing', async () => {
    const { code, io } = await run('demo-p01', 'demo-ehpad-director');
    expect(code).toBe(1);
    expect(io.stderr).toContain('refusé hors mode test ou démonstration');
    const usage = bufferIo();
    expect(await main(['export', 'tddui', 'demo-p01', '--data', join(dir, 'data')], usage)).toBe(2);
    expect(usage.stderr).toContain('Argument manquant : --as.');
  });
});
