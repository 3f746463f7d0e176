/**
 * `startServer`: configuration, the session secret kept in the data folder, seeding only an
 * empty store, and a corrupt data file stopping the start with a clear message, file untouched.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, startServer } from '@duikit/server';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
const tempDir = async () => {
  const d = await mkdtemp(join(tmpdir(), 'duikit-main-'));
  dirs.push(d);
  return d;
};

describe('readConfig', () => {
  it('defaults to 127.0.0.1:8080 and ./data relative to the working directory', () => {
    expect(readConfig({}, '/srv/app')).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      secureCookie: false,
    });
    expect(readConfig({ DUIKIT_DATA_DIR: 'x/y', HOST: '0.0.0.0', PORT: '9000' }, '/srv')).toMatchObject({
      port: 9000,
      dataDir: '/srv/x/y',
      secureCookie: true,
    });
  });

  it('names the variable when a value is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' }, '/')).toThrow(/PORT/);
    expect(() => readConfig({ DUIKIT_SECRET: 'short' }, '/')).toThrow(/DUIKIT_SECRET/);
    expect(() => readConfig({ DUIKIT_LOG_LEVEL: 'loud' }, '/')).toThrow(/DUIKIT_LOG_LEVEL/);
  });

  it('logs from `info` unless DUIKIT_LOG_LEVEL says otherwise', () => {
    expect(readConfig({}, '/').logLevel).toBe('info');
    expect(readConfig({ DUIKIT_LOG_LEVEL: 'silent' }, '/').logLevel).toBe('silent');
  });
});

describe('startServer', () => {
  it('seeds an empty store once, keeps the generated secret, and logs URL, data folder and sign-ins', async () => {
    const dir = await tempDir();
    const lines: string[] = [];
    const env = { PORT: '0', DUIKIT_DATA_DIR: dir };
    const first = await startServer({ env, log: (l) => lines.push(l) });
    await first.close();
    const secret = await readFile(join(dir, 'session-secret'), 'utf8');
    expect(secret.trim().length).toBeGreaterThanOrEqual(32);
    expect(lines.join('\n')).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
    expect(lines.join('\n')).toContain(dir);
    expect(lines.join('\n')).toMatch(/seeded 20 fictitious persons/);
    expect(lines.join('\n')).toContain('Claire Fontaine');
    const again: string[] = [];
    const second = await startServer({ env, log: (l) => again.push(l) });
    await second.close();
    expect(again.join('\n')).toContain('Existing data kept');
    expect(await readFile(join(dir, 'session-secret'), 'utf8')).toBe(secret);
  }, 120_000);

  it('stops on a corrupt data file, naming it, and leaves it untouched', async () => {
    const dir = await tempDir();
    const first = await startServer({ env: { PORT: '0', DUIKIT_DATA_DIR: dir }, log: () => {} });
    await first.close();
    const all = await readdir(dir, { recursive: true });
    const victim = all.find((f) => f.endsWith('.json') && f.includes('demo-p01'));
    expect(victim).toBeDefined();
    const path = join(dir, victim!);
    const broken = '{"meta": {"oops"';
    await writeFile(path, broken);
    const error = await startServer({ env: { PORT: '0', DUIKIT_DATA_DIR: dir }, log: () => {} }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('StartError');
    expect((error as Error).message).toContain('demo-p01');
    expect((error as Error).message).toMatch(/left exactly as it was/);
    expect(await readFile(path, 'utf8')).toBe(broken);
  }, 120_000);
});
