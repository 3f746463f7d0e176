/**
 * `npm start`: the reference host app on the embedded lowdb store. Reads the configuration from
 * the environment, opens (and locks) the data folder, seeds an empty store with demo data,
 * listens, and logs the URL, the data folder and the demo sign-ins. A corrupt data file or a
 * folder held by another server stops it with a clear message; the file is left as it was.
 */
import { mkdir } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { Engine, WorkflowRuntime } from '@duikit/core';
import { readConfig, type ServerConfig } from './config.js';
import { loadOrCreateSecret } from './secret.js';
import { openDemoEngine } from './demo-engine.js';
import { createServer } from './app.js';
import { createDemoAuth } from './demo-auth.js';
import { DEMO_PROFESSIONALS } from './seed/demo-data.js';
import { seedIfEmpty } from './seed/seed.js';
import { StartError } from './start-error.js';
import { storeSessions } from './sessions.js';

/** A started server. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  config: ServerConfig;
  engine: Engine;
  runtime: WorkflowRuntime;
  /** Stops listening, the deadline timer, and releases the store (and its lock). */
  close(): Promise<void>;
}

/**
 * Starts the server. Throws {@link StartError} (with the message to print) when it cannot.
 *
 * @example
 * const running = await startServer({ env: { PORT: '0', DUIKIT_DATA_DIR: tmp }, log: () => {} });
 * await running.close();
 */
export async function startServer(
  options: { env?: NodeJS.ProcessEnv; cwd?: string; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const config = readConfig(options.env ?? process.env, options.cwd ?? process.cwd());
  await mkdir(config.dataDir, { recursive: true });
  const opened = await openDemoEngine(config.dataDir, config.database);
  const { engine, runtime, service, clock } = opened;
  const closeEngine = () => opened.close();
  let app: FastifyInstance | undefined;
  try {
    const seeded = await seedIfEmpty(engine, runtime, clock);
    const { secret, source } = await loadOrCreateSecret(config.dataDir, config.secret);
    app = await createServer({
      service,
      auth: createDemoAuth(DEMO_PROFESSIONALS),
      secret,
      secureCookie: config.secureCookie,
      logLevel: config.logLevel,
      // On PostgreSQL any process answers any request: sessions live in the database. On lowdb
      // (one process) they stay in memory, and a restart signs everyone out (ADR 0020).
      ...(config.database ? { sessions: storeSessions(opened.store) } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`;
    // Durable deadlines: fire what fell due, every minute by default (and once now). Each process
    // ticks; a deadline is claimed by one of them (ADR 0027). Ticks never overlap in a process.
    const tick = () =>
      runtime
        .tick(new Date())
        .then((fired) => fired.length && log(`Deadlines: ${fired.length} fired by this process.`))
        .catch((e: unknown) => log(`deadline tick failed: ${String(e)}`));
    let ticking: Promise<unknown> | undefined = tick();
    await ticking;
    ticking = undefined;
    const timer = setInterval(() => {
      if (ticking) return; // the previous tick is still running: it will pick up what is due
      ticking = tick().finally(() => (ticking = undefined));
    }, config.tickSeconds * 1000);
    timer.unref();
    log(`DUI Kit reference host app: ${url}`);
    log(
      config.database
        ? `Store: PostgreSQL ${config.database.url.replace(/:[^:@/]*@/, ':…@')} (schema ${config.database.schema ?? 'duikit'}); other server processes may share it`
        : `Data folder: ${config.dataDir} (lowdb: one JSON file per record, the audit trail in its own files)`,
    );
    log(
      seeded
        ? `Empty store: seeded ${seeded} fictitious persons (demo data, INS OID 1.2.250.1.213.1.4.11).`
        : 'Existing data kept (no seeding).',
    );
    log(`Session secret: ${source === 'DUIKIT_SECRET' ? 'from DUIKIT_SECRET' : source}`);
    if (opened.auditKey)
      log(`Audit key (signs the audit trail; keep it outside the data): ${opened.auditKey}`);
    log('Demo sign-ins (pick one on the sign-in page):');
    for (const p of DEMO_PROFESSIONALS)
      log(`  ${p.name.padEnd(18)} ${p.roleLabel.en.padEnd(24)} ${p.establishmentName}`);
    const running = app;
    return {
      app: running,
      url,
      config,
      engine,
      runtime,
      async close() {
        clearInterval(timer);
        await ticking;
        await running.close();
        await closeEngine();
      },
    };
  } catch (e) {
    await app?.close();
    await closeEngine();
    throw e;
  }
}

/**
 * Entry of `npm start`: starts, stops cleanly on SIGINT/SIGTERM, and prints start errors
 * without a stack trace (they are the user's to fix, not bugs).
 *
 * @example
 * await main();
 */
export async function main(): Promise<void> {
  let running: RunningServer;
  try {
    running = await startServer();
  } catch (e) {
    if (e instanceof StartError) {
      console.error(`\nDUI Kit cannot start.\n${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
