/**
 * Assembles what `npm start` runs on, once per process: the lowdb store in the data folder, the
 * engine in demo mode (the demo INS OID is accepted) with the shipped access policy, workflows
 * and establishment configuration, the demo professionals as its directory, and the backend
 * service every request is answered by. One clock for all, which the seed moves back in time
 * while replaying the demo persons' histories.
 */
import * as core from '@duikit/core';
import type {
  BackendService,
  Engine,
  ProfessionalDirectory,
  StorePort,
  TdduiExporter,
  WorkflowRuntime,
} from '@duikit/core';
import * as lowdb from '@duikit/store-lowdb';
import { createPostgresStore } from '@duikit/store-postgres';
import type { SeedClock } from './seed/seed.js';
import { guardView } from './guard-view.js';
import { DEMO_ESTABLISHMENTS, DEMO_PROFESSIONALS } from './seed/demo-data.js';
import { StartError, storeStartError } from './start-error.js';

/** The opened engine and what goes with it. */
export interface DemoEngine {
  engine: Engine;
  runtime: WorkflowRuntime;
  /** The one adapter between HTTP and the engine. */
  service: BackendService;
  clock: SeedClock;
  /** The store everything is kept in (the server keeps its sessions there on PostgreSQL). */
  store: StorePort;
  /** Where the data lives, for the start-up log. */
  dataFiles?: string;
  /** Where the audit key comes from (lowdb: the key file or `DUIKIT_AUDIT_KEY`), for the log. */
  auditKey?: string;
  close(): Promise<void>;
}

type StoreFactory = (options: { dir: string }) => Promise<StorePort> | StorePort;

/** Opens the lowdb store; a corrupt file or a held lock becomes a {@link StartError}. */
async function openStore(dir: string): Promise<StorePort> {
  const create = (lowdb as unknown as { createLowdbStore?: StoreFactory }).createLowdbStore;
  if (!create)
    throw new StartError(
      '@duikit/store-lowdb does not export createLowdbStore yet: run `npm run build` after updating.',
    );
  try {
    return await create({ dir });
  } catch (e) {
    throw storeStartError(e, dir);
  }
}

/**
 * The demo professionals and establishments as the engine's directory.
 *
 * @example
 * demoDirectory.professionals('690000013').map((p) => p.role);
 */
export const demoDirectory: ProfessionalDirectory = {
  professionals: (finess) =>
    DEMO_PROFESSIONALS.filter((p) => p.establishment === finess).map((p) => ({
      professionalId: p.professionalId,
      name: p.name,
      role: p.role,
      establishment: p.establishment,
    })),
  establishment(finess) {
    const e = Object.values(DEMO_ESTABLISHMENTS).find((x) => x.finess === finess);
    return e ? { name: { fr: e.name, en: e.name }, category: e.category } : undefined;
  },
};

/**
 * Opens everything over the data folder, or over PostgreSQL when a database is given.
 *
 * @example
 * const { engine, runtime, close } = await openDemoEngine('/tmp/dui-data');
 */
export async function openDemoEngine(
  dataDir: string,
  database?: { url: string; schema?: string },
): Promise<DemoEngine> {
  if (database) {
    // No folder lock: PostgreSQL does the concurrency between server processes.
    let store: StorePort;
    try {
      store = await createPostgresStore(database);
    } catch (e) {
      throw new StartError(
        `PostgreSQL did not open (${(e as Error).message}). Check DUIKIT_DATABASE_URL and that the server is reachable.`,
        { cause: e },
      );
    }
    return assembleDemoEngine(store);
  }
  const store = await openStore(dataDir);
  let opened: DemoEngine;
  try {
    opened = await assembleDemoEngine(store);
  } catch (e) {
    throw storeStartError(e, dataDir);
  }
  const auditKey = (store as { info?: { auditKey?: string } }).info?.auditKey;
  return { ...opened, dataFiles: dataDir, ...(auditKey ? { auditKey } : {}) };
}

/**
 * The engine, runtime and backend service over any store (the memory store in tests).
 *
 * @example
 * const { engine, runtime, service } = await assembleDemoEngine(createMemoryStore());
 */
export async function assembleDemoEngine(store: StorePort): Promise<DemoEngine> {
  const clock: SeedClock = { at: undefined };
  const now = () => clock.at ?? new Date();
  try {
    // Guards read the user file (e.g. the CDAPH orientation of an IME admission), never change
    // it: the stored record, not a copy per event.
    const userFile = async (fileId: string) => {
      const rec = await (store.peek ?? store.get).call(store, 'userFiles', fileId);
      return guardView((rec?.data as { file?: unknown } | undefined)?.file);
    };
    const engine = await core.createEngine({
      store,
      policy: core.defaultAccessPolicy,
      clock: now,
      mode: 'demo',
      workflows: [core.standardWorkflowFiles],
      workflowOptions: { userFile },
      directory: demoDirectory,
    });
    if (!engine.workflows)
      throw new Error('createEngine returned no workflow runtime although workflows were given.');
    const runtime = engine.workflows;
    // The TDDUI export loads @duikit/fhir (profiles, FHIR validation) on its first call only.
    const tddui: TdduiExporter = async (e, ctx, fileId) =>
      (await import('@duikit/fhir')).exportTddui(e, ctx, fileId, { mode: 'demo' });
    const service = core.createBackendService(engine, { runtime, clock: now, tddui });
    return { engine, runtime, service, clock, store, close: () => engine.close() };
  } catch (e) {
    await store.close();
    throw e;
  }
}
