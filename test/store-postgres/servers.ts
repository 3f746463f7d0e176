/**
 * Real server processes for the multi-process tests: `npm start`'s entry (`main()` of
 * `@duikit/server`, bundled from the sources) run as child processes on one PostgreSQL
 * database, each with its own pool and nothing shared in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

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

/**
 * The server entry bundled from the sources (once per test file): our packages inlined, npm
 * packages imported from where each importer resolves them.
 */
const serverEntry = () =>
  (entry ??= (async () => {
    const dir = join(root, 'node_modules/.cache/duikit-test-children');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, 'pg-server.mjs');
    await build({
      stdin: {
        contents: "import { main } from '@duikit/server';\nawait main();\n",
        resolveDir: root,
        loader: 'ts',
      },
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      conditions: ['source'],
      tsconfig: join(root, 'tsconfig.json'),
      absWorkingDir: root,
      logLevel: 'error',
      plugins: [
        {
          name: 'external-npm',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, async (args) => {
              if (args.path.startsWith('@duikit/') || args.pluginData === 'inner') return undefined;
              // Imported from node_modules at the path it resolves to from its importer (the
              // packages may hold their own versions: core's ajv is not the root's).
              const found = await b.resolve(args.path, {
                kind: args.kind,
                resolveDir: args.resolveDir,
                pluginData: 'inner',
              });
              if (found.errors.length || !found.path.startsWith('/'))
                return { path: args.path, external: true };
              return { path: found.path, external: true };
            });
          },
        },
      ],
    });
    return outfile;
  })());

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
