/**
 * Assembles what `npm start` runs on: the lowdb store in the data folder, the engine in demo mode
 * (the demo INS OID is accepted) with the shipped access policy, the workflow runtime with the
 * shipped workflows, and the in-process backend the screen routes answer with. One clock for
 * all, which the seed moves back in time while replaying the demo persons' histories.
 */
import * as core from '@duikit/core';
import type { CallContext, DuiBackend, Engine, Locale, StorePort, WorkflowRuntime } from '@duikit/core';
import * as lowdb from '@duikit/store-lowdb';
import type { SeedClock } from './seed/seed.js';
import { guardView } from './guard-view.js';
import { StartError, storeStartError } from './start-error.js';
import { DEMO_ESTABLISHMENTS } from './seed/demo-data.js';

/** The opened engine and what goes with it. */
export interface DemoEngine {
  engine: Engine;
  runtime: WorkflowRuntime;
  backendFor: (ctx: CallContext, options?: { locale?: Locale }) => DuiBackend;
  clock: SeedClock;
  /** Where the data lives, for the start-up log. */
  dataFiles?: string;
  close(): Promise<void>;
}

type StoreFactory = (options: { dir: string }) => Promise<StorePort> | StorePort;
type BackendFactory = (engine: Engine, ctx: CallContext, extra?: Record<string, unknown>) => DuiBackend;

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
 * Opens everything over the data folder.
 *
 * @example
 * const { engine, runtime, close } = await openDemoEngine('/tmp/dui-data');
 */
export async function openDemoEngine(dataDir: string): Promise<DemoEngine> {
  const store = await openStore(dataDir);
  return { ...(await assembleDemoEngine(store)), dataFiles: dataDir };
}

/**
 * The engine, runtime and backends over any store (the memory store in tests).
 *
 * @example
 * const { engine, runtime } = await assembleDemoEngine(createMemoryStore());
 */
export async function assembleDemoEngine(store: StorePort): Promise<DemoEngine> {
  const clock: SeedClock = { at: undefined };
  const now = () => clock.at ?? new Date();
  try {
    // Guards read the user file (e.g. the CDAPH orientation of an IME admission).
    const userFile = async (fileId: string) =>
      guardView((await store.get<{ file: unknown }>('userFiles', fileId))?.data.file);
    const engine = await core.createEngine({
      store,
      policy: core.defaultAccessPolicy,
      clock: now,
      mode: 'demo',
      workflows: [core.standardWorkflowFiles],
      workflowOptions: { userFile },
    });
    if (!engine.workflows)
      throw new Error('createEngine returned no workflow runtime although workflows were given.');
    const runtime = engine.workflows;
    const createBackend = (core as unknown as { createInProcessBackend?: BackendFactory })
      .createInProcessBackend;
    const backendFor = (ctx: CallContext, options: { locale?: Locale } = {}): DuiBackend => {
      if (!createBackend)
        throw new Error(
          '@duikit/core does not export createInProcessBackend: the screen routes cannot answer.',
        );
      // The establishment's category picks its variants (an EHPAD's GIR waits for validation).
      const categoryOf = (finess: string) =>
        Object.values(DEMO_ESTABLISHMENTS).find((e) => e.finess === finess)?.category;
      return createBackend(engine, ctx, { runtime, clock: now, locale: options.locale ?? 'fr', categoryOf });
    };
    return {
      engine,
      runtime,
      backendFor,
      clock,
      close: () => engine.close(),
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}
