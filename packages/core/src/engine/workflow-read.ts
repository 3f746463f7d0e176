/**
 * Reads of workflow data, held to the same rules as reads of the file they belong to: a task's
 * answers are data of its categories, shown only to whom may read them, and every view of an
 * instance (or of a file's list of instances) is an audited read — refused ones too.
 */
import type { CallContext } from '../actor.js';
import { CATEGORIES, type AccessPolicy, type Category } from '../policy/types.js';
import type { EngineCore } from './core.js';
import { fail, ok, type EngineResult } from './result.js';

/** What is being viewed: an instance (its categories = those of the steps shown) or a file's list. */
export interface WorkflowReadTarget {
  /** The file; looked up from the instance when absent. */
  fileId?: string;
  instanceId?: string;
  view: 'instance' | 'instances';
  /** Policy categories of the data the view would show (see {@link taskCategories}). */
  categories: Category[];
}

/**
 * The policy categories of a task's `dataCategories`: a policy category stands for itself; any
 * other word names a part of the file (`assessments`, `entourage`, `rights`) and takes that
 * part's category from the policy's mapping; a word naming nothing takes the default category.
 *
 * @example
 * taskCategories(policy, ['assessments', 'health']); // ['health'] with the shipped policy
 */
export function taskCategories(policy: AccessPolicy, words: readonly string[]): Category[] {
  const known = (w: string): w is Category => (CATEGORIES as readonly string[]).includes(w);
  const of = (w: string): Category =>
    known(w)
      ? w
      : (policy.categories.find((m) => m.pointer.split('/').at(-1) === w)?.category ??
        policy.defaultCategory);
  return [...new Set(words.map(of))];
}

/**
 * Decides and audits a view of workflow data; answers the categories of `target.categories` the
 * actor may read. Refused (and audited) when the actor reads nothing of the file.
 *
 * @example
 * const r = await readWorkflow(core, ctx, { instanceId, view: 'instance', categories: ['health'] });
 * if (r.ok && !r.value.includes('health')) hideTheOpinion();
 */
export async function readWorkflow(
  core: EngineCore,
  ctx: CallContext,
  target: WorkflowReadTarget,
): Promise<EngineResult<Category[]>> {
  const fileId =
    target.fileId ??
    (target.instanceId
      ? (await core.store.get<{ fileId: string }>('workflowInstances', target.instanceId))?.data.fileId
      : undefined);
  const details = { view: target.view, ...(target.instanceId ? { instanceId: target.instanceId } : {}) };
  const refuse = async (cause: 'not-found' | 'not-in-care-team') => {
    await core.record(ctx, {
      action: 'read',
      ...(fileId ? { fileId } : {}),
      outcome: 'refused',
      reason: cause,
      details,
    });
    return fail<Category[]>(
      cause === 'not-found'
        ? core.error('not-found', 'engine.error.notFound', { id: fileId ?? target.instanceId ?? '' })
        : core.error('forbidden', 'engine.error.notInCareTeam', {}, { reason: cause }),
    );
  };
  const rec = fileId ? await core.peek(fileId) : undefined;
  if (!fileId || !rec) return refuse('not-found');
  const can = core.decideFor(ctx, rec, await core.grants(ctx, fileId));
  if (!CATEGORIES.some((c) => can(c, 'read').allowed)) return refuse('not-in-care-team');
  const readable = target.categories.filter((c) => can(c, 'read').allowed);
  await core.record(ctx, {
    action: 'read',
    fileId,
    ...(readable.length ? { categories: readable } : {}),
    outcome: 'success',
    details,
  });
  return ok(readable);
}
