/**
 * The reference server on PostgreSQL (`DUIKIT_DATABASE_URL`): two servers on one database, as two
 * processes behind a load balancer would be — a draft saved through one is read through the
 * other, a race on it has one winner, and both verify one audit chain.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, startServer, type RunningServer } from '@duikit/server';
import { signIn } from '../server/sign-in.js';
import { useCluster } from './cluster.js';

const pg = useCluster();
const started: RunningServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of started.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('the reference server on PostgreSQL', () => {
  it('reads DUIKIT_DATABASE_URL and refuses what is not a postgres:// URL, naming the variable', () => {
    expect(
      readConfig({ DUIKIT_DATABASE_URL: 'postgres://u@h/db', DUIKIT_DATABASE_SCHEMA: 'app' }, '/'),
    ).toMatchObject({
      database: { url: 'postgres://u@h/db', schema: 'app' },
    });
    expect(readConfig({}, '/').database).toBeUndefined();
    expect(() => readConfig({ DUIKIT_DATABASE_URL: 'mysql://x' }, '/')).toThrow(/DUIKIT_DATABASE_URL/);
  });

  it(
    'runs two servers on one database: seeded once, one draft, one winner of a race, one chain',
    { timeout: 180_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'duikit-pg-server-'));
      dirs.push(dir);
      const lines: string[][] = [[], []];
      // One secret for both, as a load-balanced deployment has: a session cookie works on either.
      const env = {
        PORT: '0',
        HOST: '127.0.0.1',
        DUIKIT_DATA_DIR: dir,
        DUIKIT_SECRET: 's'.repeat(48),
        DUIKIT_DATABASE_URL: pg.url,
        DUIKIT_DATABASE_SCHEMA: 'server_two',
      };
      const a = await startServer({ env, log: (l) => lines[0].push(l) });
      started.push(a);
      const b = await startServer({ env, log: (l) => lines[1].push(l) });
      started.push(b);
      expect(lines[0].join('\n')).toMatch(
        /Store: PostgreSQL postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres \(schema server_two\)/,
      );
      expect(lines[0].join('\n')).toMatch(/seeded 20 fictitious persons/);
      expect(lines[1].join('\n')).toContain('Existing data kept');

      const onA = await signIn(a.url, 'demo-ehpad-secretariat');
      const onB = await signIn(b.url, 'demo-ehpad-secretariat');
      const tasks = await onA.getTasks();
      const request = tasks.ok ? tasks.value.find((t) => t.step.id === 'preAdmission.request') : undefined;
      expect(request, 'a seeded admission waits at its request step').toBeDefined();
      const id = request!.instanceId;

      // Both save the first draft at once: one version 1, the other told of the conflict.
      const race = await Promise.all([
        onA.saveStepResponse(id, { channel: 'other' }, { expectedVersion: 0 }),
        onB.saveStepResponse(id, { channel: 'cerfa-14732' }, { expectedVersion: 0 }),
      ]);
      expect(race.filter((r) => r.ok)).toHaveLength(1);
      expect(race.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'conflict' } });
      const winner = race[0].ok ? 'other' : 'cerfa-14732';
      for (const backend of [onA, onB]) {
        const read = await backend.getInstance(id);
        expect(read.ok && read.value.step).toMatchObject({
          response: { channel: winner },
          responseVersion: 1,
        });
      }
      const files = [await onA.listUserFiles(), await onB.listUserFiles()];
      expect(files[0].ok && files[0].value.length).toBeGreaterThan(0);
      expect(files[1]).toEqual(files[0]);
      const director = await signIn(b.url, 'demo-ehpad-director');
      expect(await director.verifyAudit()).toMatchObject({ ok: true, value: { ok: true } });
    },
  );
});
