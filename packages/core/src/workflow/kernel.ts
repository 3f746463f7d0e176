/**
 * What the runtime's parts share: the options with defaults, loading and saving instances with
 * version checks, and running effects after a transition is persisted.
 */
import { nextDueAt } from './schedule.js';
import type { CallContext } from '../actor.js';
import { withoutKeys } from '../json/clone.js';
import { getAtPointer } from '../json/pointer.js';
import type { Locale, Translate } from '../i18n/index.js';
import { ConflictError, type StorePort, type StoreTx, type StoredRecord } from '../store/port.js';
import type { WorkflowEffect } from './apply.js';
import { optionalEffects } from './builtins.js';
import {
  createWorkflowRegistry,
  type CompiledWorkflow,
  type WorkflowRegistry,
  type WorkflowRegistryInput,
} from './registry.js';
import type { AuditHook, AuthorizeHook, WorkflowInstance } from './runtime-types.js';
import { lintTranslator } from './problem.js';
import type { LocalizedText } from './types.js';

/** The collection instances are stored in. */
export const INSTANCES = 'workflowInstances';
/**
 * Where instance histories go: the store's append-only log of that name (or, for a store without
 * logs, a collection with one small record per transition), apart from the instance, so an event
 * writes what changed, not a record that grows with every event.
 */
export const HISTORY = 'workflowHistory';

/** The collection the default notifier writes task-inbox entries to. */
export const INBOX = 'inboxEntries';

/** A notification for people holding some roles in an establishment. */
export interface WorkflowNotification {
  kind: 'notify' | 'reminder';
  instanceId: string;
  fileId: string;
  establishment: string;
  definition: string;
  roles: string[];
  message: LocalizedText;
  at: string;
  deadlineId?: string;
  dueAt?: string;
}

/** The host's way to reach people (mail, messaging…); the default records a task-inbox entry. */
export type Notifier = (n: WorkflowNotification) => void | Promise<void>;

/** A host effect action: runs after the transition that requested it is persisted. */
export type EffectHandler = (input: {
  instance: WorkflowInstance;
  params: Record<string, unknown>;
  ctx: CallContext | null;
}) => void | Promise<void>;

/** Options of {@link createWorkflowRuntime}. */
export interface WorkflowRuntimeOptions {
  store: StorePort;
  /** A registry, or what to build one from. */
  registry: WorkflowRegistry | WorkflowRegistryInput;
  /** The injected clock (tests travel in time with it). */
  clock?: () => Date;
  notifier?: Notifier;
  /** Implementations of the host effect actions named in the registry's `effects`. */
  effects?: Record<string, EffectHandler>;
  /** Renders a document an action produced (the instance data already lists it). */
  documents?: EffectHandler;
  /** Loads the user file guards may read (`#/properties/userFile/…`). */
  userFile?: (fileId: string) => Promise<unknown>;
  authorize?: AuthorizeHook;
  audit?: AuditHook;
  newId?: () => string;
  /** Locale of refusal messages (default French). */
  locale?: Locale;
}

/** Internal shared state. */
export interface Kernel {
  store: StorePort;
  registry: WorkflowRegistry;
  clock: () => Date;
  opts: WorkflowRuntimeOptions;
  newId: () => string;
  locale: Locale;
  t: Translate;
  /** An instance with its whole history. */
  load(id: string): Promise<StoredRecord<WorkflowInstance> | undefined>;
  /**
   * The same, over the stored record itself where the store can lend it (`peek`): for `send`,
   * which only reads it to build the next record and never hands it out.
   */
  loadToWrite(id: string): Promise<StoredRecord<WorkflowInstance> | undefined>;
  /** A stored instance record (history kept apart) with its history joined back. */
  withHistory(rec: StoredRecord<StoredInstance>): Promise<StoredRecord<WorkflowInstance>>;
  /**
   * Writes with a version check, then appends the history entries past `from` (the length the
   * caller loaded; read from the store when not given); `false` on conflict. Given `within`, the
   * writes are part of its transaction (history too, when the store logs in transactions; else
   * it is appended by `within.after`, after the commit).
   */
  save(
    instance: WorkflowInstance,
    version: number | null,
    from?: number,
    within?: WithinTx,
  ): Promise<boolean>;
  runEffects(
    instance: WorkflowInstance,
    effects: WorkflowEffect[],
    ctx: CallContext | null,
  ): Promise<{ name: string; message: string }[]>;
  /** Given `within`, the default inbox entry is part of its transaction; a host notifier runs after it. */
  notify(n: WorkflowNotification, within?: WithinTx): Promise<void>;
  /** Starts a child instance (`startWorkflow`); set by the runtime. */
  startChild?: (
    ctx: CallContext | null,
    parent: WorkflowInstance,
    ref: string,
    data: Record<string, unknown>,
  ) => Promise<void>;
}

/**
 * An instance as stored: without its history (kept in {@link HISTORY}), with its length. Records
 * written before the split still carry `history` inline; they are read as they are.
 */
export type StoredInstance = Omit<WorkflowInstance, 'history'> & {
  history?: WorkflowInstance['history'];
  historyLength?: number;
  /** When `tick` next has work here (indexed: the tick reads due instances only). */
  nextDueAt?: string;
};

/** A transaction the kernel writes in, and what must run once it has committed. */
export interface WithinTx {
  tx: StoreTx;
  after: (() => Promise<void>)[];
}

/** One history entry as stored. */
interface StoredHistoryEntry {
  instanceId: string;
  n: number;
  entry: WorkflowInstance['history'][number];
}

const historyId = (instanceId: string, n: number) => `${instanceId}/${String(n).padStart(6, '0')}`;

const readers = new WeakMap<CompiledWorkflow, boolean>();

/**
 * Whether a definition's guards or actions may read the user file: a named guard (host code may
 * read anything) or a condition or action naming `userFile`. Others need not load it per event.
 *
 * @example
 * if (readsUserFile(wf)) env.userFile = await opts.userFile(fileId);
 */
export function readsUserFile(wf: CompiledWorkflow): boolean {
  let r = readers.get(wf);
  if (r === undefined) {
    const text = JSON.stringify(wf.definition);
    r = text.includes('userFile') || /"guard":\s*("|\{\s*"name")/.test(text);
    readers.set(wf, r);
  }
  return r;
}

/** Data of a started child: static `data` plus `from` (key → JSON Pointer into the parent's data). */
function childData(parent: WorkflowInstance, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...((params.data ?? {}) as Record<string, unknown>) };
  for (const [key, pointer] of Object.entries((params.from ?? {}) as Record<string, string>)) {
    const v = getAtPointer(parent.snapshot.context, pointer);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const isRegistry = (r: WorkflowRegistry | WorkflowRegistryInput): r is WorkflowRegistry =>
  typeof (r as WorkflowRegistry).get === 'function';

/** Builds the kernel from the options. */
export function createKernel(opts: WorkflowRuntimeOptions): Kernel {
  const { store } = opts;
  const registry = isRegistry(opts.registry) ? opts.registry : createWorkflowRegistry(opts.registry);
  const clock = opts.clock ?? (() => new Date());
  const notify = async (n: WorkflowNotification, within?: WithinTx) => {
    const host = opts.notifier;
    if (host && within) return void within.after.push(async () => host(n));
    if (host) return host(n);
    await (within?.tx ?? store).put(
      INBOX,
      `${n.instanceId}:${n.kind}:${n.deadlineId ?? ''}:${n.at}:${Math.random().toString(36).slice(2, 8)}`,
      { ...n, read: false },
      null,
    );
  };
  // Instances whose stored record is known to keep its history apart (a fact that never reverts).
  const split = new Set<string>();
  const k: Kernel = {
    store,
    registry,
    clock,
    opts,
    newId: opts.newId ?? (() => `wf-${globalThis.crypto.randomUUID()}`),
    locale: opts.locale ?? 'fr',
    // The linter's catalogue words the payload problems of a refusal in the same locale.
    t: lintTranslator(opts.locale ?? 'fr'),
    async load(id) {
      const rec = await store.get<StoredInstance>(INSTANCES, id);
      return rec && k.withHistory(rec);
    },
    async loadToWrite(id) {
      const rec = (await (store.peek ?? store.get).call(store, INSTANCES, id)) as
        StoredRecord<StoredInstance> | undefined;
      return rec && k.withHistory(rec);
    },
    async withHistory(rec) {
      const { historyLength, history } = rec.data;
      // What `{ ...hot, history }` of a rest destructuring gives, a few µs cheaper (withoutKeys).
      const hot = withoutKeys(rec.data, ['historyLength', 'history', 'nextDueAt']);
      const data = hot as WorkflowInstance;
      if (historyLength === undefined) {
        data.history = history ?? [];
        return { ...rec, data };
      }
      split.add(rec.id);
      if (store.readLog) {
        const logged = await store.readLog<WorkflowInstance['history'][number]>(HISTORY, rec.id);
        data.history = logged.slice(0, historyLength);
        return { ...rec, data };
      }
      const entries = await store.query<StoredHistoryEntry>(HISTORY, { where: { instanceId: rec.id } });
      const joined = entries
        .map((e) => e.data)
        .filter((e) => e.n < historyLength)
        .sort((a, b) => a.n - b.n)
        .map((e) => e.entry);
      data.history = joined;
      return { ...rec, data };
    },
    async save(instance, version, loaded, within) {
      const { history } = instance;
      const hot = withoutKeys(instance, ['history']) as StoredInstance;
      const w = within?.tx ?? store;
      // Which entries are new: past the length the caller loaded from a record already split, or
      // else past the stored length (all of them for a record still carrying its history inline).
      let from = 0;
      if (version !== null) {
        if (loaded !== undefined && split.has(instance.id)) from = loaded;
        else from = (await w.get<StoredInstance>(INSTANCES, instance.id))?.data.historyLength ?? 0;
      }
      try {
        // The version check picks the one writer whose entries are then appended.
        hot.historyLength = history.length;
        hot.nextDueAt = nextDueAt(hot.deadlines ?? []);
        await w.put<StoredInstance>(INSTANCES, instance.id, hot, version);
      } catch (e) {
        if (e instanceof ConflictError) return false;
        throw e;
      }
      split.add(instance.id);
      const fresh = history.slice(from);
      if (within?.tx.appendLog && store.appendLog) {
        if (fresh.length) await within.tx.appendLog(HISTORY, instance.id, fresh);
        return true;
      }
      if (store.appendLog) {
        const append = store.appendLog.bind(store);
        if (!fresh.length) return true;
        if (within) within.after.push(() => append(HISTORY, instance.id, fresh));
        else await append(HISTORY, instance.id, fresh);
        return true;
      }
      for (let n = from; n < history.length; n++) {
        const key = historyId(instance.id, n);
        const stale = await w.get(HISTORY, key);
        await w.put<StoredHistoryEntry>(
          HISTORY,
          key,
          { instanceId: instance.id, n, entry: history[n] },
          stale?.version ?? null,
        );
      }
      return true;
    },
    notify,
    async runEffects(instance, effects, ctx) {
      const failures: { name: string; message: string }[] = [];
      for (const { name, params } of effects) {
        try {
          if (name === 'notify') {
            await notify({
              kind: 'notify',
              instanceId: instance.id,
              fileId: instance.fileId,
              establishment: instance.establishment,
              definition: instance.definition,
              roles: params.roles as string[],
              message: params.message as LocalizedText,
              at: clock().toISOString(),
            });
          } else if (name === 'startWorkflow') {
            await k.startChild?.(ctx, instance, params.definition as string, childData(instance, params));
          } else if (name === 'produceDocument') {
            await opts.documents?.({ instance, params, ctx });
          } else {
            const handler = opts.effects?.[name];
            if (!handler && optionalEffects.includes(name)) continue;
            if (!handler) throw new Error(`no implementation given for the effect action "${name}"`);
            await handler({ instance, params, ctx });
          }
        } catch (e) {
          failures.push({ name, message: (e as Error).message });
        }
      }
      return failures;
    },
  };
  return k;
}
