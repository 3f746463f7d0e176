/**
 * Starts and kills the reference server as a real child process on a data folder: the built
 * `@duikit/server`, as `npm start` runs it (`npm test` builds what is stale first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** A 64-hex-digit audit key shared by the children and the checks of a test. */
export const TEST_AUDIT_KEY = 'a1'.repeat(32);

const SERVER_CHILD = `
import { startServer } from '@duikit/server';
try {
  const running = await startServer({ env: { ...process.env, PORT: '0' }, log: () => {} });
  process.stdout.write('ready ' + running.url + '\\n');
} catch (e) {
  process.stdout.write('start-error ' + String(e && e.message).replace(/\\n/g, ' ') + '\\n');
  process.exit(3);
}
`;

const root = resolve(import.meta.dirname, '../..');

/** A started server child. */
export interface ServerChild {
  child: ChildProcess;
  url: string;
  /** kill -9, resolved once the process is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the server on `dir`; rejects with its start error (or its stderr) when it does not start.
 *
 * @example
 * const server = await startServerChild(dir); await server.kill();
 */
export async function startServerChild(dir: string, env: Record<string, string> = {}): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER_CHILD], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DUIKIT_DATA_DIR: dir, DUIKIT_AUDIT_KEY: TEST_AUDIT_KEY, ...env },
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const ready = /ready (\S+)\n/.exec(out);
      if (ready) resolve({ child, url: ready[1], kill });
      const failed = /start-error (.*)\n/.exec(out);
      if (failed) reject(new Error(failed[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before it listened: ${out}${err}`)),
    );
  });
}
