/**
 * The workflow runtime: starts instances for user files, sends events as actors, persists every
 * transition through the Store port, fires durable deadlines on `tick(now)`, and answers the
 * inbox's questions (available events, tasks, due items). Self-contained: the engine wraps it.
 */
import type { CallContext } from '../actor.js';
import { applyEvent, startInstance, type CallEnv } from './apply.js';
import { saveAudited } from './commit.js';
import { isoOf } from './dates.js';
import { precheck } from './checks.js';
import { loadPayloadCompiler } from './payload.js';
import { errorMessage, renderProblemText } from './problem.js';
import { refusal } from './refusal.js';
import type { CompiledWorkflow } from './registry.js';
import {
  createKernel,
  INSTANCES,
  readsUserFile,
  type Kernel,
  type StoredInstance,
  type WorkflowRuntimeOptions,
} from './kernel.js';
import { migrateApi } from './migrate.js';
import { queryApi } from './queries.js';
import type { RefusalReason, SendResult, WorkflowInstance } from './runtime-types.js';
import { tickApi } from './tick.js';

/** Result of `start`. */
export type StartResult = { ok: true; instance: WorkflowInstance } | { ok: false; reason: RefusalReason };

const authorOf = (ctx: CallContext) => {
  const { professionalId, role, establishment, name } = ctx.actor;
  return name === undefined
    ? { professionalId, role, establishment }
    : { professionalId, role, establishment, name };
};

async function envFor(
  k: Kernel,
  ctx: CallContext | null,
  fileId: string,
  wf: CompiledWorkflow,
): Promise<CallEnv> {
  return {
    now: k.clock(),
    t: k.t,
    locale: k.locale,
    author: ctx ? authorOf(ctx) : 'system',
    userFile: k.opts.userFile && readsUserFile(wf) ? await k.opts.userFile(fileId) : undefined,
    purpose: ctx?.purpose,
  };
}

async function denied(
  k: Kernel,
  ctx: CallContext,
  req: Parameters<NonNullable<WorkflowRuntimeOptions['authorize']>>[1],
) {
  if (!k.opts.authorize) return undefined;
  const r = await k.opts.authorize(ctx, req);
  return r.allowed
    ? undefined
    : ({
        code: 'forbidden',
        message: r.reason,
        ...(r.cause ? { params: { cause: r.cause } } : {}),
      } as RefusalReason);
}

function coreApi(k: Kernel) {
  async function start(
    ctx: CallContext | null,
    req: {
      definition: string;
      fileId: string;
      data?: Record<string, unknown>;
      parent?: string;
      establishment?: string;
    },
  ): Promise<StartResult> {
    const wf = req.definition.includes('@')
      ? k.registry.get(req.definition)
      : k.registry.latest(req.definition);
    if (!wf)
      return {
        ok: false,
        reason: refusal(k.t, 'unknown-definition', { definition: req.definition }),
      };
    if (ctx) {
      const forbidden = await denied(k, ctx, { action: 'start', definition: wf.ref });
      if (forbidden) return { ok: false, reason: forbidden };
    }
    const establishment = ctx?.actor.establishment ?? req.establishment ?? '';
    const env = await envFor(k, ctx, req.fileId, wf);
    const ids = {
      id: k.newId(),
      fileId: req.fileId,
      establishment,
      ...(req.parent ? { parent: req.parent } : {}),
    };
    const { instance, effects } = startInstance(wf, ids, req.data ?? {}, env);
    const created = await saveAudited(k, instance, null, 0, {
      ctx,
      action: 'workflow.start',
      instanceId: instance.id,
      fileId: instance.fileId,
      detail: { definition: wf.ref },
    });
    // A fresh id taken meanwhile: only a host's own `newId` can repeat one.
    if (!created)
      throw new Error(`start: instance id ${instance.id} already exists (check the runtime's newId).`);
    await k.runEffects(instance, effects, ctx);
    return { ok: true, instance };
  }
  k.startChild = async (ctx, parent, ref, data) => {
    const r = await start(ctx, {
      definition: ref,
      fileId: parent.fileId,
      data,
      parent: parent.id,
      establishment: parent.establishment,
    });
    if (!r.ok) throw new Error(r.reason.message);
  };

  return {
    /**
     * Starts an instance of `definition` (`id@version`, or `id` for the latest) for a user file.
     *
     * @example
     * const r = await runtime.start(ctx, { definition: 'admission@1.0.0', fileId: 'f-1' });
     */
    start: (ctx: CallContext, req: { definition: string; fileId: string; data?: Record<string, unknown> }) =>
      start(ctx, req),

    /**
     * Sends an event as an actor. A refusal changes nothing and says why.
     *
     * @example
     * const r = await runtime.send(ctx, id, { type: 'ACCEPT', payload: { plannedEntryDate: '2026-05-04' } });
     * if (!r.ok) console.log(r.reason.code, r.reason.message);
     */
    async send(
      ctx: CallContext,
      instanceId: string,
      event: { type: string; payload?: unknown },
    ): Promise<SendResult> {
      await loadPayloadCompiler();
      const rec = await k.loadToWrite(instanceId);
      if (!rec)
        return {
          ok: false,
          reason: refusal(k.t, 'unknown-instance', { instance: instanceId }),
        };
      const wf = k.registry.get(rec.data.definition);
      if (!wf) {
        return {
          ok: false,
          reason: refusal(k.t, 'unrestorable', {
            instance: instanceId,
            error: renderProblemText(
              { key: 'workflow.instance.unregistered', params: { definition: rec.data.definition } },
              k.t,
            ),
          }),
        };
      }
      // Access first: whom the file is closed to learns nothing of its step, events or payloads.
      const forbidden = await denied(k, ctx, {
        action: 'send',
        instance: rec.data,
        event: event.type,
        definition: wf.ref,
      });
      if (forbidden) return { ok: false, reason: forbidden };
      const check = precheck(
        wf,
        rec.data,
        ctx.actor,
        event.type,
        event.payload,
        (ref) => k.registry.form(ref),
        k.t,
      );
      if ('reason' in check) return { ok: false, reason: check.reason };
      const env = await envFor(k, ctx, rec.data.fileId, wf);
      // A task's response as the form model computed it (hidden fields dropped, calculations redone).
      const payload = 'payload' in check ? check.payload : event.payload;
      let applied: ReturnType<typeof applyEvent>;
      try {
        applied = applyEvent(
          wf,
          rec.data,
          event.type,
          payload,
          env,
          check.formRef ? { form: check.formRef } : {},
        );
      } catch (e) {
        return {
          ok: false,
          reason: refusal(k.t, 'unrestorable', { instance: instanceId, error: errorMessage(e, k.t) }),
        };
      }
      if ('refused' in applied) return { ok: false, reason: applied.refused };
      const instance = applied.instance;
      if (check.formRef) {
        instance.responses = [
          ...instance.responses,
          {
            form: check.formRef,
            state: rec.data.states.join(','),
            at: isoOf(env.now),
            by: env.author,
            data: payload,
          },
        ];
      }
      const saved = await saveAudited(k, instance, rec.version, rec.data.history.length, {
        ctx,
        action: 'workflow.send',
        instanceId,
        fileId: instance.fileId,
        detail: { event: event.type, to: instance.states },
      });
      if (!saved) return { ok: false, reason: refusal(k.t, 'conflict', {}) };
      const effectErrors = await k.runEffects(instance, applied.effects, ctx);
      return effectErrors.length ? { ok: true, instance, effectErrors } : { ok: true, instance };
    },

    /**
     * Reads an instance (after the host's `authorize` hook, when given).
     *
     * @example
     * const r = await runtime.get(ctx, id); if (r.ok) console.log(r.instance.states);
     */
    async get(ctx: CallContext, instanceId: string): Promise<SendResult> {
      const rec = await k.load(instanceId);
      if (!rec)
        return {
          ok: false,
          reason: refusal(k.t, 'unknown-instance', { instance: instanceId }),
        };
      const forbidden = await denied(k, ctx, {
        action: 'read',
        instance: rec.data,
        definition: rec.data.definition,
      });
      return forbidden ? { ok: false, reason: forbidden } : { ok: true, instance: rec.data };
    },

    /**
     * Lists instances (no access check: for the engine, which filters by policy).
     *
     * @example
     * await runtime.list({ fileId: 'f-1' });
     */
    async list(
      query: {
        fileId?: string;
        establishment?: string;
        definition?: string;
        status?: 'active' | 'done';
      } = {},
    ) {
      const where = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
      const recs = await k.store.query<StoredInstance>(INSTANCES, { where });
      return Promise.all(recs.map(async (r) => (await k.withHistory(r)).data));
    },
  };
}

/** The runtime's interface. */
export type WorkflowRuntime = ReturnType<typeof coreApi> &
  ReturnType<typeof queryApi> &
  ReturnType<typeof tickApi> &
  ReturnType<typeof migrateApi> & { registry: Kernel['registry'] };

/**
 * Creates a workflow runtime over a store and a registry.
 *
 * @example
 * const runtime = createWorkflowRuntime({ store: createMemoryStore(), registry: standardWorkflowFiles });
 * const started = await runtime.start(ctx, { definition: 'admission@1.0.0', fileId: 'f-1' });
 */
export function createWorkflowRuntime(opts: WorkflowRuntimeOptions): WorkflowRuntime {
  const k = createKernel(opts);
  return { ...coreApi(k), ...queryApi(k), ...tickApi(k), ...migrateApi(k), registry: k.registry };
}
