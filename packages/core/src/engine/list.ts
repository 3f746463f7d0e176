/**
 * Listing the files an actor may open. The store reads only those the role's scope reaches, by
 * an indexed condition (establishment, care-team membership, representation: ADR 0030), never the
 * whole collection filtered here.
 */
import type { CallContext } from '../actor.js';
import { CATEGORIES } from '../policy/types.js';
import type { WhereCondition } from '../store/port.js';
import { matchesWhere } from '../store/query.js';
import { COLLECTIONS, type EngineCore, type StoredUserFile } from './core.js';
import { displayName } from './read.js';
import { ok, type EngineResult } from './result.js';
import type { LifecyclePhase, UserFileSummary } from './types.js';

/**
 * The indexed condition that narrows a listing to the files the actor's role scope can reach
 * (every file for a role without one).
 *
 * @example
 * scopeWhere(core, nurseCtx); // { 'meta.careTeam.professionalId': { contains: 'pro-nurse' } }
 */
export function scopeWhere(core: EngineCore, ctx: CallContext): Record<string, WhereCondition> {
  switch (core.policy.roles[ctx.actor.role]?.scope) {
    case 'establishment':
      return { 'meta.establishment': ctx.actor.establishment };
    case 'care-team':
      return { 'meta.careTeam.professionalId': { contains: ctx.actor.professionalId } };
    case 'represented':
      return { 'meta.representatives.professionalId': { contains: ctx.actor.professionalId } };
    default:
      return {};
  }
}

/**
 * The stored files the role's scope can reach, read by an indexed condition (ADR 0030): the
 * caller still decides on each one (dates of membership, objections, restrictions).
 */
async function reachable(core: EngineCore, ctx: CallContext, phase?: LifecyclePhase) {
  const scope = core.policy.roles[ctx.actor.role]?.scope;
  if (!scope) return []; // a role the policy does not know may read nothing
  const where = { ...scopeWhere(core, ctx), ...(phase ? { 'meta.phase': phase } : {}) };
  if (scope !== 'self') return core.store.query<StoredUserFile>(COLLECTIONS.files, { where });
  // The person's own file is the one whose id is theirs.
  const own = await core.store.get<StoredUserFile>(COLLECTIONS.files, ctx.actor.professionalId);
  return own && matchesWhere(own.data, where) ? [own] : [];
}

/**
 * The files the actor may open, with names only when administrative data are readable.
 *
 * @example
 * const r = await listUserFiles(core, ctx, { phase: 'active' });
 */
export async function listUserFiles(
  core: EngineCore,
  ctx: CallContext,
  query: { phase?: LifecyclePhase; limit?: number } = {},
): Promise<EngineResult<UserFileSummary[]>> {
  const all = await reachable(core, ctx, query.phase);
  const out: UserFileSummary[] = [];
  for (const rec of all) {
    const can = core.decideFor(ctx, rec, []);
    if (!CATEGORIES.some((c) => can(c, 'read').allowed)) continue;
    const m = rec.data.meta;
    out.push({
      id: rec.id,
      version: rec.version,
      updatedAt: rec.updatedAt,
      establishment: m.establishment,
      phase: m.phase,
      ...(can('administrative', 'read').allowed ? displayName(rec.data.file) : {}),
    });
    if (query.limit && out.length >= query.limit) break;
  }
  await core.record(ctx, { action: 'list', outcome: 'success', details: { count: out.length } });
  return ok(out);
}
