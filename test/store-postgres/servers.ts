/**
 * Real server processes for the multi-process tests: `npm start`'s entry (`main()` of
 * `@duikit/server`, bundled from the sources) run as child processes on one PostgreSQL
 * database, each with its own pool and nothing shared in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild } from '../store-lowdb/helpers.js';

/** A server child process and what it printed. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every stdout/stderr line so far. */
  lines: string[];
  /** How many deadlines this process says it fired (from its "Deadlines: N fired" lines). */
  fired(): number;
  /** Stops it (SIGTERM, then SIGKILL after 5 s); `kill -9` with `child.kill('SIGKILL')`. */
  stop(): Promise<void>;
}

let entry: Promise<string> | undefined;

/** The server entry bundled from the sources (once per test file). */
const serverEntry = () =>
  (entry ??= bundleChild('pg-server', "import { main } from '@duikit/server';\nawait main();\n"));

/**
 * Starts one server on the database and waits until it listens (its start-up tick done).
 *
 * @example
 * const a = await startServerProcess(pg.url, 'mp', { DUIKIT_TICK_SECONDS: '1' });
 */
export async function startServerProcess(
  url: string,
  schema: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'duikit-pg-proc-'));
  const child = spawn(process.execPath, [await serverEntry()], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DUIKIT_DATA_DIR: dir,
      // One secret for all processes, as a load-balanced deployment has.
      DUIKIT_SECRET: 's'.repeat(48),
      DUIKIT_DATABASE_URL: url,
      DUIKIT_DATABASE_SCHEMA: schema,
      ...env,
    },
  });
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => rmSync(dir, { recursive: true, force: true }));
  const listening = new Promise<string>((resolve, reject) => {
    const read = (d: Buffer) => {
      for (const line of d.toString().split('\n')) {
        if (!line) continue;
        lines.push(line);
        const m = /reference host app: (http:\/\/\S+)/.exec(line);
        if (m) resolve(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${lines.join('\n')}`)));
  });
  return {
    url: await listening,
    child,
    lines,
    fired: () => lines.reduce((n, l) => n + Number(/Deadlines: (\d+) fired/.exec(l)?.[1] ?? 0), 0),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
