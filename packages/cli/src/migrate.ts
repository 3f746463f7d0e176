/**
 * `duikit migrate --from id@x --to id@y --data <dir> [--dry-run]`: lists, then migrates, the
 * stored instances a new definition version affects. The data folder is opened with
 * `@duikit/store-lowdb` (it takes the folder's lock: stop the server first), or with a host's
 * own store module (`--store ./my-store.js`, exporting `createStore({ dir })`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createWorkflowRegistry,
  createWorkflowRuntime,
  WorkflowDefinitionError,
  localizeProblem,
  type Locale,
  type StorePort,
  type Translate,
} from '@duikit/core';
import { kindOf, listConfigFiles, readJson } from './files.js';
import type { Io } from './io.js';

/** Options of the command, as parsed. */
export interface MigrateOptions {
  from?: string;
  to?: string;
  data?: string;
  dryRun: boolean;
  workflows: string;
  store?: string;
  /** Locale of the report (the runtime's messages); default French. */
  locale?: Locale;
}

type StoreFactory = (opts: { dir: string }) => Promise<StorePort>;

async function openStore(opts: MigrateOptions): Promise<StorePort> {
  if (opts.store) {
    const mod = (await import(pathToFileURL(resolve(opts.store)).href)) as {
      createStore?: StoreFactory;
      default?: StoreFactory;
    };
    const factory = mod.createStore ?? mod.default;
    if (typeof factory !== 'function')
      throw new Error(`${opts.store} must export createStore({ dir }) returning a StorePort`);
    return factory({ dir: resolve(opts.data!) });
  }
  // A variable specifier keeps the lowdb store an optional, run-time dependency of the CLI.
  const specifier = '@duikit/store-lowdb';
  const mod = (await import(specifier)) as { createLowdbStore: StoreFactory };
  return mod.createLowdbStore({ dir: resolve(opts.data!) });
}

/** Every definition, variant and form of a folder: a migration needs all the stored versions. */
function registryFrom(dir: string) {
  const docs = {
    workflow: [] as never[],
    variant: [] as never[],
    form: [] as never[],
    scenario: [] as never[],
  };
  for (const path of listConfigFiles(dir)) {
    const read = readJson(path);
    const kind = 'doc' in read ? kindOf(path, read.doc) : undefined;
    if (kind && 'doc' in read) docs[kind].push(read.doc as never);
  }
  return createWorkflowRegistry({ definitions: docs.workflow, variants: docs.variant, forms: docs.form });
}

/**
 * Runs the migration (or the dry run) and prints the plan.
 *
 * @example
 * await runMigrate({ from: 'admission@1.0.0', to: 'admission@1.1.0', data: './data', dryRun: true, workflows: 'workflows' }, io, t);
 */
export async function runMigrate(opts: MigrateOptions, io: Io, t: Translate): Promise<number> {
  for (const [name, value] of [
    ['--from id@version', opts.from],
    ['--to id@version', opts.to],
    ['--data <dir>', opts.data],
  ] as const) {
    if (!value) {
      io.err(t('cli.error.missingArgument', { argument: name }));
      return 2;
    }
  }
  let registry;
  try {
    registry = registryFrom(opts.workflows);
  } catch (e) {
    if (!(e instanceof WorkflowDefinitionError)) throw e;
    for (const p of e.problems) io.err(`${p.ref}:${p.pointer || '/'}: ${localizeProblem(p, t).message}`);
    return 1;
  }
  let store: StorePort;
  try {
    store = await openStore(opts);
  } catch (e) {
    io.err(`${opts.data}:/: ${(e as Error).message}`);
    return 1;
  }
  try {
    const runtime = createWorkflowRuntime({ store, registry, locale: opts.locale });
    const report = await runtime.migrate({ from: opts.from!, to: opts.to!, dryRun: opts.dryRun });
    io.out(
      t('cli.migrate.plan', {
        count: report.migrated.length + report.errors.length,
        from: report.from,
        to: report.to,
      }),
    );
    for (const m of report.migrated)
      io.out(`  ${m.instanceId} (${m.fileId}): ${m.from.join(', ')} → ${m.to.join(', ')}`);
    if (report.errors.length) {
      io.err(t('cli.migrate.errors', { count: report.errors.length }));
      for (const e of report.errors) io.err(`  ${e.message}`);
    }
    io.out(
      opts.dryRun
        ? t('cli.migrate.dryRun')
        : t('cli.migrate.done', { count: report.migrated.length, to: report.to }),
    );
    return report.errors.length ? 1 : 0;
  } catch (e) {
    io.err((e as Error).message);
    return 1;
  } finally {
    await store.close();
  }
}
