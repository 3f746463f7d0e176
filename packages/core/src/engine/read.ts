/**
 * Reads: a file as one actor may see it (withheld places removed and marked), listings,
 * the timeline and the `can` question for screens. Every read is audited.
 */
import type { CallContext } from '../actor.js';
import { toPointer } from '../json/pointer.js';
import { filterDocument } from '../policy/categorize.js';
import type { BreakGlassGrant, Decision } from '../policy/decide.js';
import { CATEGORIES, type Category, type PolicyAction } from '../policy/types.js';
import type { StoredRecord } from '../store/port.js';
import { openBreakGlass } from './access.js';
import type { EngineCore, StoredUserFile } from './core.js';
import { ok, type EngineError, type EngineResult } from './result.js';
import type { RestrictionMarker, TimelineItem, UserFileData, UserFileView } from './types.js';

const CHANGE_ACTIONS = new Set([
  'create',
  'write',
  'sign',
  'rectify',
  'restrict',
  'object',
  'care-team',
  'identity-status',
  'retention',
  'litigation-hold',
  'workflow',
  'break-glass',
]);

/**
 * The grants the call may rely on; opens one when the call carries a break-the-glass reason.
 *
 * @example
 * const grants = await grantsFor(core, ctx, rec);
 */
export async function grantsFor(
  core: EngineCore,
  ctx: CallContext,
  rec: StoredRecord<StoredUserFile>,
): Promise<BreakGlassGrant[] | EngineError> {
  const grants = await core.grants(ctx, rec.id);
  const now = core.now();
  if (!ctx.breakGlass || grants.some((g) => g.expiresAt > now)) return grants;
  const opened = await openBreakGlass(core, ctx, rec, ctx.breakGlass.reason);
  if (!opened.ok) return opened.error;
  return core.grants(ctx, rec.id);
}

/** Filters a stored file for the actor's `action` (read or export). */
export function visiblePart(
  core: EngineCore,
  file: UserFileData,
  can: (c: Category, a: 'read' | 'export') => Decision,
  action: 'read' | 'export',
) {
  const check = (c: Category) => {
    const r = can(c, 'read');
    const d = r.allowed && action === 'export' ? can(c, 'export') : r;
    return d.allowed ? null : d.reason;
  };
  const { value, withheld, kept } = filterDocument(file, core.categorizer, check);
  return { value, withheld: withheld as RestrictionMarker[], kept: [...kept] };
}

/** The first refusal among all categories (the file is closed to the actor), or null. */
export function closedTo(
  core: EngineCore,
  ctx: CallContext,
  can: (c: Category, a: 'read' | 'export') => Decision,
  action: 'read' | 'export',
): EngineError | null {
  const decisions = CATEGORIES.map(
    (c) => [c, can(c, 'read').allowed && action === 'export' ? can(c, 'export') : can(c, 'read')] as const,
  );
  if (decisions.some(([, d]) => d.allowed)) return null;
  const [c, d] = decisions.find(([, x]) => !x.allowed && x.reason !== 'forbidden') ?? decisions[0];
  return core.denial(ctx, (d as { reason: 'forbidden' }).reason, c, action);
}

/**
 * The stored file and the actor's decisions on it, when the actor may read some of it; otherwise
 * the audited refusal (not found, break-the-glass refused, closed to the actor).
 *
 * @example
 * const opened = await openForRead(core, ctx, 'uf-1');
 * if (opened.ok) opened.value.can('health', 'read');
 */
export async function openForRead(
  core: EngineCore,
  ctx: CallContext,
  id: string,
): Promise<
  EngineResult<{ rec: StoredRecord<StoredUserFile>; can: (c: Category, a: PolicyAction) => Decision }>
> {
  const rec = await core.load(id);
  if (!rec) return core.refuse(ctx, id, 'read', core.error('not-found', 'engine.error.notFound', { id }));
  const grants = await grantsFor(core, ctx, rec);
  if (!Array.isArray(grants)) return core.refuse(ctx, id, 'read', grants);
  const can = core.decideFor(ctx, rec, grants);
  const closed = closedTo(core, ctx, can, 'read');
  if (closed) return core.refuse(ctx, id, 'read', closed);
  return ok({ rec, can });
}

/**
 * Reads a file as the actor may see it.
 *
 * @example
 * const r = await getUserFile(core, ctx, 'uf-1');
 */
export async function getUserFile(
  core: EngineCore,
  ctx: CallContext,
  id: string,
): Promise<EngineResult<UserFileView>> {
  const opened = await openForRead(core, ctx, id);
  if (!opened.ok) return opened;
  const { rec, can } = opened.value;
  const { value, withheld, kept } = visiblePart(core, rec.data.file, can, 'read');
  const breakGlass = kept.some((c) => {
    const d = can(c, 'read');
    return d.allowed && d.via === 'break-glass';
  });
  await core.record(ctx, {
    action: 'read',
    fileId: id,
    categories: kept,
    // The parts returned (top-level pointers) and the places withheld, as minimal as useful.
    pointers: Object.keys(value).map((k) => toPointer([k])),
    outcome: 'success',
    ...(breakGlass ? { breakGlass: true } : {}),
    ...(withheld.length ? { details: { withheld: withheld.map((w) => w.pointer).slice(0, 50) } } : {}),
  });
  return ok(core.view(rec, value, withheld, breakGlass));
}

/**
 * The person's display name (usual order, birth name upper-cased) and birth date.
 *
 * @example
 * displayName(file); // { displayName: 'Jeanne DURAND', birthDate: '1938-03-14' }
 */
export const displayName = (file: UserFileData): { displayName?: string; birthDate?: string } => {
  const p = file.person as
    | {
        usedName?: string;
        usedFirstName?: string;
        ins?: { birthName?: string; birthFirstNames?: string[]; birthDate?: string };
      }
    | undefined;
  if (!p) return {};
  const last = p.usedName ?? p.ins?.birthName;
  const first = p.usedFirstName ?? p.ins?.birthFirstNames?.[0];
  const name = [first, last?.toUpperCase()].filter(Boolean).join(' ');
  return {
    ...(name ? { displayName: name } : {}),
    ...(p.ins?.birthDate ? { birthDate: p.ins.birthDate } : {}),
  };
};

/**
 * The changes made to a file, as far as the actor may read their categories.
 *
 * @example
 * const r = await timeline(core, ctx, 'uf-1');
 */
export async function timeline(
  core: EngineCore,
  ctx: CallContext,
  id: string,
): Promise<EngineResult<TimelineItem[]>> {
  const opened = await openForRead(core, ctx, id);
  if (!opened.ok) return opened;
  const { can } = opened.value;
  const entries = await core.audit.read({ fileId: id });
  const items: TimelineItem[] = [];
  for (const e of entries) {
    if (e.outcome !== 'success' || !CHANGE_ACTIONS.has(e.action)) continue;
    const cats = (e.categories ?? []).filter((c) => can(c, 'read').allowed);
    if (e.categories?.length && cats.length === 0) continue;
    items.push({
      at: e.at,
      action: e.action,
      ...(cats[0] ? { category: cats[0] } : {}),
      ...(e.pointers && cats.length === e.categories?.length ? { pointers: e.pointers } : {}),
      actor: {
        role: e.actor.role,
        professionalId: e.actor.professionalId,
        ...(e.actor.name ? { name: e.actor.name } : {}),
      },
      purpose: e.purpose,
      // The workflow step (event, deadline, instance) words the entry; other details stay in the audit.
      ...(e.action === 'workflow' && e.details ? { details: e.details } : {}),
    });
  }
  await core.record(ctx, {
    action: 'read',
    fileId: id,
    outcome: 'success',
    details: { view: 'timeline', items: items.length },
  });
  return ok(items);
}

/**
 * Names of files the actor may read administrative data of, for a view the caller audits.
 *
 * @example
 * const names = await namesOf(core, ctx, ['uf-1', 'uf-2']);
 */
export async function namesOf(
  core: EngineCore,
  ctx: CallContext,
  ids: string[],
): Promise<Map<string, { displayName?: string; birthDate?: string }>> {
  const out = new Map<string, { displayName?: string; birthDate?: string }>();
  for (const id of new Set(ids)) {
    const rec = await core.peek(id);
    if (!rec) continue;
    const grants = await core.grants(ctx, id);
    if (core.decideFor(ctx, rec, grants)('administrative', 'read').allowed)
      out.set(id, displayName(rec.data.file));
  }
  return out;
}
