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
  const reach = async (ctx: CallContext, fileId: string, acting: boolean) => {
    const rec = await core.load(fileId);
    if (!rec) return core.t('engine.error.notFound', { id: fileId });
    const grants = await core.grants(ctx, fileId);
    const can = core.decideFor(ctx, rec, grants);
    if (acting) {
      if (rec.data.meta.phase === 'archived' || rec.data.meta.phase === 'anonymised')
        return core.t('engine.error.archived');
      if (!inScope(core.policy, ctx, { fileId, meta: rec.data.meta }, core.now()))
        return core.t('engine.error.notInCareTeam');
      return null;
    }
    return CATEGORIES.some((c) => can(c, 'read').allowed) ? null : core.t('engine.error.notInCareTeam');
  };

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
      const reason = await reach(ctx, req.instance.fileId, req.action !== 'read');
      return reason ? { allowed: false, reason } : { allowed: true };
    },
    async audit(entry) {
      const ctx = entry.ctx ?? {
        actor: { professionalId: 'system', role: 'system', establishment: '' },
        purpose: entry.action,
      };
      await core.record(ctx, {
        action: 'workflow',
        fileId: entry.fileId,
        outcome: 'success',
        details: { step: entry.action, instanceId: entry.instanceId, ...entry.detail },
      });
    },
  });

  return {
    ...runtime,
    async start(ctx, req) {
      const reason = await reach(ctx, req.fileId, true);
      if (reason) {
        await core.record(ctx, {
          action: 'workflow',
          fileId: req.fileId,
          outcome: 'refused',
          reason: 'forbidden',
          details: { step: 'workflow.start', definition: req.definition },
        });
        return { ok: false, reason: { code: 'forbidden', message: reason } };
      }
      return runtime.start(ctx, req);
    },
  };
}
