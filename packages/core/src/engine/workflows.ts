/**
 * The workflow runtime inside the engine: every start, event and read passes the access policy
 * (the actor must reach the user file, which must not be archived) and every persisted change is
 * appended to the same hash-chained audit trail as the user-file services.
 */
import type { CallContext } from '../actor.js';
import { inScope } from '../policy/decide.js';
import { CATEGORIES } from '../policy/types.js';
import {
  createWorkflowRegistry,
  type WorkflowRegistry,
  type WorkflowRegistryInput,
} from '../workflow/registry.js';
import { createWorkflowRuntime, type WorkflowRuntime } from '../workflow/runtime.js';
import type { WorkflowRuntimeOptions } from '../workflow/kernel.js';
import type { EngineCore } from './core.js';
import { assessmentStatusEffect } from '../aggir/status.js';

/** What `createEngine({ workflows })` accepts: a registry, its input, or several inputs merged. */
export type EngineWorkflowsOption = WorkflowRegistry | WorkflowRegistryInput | WorkflowRegistryInput[];

const isRegistry = (w: EngineWorkflowsOption): w is WorkflowRegistry =>
  typeof (w as WorkflowRegistry).get === 'function';

/** Merges several registry inputs (e.g. the standard workflows plus an establishment's own). */
function mergeInputs(inputs: WorkflowRegistryInput[]): WorkflowRegistryInput {
  const out: WorkflowRegistryInput = { definitions: [] };
  for (const i of inputs) {
    out.definitions = [...out.definitions, ...i.definitions];
    if (i.variants) out.variants = [...(out.variants ?? []), ...i.variants];
    if (i.forms) out.forms = [...(out.forms ?? []), ...i.forms];
    if (i.roles) out.roles = [...new Set([...(out.roles ?? []), ...i.roles])];
    if (i.guards) out.guards = { ...out.guards, ...i.guards };
    if (i.effects) out.effects = [...new Set([...(out.effects ?? []), ...i.effects])];
    if (i.lint === false) out.lint = false;
  }
  return out;
}

/**
 * Builds the runtime with the engine's policy and audit hooks.
 *
 * @example
 * const runtime = createEngineWorkflows(core, [standardWorkflowFiles]);
 */
export function createEngineWorkflows(
  core: EngineCore,
  workflows: EngineWorkflowsOption,
  extra: Partial<Omit<WorkflowRuntimeOptions, 'store' | 'registry' | 'authorize' | 'audit' | 'clock'>> = {},
): WorkflowRuntime {
  const registry = isRegistry(workflows)
    ? workflows
    : createWorkflowRegistry({
        ...mergeInputs(Array.isArray(workflows) ? workflows : [workflows]),
        roles: Object.keys(core.policy.roles),
      });

  /** Whether the actor reaches the file for reading (any category) or acting (in scope, not archived). */
  const reach = async (
    ctx: CallContext,
    fileId: string,
    acting: boolean,
  ): Promise<{ reason: string; cause: string } | null> => {
    const no = (cause: string, key: string, params?: Record<string, string>) => ({
      reason: core.t(key, params),
      cause,
    });
    const rec = await core.peek(fileId);
    if (!rec) return no('not-found', 'engine.error.notFound', { id: fileId });
    if (acting) {
      if (rec.data.meta.phase === 'archived' || rec.data.meta.phase === 'anonymised')
        return no('archived', 'engine.error.archived');
      if (!inScope(core.policy, ctx, { fileId, meta: rec.data.meta }, core.now()))
        return no('not-in-care-team', 'engine.error.notInCareTeam');
      return null;
    }
    const can = core.decideFor(ctx, rec, await core.grants(ctx, fileId));
    return CATEGORIES.some((c) => can(c, 'read').allowed)
      ? null
      : no('not-in-care-team', 'engine.error.notInCareTeam');
  };

  const answered = new WeakMap<object, Map<string, ReturnType<typeof reach>>>();
  const runtime = createWorkflowRuntime({
    ...extra,
    effects: { updateAssessment: assessmentStatusEffect(core), ...extra.effects },
    store: core.store,
    registry,
    clock: () => new Date(core.now()),
    userFile: extra.userFile ?? (async (fileId) => (await core.load(fileId))?.data.file),
    async authorize(ctx, req) {
      // `start` carries no instance: the wrapped `start` below checks the file first.
      if (!req.instance) return { allowed: true };
      // The answer depends on the file, not the event: asked once per instance snapshot and
      // actor (`availableEvents` asks for each event of the same snapshot).
      const key = `${ctx.actor.professionalId}|${ctx.actor.role}|${req.action !== 'read'}`;
      let memo = answered.get(req.instance);
      if (!memo) answered.set(req.instance, (memo = new Map<string, ReturnType<typeof reach>>()));
      let no = memo.get(key);
      if (!no) memo.set(key, (no = reach(ctx, req.instance.fileId, req.action !== 'read')));
      const r = await no;
      return r ? { allowed: false, ...r } : { allowed: true };
    },
    async audit(entry, tx) {
      const ctx = entry.ctx ?? {
        actor: { professionalId: 'system', role: 'system', establishment: '' },
        purpose: entry.action,
      };
      const draft = {
        action: 'workflow',
        fileId: entry.fileId,
        outcome: 'success',
        details: { step: entry.action, instanceId: entry.instanceId, ...entry.detail },
      } as const;
      // In the deadline's own transaction: the firing and its audit line are kept together.
      if (tx) tx.appendAudit(core.audit.chain(core.stamp(ctx, draft)));
      else await core.record(ctx, draft);
    },
  });

  return {
    ...runtime,
    async send(ctx, instanceId, event) {
      const r = await runtime.send(ctx, instanceId, event);
      // A refused attempt to act is audited like any refused write (a guard or a stale page is not).
      if (!r.ok && ['forbidden', 'role', 'system-event'].includes(r.reason.code)) {
        const rec = await core.store.get<{ fileId: string }>('workflowInstances', instanceId);
        await core.record(ctx, {
          action: 'workflow',
          ...(rec ? { fileId: rec.data.fileId } : {}),
          outcome: 'refused',
          reason: r.reason.params?.cause ?? r.reason.code,
          details: { step: 'workflow.send', instanceId, event: event.type },
        });
      }
      return r;
    },
    async start(ctx, req) {
      const no = await reach(ctx, req.fileId, true);
      if (no) {
        await core.record(ctx, {
          action: 'workflow',
          fileId: req.fileId,
          outcome: 'refused',
          reason: no.cause,
          details: { step: 'workflow.start', definition: req.definition },
        });
        const code = no.cause === 'not-found' ? 'unknown-instance' : 'forbidden';
        return { ok: false, reason: { code, message: no.reason, params: { cause: no.cause } } };
      }
      return runtime.start(ctx, req);
    },
  };
}
