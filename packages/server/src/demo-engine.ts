/**
 * Assembles what `npm start` runs on: the lowdb store in the data folder, the engine in demo mode
 * (the demo INS OID is accepted) with the shipped access policy, the workflow runtime with the
 * shipped workflows, and the in-process backend the screen routes answer with. One clock for
 * all, which the seed moves back in time while replaying the demo persons' histories.
 */
import * as core from '@duikit/core';
import type { CallContext, DuiBackend, Engine, StorePort, WorkflowRuntime } from '@duikit/core';
import * as lowdb from '@duikit/store-lowdb';
import type { SeedClock } from './seed/seed.js';
import { StartError, storeStartError } from './start-error.js';

/** The opened engine and what goes with it. */
export interface DemoEngine {
  engine: Engine;
  runtime: WorkflowRuntime;
  backendFor: (ctx: CallContext) => DuiBackend;
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
  const clock: SeedClock = { at: undefined };
  const now = () => clock.at ?? new Date();
  try {
    const engine = await core.createEngine({
      store,
      policy: core.defaultAccessPolicy,
      clock: now,
      mode: 'demo',
      workflows: [core.standardWorkflowFiles],
    });
    const runtime =
      (engine.workflows) ??
      core.createWorkflowRuntime({
        store,
        registry: core.standardWorkflowFiles,
        clock: now,
        // Guards read the user file (e.g. the CDAPH orientation of an IME admission).
        userFile: async (fileId) => (await store.get<{ file: unknown }>('userFiles', fileId))?.data.file,
      });
    const createBackend = (core as unknown as { createInProcessBackend?: BackendFactory })
      .createInProcessBackend;
    const backendFor = (ctx: CallContext): DuiBackend => {
      if (!createBackend)
        throw new Error(
          '@duikit/core does not export createInProcessBackend: the screen routes cannot answer.',
        );
      return createBackend(engine, ctx, { runtime });
    };
    return {
      engine,
      runtime,
      backendFor,
      clock,
      dataFiles: dataDir,
      close: () => engine.close(),
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}
