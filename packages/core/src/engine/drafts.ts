/**
 * Drafts of step forms, kept in the store like every other state: one record per user file,
 * instance, step and professional, so a draft survives a restart and two server processes on the
 * same store see the same drafts. Saving one is audited (action `draft`) with the step's data
 * categories; sending the event that leaves the step drops the drafts of the steps left.
 */
import type { CallContext } from '../actor.js';
import { inScope } from '../policy/decide.js';
import type { Category } from '../policy/types.js';
import { ConflictError, isConflict } from '../store/port.js';
import type { EngineCore } from './core.js';
import { fail, ok, type EngineResult } from './result.js';

/** The collection drafts are stored in. */
export const DRAFTS = 'stepDrafts';

/** Which step a draft belongs to. */
export interface DraftTarget {
  fileId: string;
  instanceId: string;
  /** The step's state path (a region's step in a parallel state). */
  step: string;
  /** Data categories the step's task reads or writes (recorded in the audit). */
  categories?: Category[];
}

/** A stored draft. */
export interface StepDraft {
  fileId: string;
  instanceId: string;
  step: string;
  professionalId: string;
  data: Record<string, unknown>;
  savedAt: string;
}

const keyOf = (t: DraftTarget, professionalId: string) =>
  [t.fileId, t.instanceId, t.step, professionalId].map(encodeURIComponent).join('|');

/**
 * Saves the actor's draft of a step; `expectedVersion` is the draft version edited (0 = none).
 *
 * @example
 * await saveDraft(core, ctx, { fileId, instanceId, step: 'preAdmission.request' }, data, 1);
 */
export async function saveDraft(
  core: EngineCore,
  ctx: CallContext,
  target: DraftTarget,
  data: Record<string, unknown>,
  expectedVersion: number | undefined,
): Promise<EngineResult<{ version: number; savedAt: string }>> {
  const { fileId } = target;
  const rec = await core.load(fileId);
  if (!rec)
    return core.refuse(
      ctx,
      fileId,
      'draft',
      core.error('not-found', 'engine.error.notFound', { id: fileId }),
    );
  const meta = rec.data.meta;
  if (meta.phase === 'archived' || meta.phase === 'anonymised')
    return core.refuse(ctx, fileId, 'draft', core.error('archived', 'engine.error.archived'));
  if (!inScope(core.policy, ctx, { fileId, meta }, core.now()))
    return core.refuse(
      ctx,
      fileId,
      'draft',
      core.error('forbidden', 'engine.error.notInCareTeam', {}, { reason: 'not-in-care-team' }),
    );
  const key = keyOf(target, ctx.actor.professionalId);
  const current = await core.store.get<StepDraft>(DRAFTS, key);
  const version = current?.version ?? 0;
  const conflict = () =>
    fail<never>(
      core.error('conflict', 'engine.error.draftConflict', {
        expected: expectedVersion ?? 0,
        actual: version,
      }),
    );
  if (expectedVersion !== undefined && expectedVersion !== version) return conflict();
  const savedAt = core.now();
  const draft: StepDraft = {
    fileId,
    instanceId: target.instanceId,
    step: target.step,
    professionalId: ctx.actor.professionalId,
    data: structuredClone(data),
    savedAt,
  };
  let saved;
  try {
    // The draft and its audit line are one transaction: both are kept, or neither (ADR 0025).
    saved = await core.store.transaction(async (tx) => {
      const s = await tx.put(DRAFTS, key, draft, current ? version : null);
      tx.appendAudit(
        core.audit.chain(
          core.stamp(ctx, {
            action: 'draft',
            fileId,
            ...(target.categories?.length ? { categories: target.categories } : {}),
            outcome: 'success',
            details: { instanceId: target.instanceId, step: target.step, version: s.version },
          }),
        ),
      );
      return s;
    });
  } catch (e) {
    if (isConflict(e)) return conflict();
    throw e;
  }
  return ok({ version: saved.version, savedAt });
}

/**
 * The actor's draft of a step, with its version, or undefined. Read as part of a view the caller
 * already audits (the instance view).
 *
 * @example
 * const d = await readDraft(core, ctx, { fileId, instanceId, step });
 */
export async function readDraft(
  core: EngineCore,
  ctx: CallContext,
  target: DraftTarget,
): Promise<{ data: Record<string, unknown>; version: number; savedAt: string } | undefined> {
  const rec = await core.store.get<StepDraft>(DRAFTS, keyOf(target, ctx.actor.professionalId));
  return rec ? { data: rec.data.data, version: rec.version, savedAt: rec.data.savedAt } : undefined;
}

/**
 * Drops the drafts of an instance's steps that are no longer active (the event that left them
 * was sent): what they held was either submitted with it or is moot.
 *
 * @example
 * await dropDrafts(core, instanceId, ['contractualisation.contract.handover']);
 */
export async function dropDrafts(core: EngineCore, instanceId: string, activeSteps: string[]): Promise<void> {
  const active = new Set(activeSteps);
  for (const rec of await core.store.query<StepDraft>(DRAFTS, { where: { instanceId } })) {
    if (active.has(rec.data.step)) continue;
    try {
      await core.store.delete(DRAFTS, rec.id, rec.version);
    } catch (e) {
      // Saved again meanwhile by someone on a step that just closed: the next send drops it.
      if (!(e instanceof ConflictError)) throw e;
    }
  }
}
