/**
 * The audit page's reading of the trail: newest first, by cursor, with filters, scoped to the
 * reader's establishment (an entry counts when its actor works there or its file belongs there,
 * so an IME director never sees an EHPAD's entries). The read itself is audited.
 */
import { Temporal } from 'temporal-polyfill';
import type { CallContext } from '../actor.js';
import type { AuditEntry } from '../audit/types.js';
import { LEGAL_TIME_ZONE } from '../workflow/dates.js';
import type { EngineCore } from './core.js';
import { ok, type EngineResult } from './result.js';
import { auditScope } from './audit-scope.js';

/** The filters of a page (dates inclusive, `cursor` = the last seq of the previous page). */
export interface AuditPageQuery {
  userFileId?: string;
  professionalId?: string;
  actions?: string[];
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/** A page of raw entries, the names of their files and the cursor of the next page. */
export interface AuditPageData {
  entries: AuditEntry[];
  people: Record<string, { displayName?: string; birthDate?: string }>;
  next?: string;
}

const DEFAULT_LIMIT = 50;

/**
 * The first instant of a calendar day in Paris (UTC ISO, as entries are stamped): a day filter
 * counts the days a French reader lives, not UTC's (an entry at 23:30 UTC in winter is tomorrow).
 */
const parisDayStart = (day: string, add = 0): string => {
  try {
    const start = Temporal.PlainDate.from(day).add({ days: add }).toZonedDateTime(LEGAL_TIME_ZONE);
    return new Date(start.epochMilliseconds).toISOString();
  } catch {
    return add ? `${day}\uffff` : day;
  }
};

/**
 * Reads one page.
 *
 * @example
 * const page = await readAuditPage(core, ctx, { actions: ['read'], limit: 20 });
 */
export async function readAuditPage(
  core: EngineCore,
  ctx: CallContext,
  q: AuditPageQuery,
): Promise<EngineResult<AuditPageData>> {
  if (!core.policy.governance.auditReaders.includes(ctx.actor.role)) {
    return core.refuse(
      ctx,
      undefined,
      'audit-read',
      core.error('forbidden', 'engine.error.governance', { role: ctx.actor.role, operation: 'audit' }),
    );
  }
  const scope = auditScope(core, ctx);
  const here = ctx.actor.establishment;
  const limit = q.limit ?? DEFAULT_LIMIT;
  const actions = q.actions?.length ? new Set(q.actions) : undefined;
  const entries: AuditEntry[] = [];
  let more = false;
  // The filters go down to the store (an index in a database); the establishment scope needs
  // the file's establishment, so it is checked here.
  const filters = {
    ...(q.userFileId ? { fileId: q.userFileId } : {}),
    ...(q.professionalId ? { actor: q.professionalId } : {}),
    ...(actions ? { actions: [...actions] } : {}),
    ...(q.from ? { from: parisDayStart(q.from) } : {}),
    ...(q.to ? { to: parisDayStart(q.to, 1) } : {}),
  };
  for await (const e of core.audit.newestFirst(q.cursor ? Number(q.cursor) : undefined, filters)) {
    if (!(await scope.visible(e))) continue;
    if (entries.length === limit) {
      more = true;
      break;
    }
    entries.push(e);
  }
  const people: AuditPageData['people'] = {};
  for (const e of entries) {
    if (!e.fileId || people[e.fileId]) continue;
    const f = await scope.file(e.fileId);
    // Names of the reader's own establishment's files only (a governance role reads them there).
    if (f.establishment === here) people[e.fileId] = { displayName: f.displayName, birthDate: f.birthDate };
  }
  await core.record(ctx, {
    action: 'audit-read',
    outcome: 'success',
    ...(q.userFileId ? { fileId: q.userFileId } : {}),
    details: { view: 'page', count: entries.length, ...(q.cursor ? { cursor: q.cursor } : {}) },
  });
  return ok({ entries, people, ...(more && entries.length ? { next: String(entries.at(-1)!.seq) } : {}) });
}
