/**
 * The right to erasure (GDPR art. 17) with its legal exceptions, category by category:
 * - a litigation hold keeps everything (art. 17(3)(e): legal claims; CSP R1112-7 al. 4);
 * - while the person is supported the file is needed and kept by law (art. 17(1)(a), 17(3)(b);
 *   CASF L311-3, D311);
 * - after, each category is kept until its retention ends (art. 17(3)(b) and (c): the legal
 *   retention periods of `workflows/config/retention.json`, each with its source); what is past
 *   its period is erased at once, the rest refused with the date it becomes erasable.
 * The answer goes to the register with every category's decision.
 */
import type { CallContext } from '../actor.js';
import type { EngineCore, StoredUserFile } from '../engine/core.js';
import { COLLECTIONS } from '../engine/core.js';
import { governs } from '../engine/access.js';
import { fail, ok, type EngineResult } from '../engine/result.js';
import { shiftInstant } from '../engine/time.js';
import { CATEGORIES, type Category } from '../policy/types.js';
import { removeCategory } from '../retention/apply.js';
import { retentionEnd } from '../retention/periods.js';
import type { StoredRecord } from '../store/port.js';
import {
  RIGHTS_REQUESTS,
  settleRightsRequest,
  type RightsRequest,
  type RightsRequestView,
} from './register.js';

/** What happens to one category. */
export interface ErasureDecision {
  category: Category;
  erased: boolean;
  /** Why it is kept: the exception of art. 17 that applies. */
  exception?: 'legal-claims' | 'ongoing-support' | 'legal-obligation';
  /** The instant from which it may be erased (legal obligation). */
  until?: string;
  source?: string;
}

/**
 * The decision for each category of a file at `now`.
 *
 * @example
 * erasureDecisions(core, rec, core.now()).filter((d) => d.erased);
 */
export function erasureDecisions(
  core: EngineCore,
  rec: StoredRecord<StoredUserFile>,
  now: string,
): ErasureDecision[] {
  const { meta, file } = rec.data;
  const rules = core.retention;
  return CATEGORIES.map((category): ErasureDecision => {
    if (meta.retentionDone[category]) return { category, erased: true };
    if (meta.litigationHold)
      return {
        category,
        erased: false,
        exception: 'legal-claims',
        source: 'RGPD art. 17(3)(e); CSP R1112-7 al. 4',
      };
    if (!meta.closedAt || !rules)
      return {
        category,
        erased: false,
        exception: 'ongoing-support',
        source:
          'RGPD art. 17(1)(a) and 17(3)(b): the file is kept while the person is supported (CASF L311-3, D311)',
      };
    const rule = rules.categories[category];
    const archiveAt = shiftInstant(meta.closedAt, rules.activeAfterClose);
    const own = retentionEnd(rule, meta, file);
    const until = own
      ? new Date(Math.max(Date.parse(own.dueAt), Date.parse(archiveAt))).toISOString()
      : shiftInstant(archiveAt, rule.archiveFor);
    if (Date.parse(until) <= Date.parse(now)) return { category, erased: true };
    return {
      category,
      erased: false,
      exception: 'legal-obligation',
      until,
      source: `RGPD art. 17(3)(b): ${own?.source ?? rule.basis ?? 'retention rule'}`,
    };
  });
}

/**
 * Applies an erasure request of the register: erases what no exception keeps, answers the request.
 *
 * @example
 * const r = await eraseOnRequest(core, officerCtx, requestId);
 */
export async function eraseOnRequest(
  core: EngineCore,
  ctx: CallContext,
  requestId: string,
): Promise<EngineResult<{ decisions: ErasureDecision[]; request: RightsRequestView }>> {
  const stored = await core.store.get<RightsRequest>(RIGHTS_REQUESTS, requestId);
  if (!stored) return fail(core.error('not-found', 'law.rights.notFound', { id: requestId }));
  if (stored.data.kind !== 'erasure' || stored.data.status !== 'open')
    return fail(core.error('invalid', 'law.rights.notOpenErasure', { id: requestId }));
  const rec = await core.load(stored.data.fileId);
  if (!rec) return fail(core.error('not-found', 'engine.error.notFound', { id: stored.data.fileId }));
  if (!governs(core, ctx, rec, 'rightsOfficers'))
    return core.refuse(
      ctx,
      rec.id,
      'erasure',
      core.error('forbidden', 'engine.error.governance', { role: ctx.actor.role, operation: 'erasure' }),
    );
  const decisions = erasureDecisions(core, rec, core.now());
  const erase = decisions
    .filter((d) => d.erased && !rec.data.meta.retentionDone[d.category])
    .map((d) => d.category);
  if (erase.length) {
    let file = rec.data.file;
    for (const c of erase) file = removeCategory(core, file, c, []);
    const retentionDone = {
      ...rec.data.meta.retentionDone,
      ...Object.fromEntries(erase.map((c) => [c, 'deleted'])),
    };
    await core.store.put<StoredUserFile>(
      COLLECTIONS.files,
      rec.id,
      { meta: { ...rec.data.meta, retentionDone }, file },
      rec.version,
    );
  }
  const kept = decisions.filter((d) => !d.erased);
  await core.record(ctx, {
    action: 'erasure',
    fileId: rec.id,
    categories: erase,
    outcome: 'success',
    details: {
      request: requestId,
      erased: erase,
      kept: kept.map((d) => ({ category: d.category, exception: d.exception })),
    },
  });
  const outcome = kept.length === 0 ? 'granted' : kept.length === decisions.length ? 'refused' : 'partly';
  const answered = await settleRightsRequest(core, ctx, requestId, {
    answer: { outcome, details: decisions },
  });
  if (!answered.ok) return answered;
  return ok({ decisions, request: answered.value });
}
