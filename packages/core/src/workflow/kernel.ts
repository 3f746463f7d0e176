/**
 * What the runtime's parts share: the options with defaults, loading and saving instances with
 * version checks, and running effects after a transition is persisted.
 */
import type { CallContext } from '../actor.js';
import { getAtPointer } from '../json/pointer.js';
import type { Locale, Translate } from '../i18n/index.js';
import { ConflictError, type StorePort, type StoredRecord } from '../store/port.js';
import type { WorkflowEffect } from './apply.js';
import { optionalEffects } from './builtins.js';
import { createWorkflowRegistry, type WorkflowRegistry, type WorkflowRegistryInput } from './registry.js';
import type { AuditHook, AuthorizeHook, WorkflowInstance } from './runtime-types.js';
import { lintTranslator } from './problem.js';
import type { LocalizedText } from './types.js';

/** The collection instances are stored in. */
export const INSTANCES = 'workflowInstances';
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
  load(id: string): Promise<StoredRecord<WorkflowInstance> | undefined>;
  /** Writes with a version check; `false` on conflict. */
  save(instance: WorkflowInstance, version: number | null): Promise<boolean>;
  runEffects(
    instance: WorkflowInstance,
    effects: WorkflowEffect[],
    ctx: CallContext | null,
  ): Promise<{ name: string; message: string }[]>;
  notify(n: WorkflowNotification): Promise<void>;
  /** Starts a child instance (`startWorkflow`); set by the runtime. */
  startChild?: (
    ctx: CallContext | null,
    parent: WorkflowInstance,
    ref: string,
    data: Record<string, unknown>,
  ) => Promise<void>;
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
  const notify = async (n: WorkflowNotification) => {
    if (opts.notifier) return opts.notifier(n);
    await store.put(
      INBOX,
      `${n.instanceId}:${n.kind}:${n.deadlineId ?? ''}:${n.at}:${Math.random().toString(36).slice(2, 8)}`,
      { ...n, read: false },
      null,
    );
  };
  const k: Kernel = {
    store,
    registry,
    clock,
    opts,
    newId: opts.newId ?? (() => `wf-${globalThis.crypto.randomUUID()}`),
    locale: opts.locale ?? 'fr',
    // The linter's catalogue words the payload problems of a refusal in the same locale.
    t: lintTranslator(opts.locale ?? 'fr'),
    load: (id) => store.get<WorkflowInstance>(INSTANCES, id),
    async save(instance, version) {
      try {
        await store.put(INSTANCES, instance.id, instance, version);
        return true;
      } catch (e) {
        if (e instanceof ConflictError) return false;
        throw e;
      }
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
