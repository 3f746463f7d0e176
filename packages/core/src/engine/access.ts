/**
 * Who may reach a file: break-the-glass grants, care-team membership, legal representatives,
 * and the person's objection and restriction. Each change is audited.
 */
import type { CallContext } from '../actor.js';
import { inScope, type BreakGlassGrant } from '../policy/decide.js';
import type { AccessPolicy, Category } from '../policy/types.js';
import type { StoredRecord } from '../store/port.js';
import { COLLECTIONS, type EngineCore, type StoredUserFile } from './core.js';
import { shiftInstant } from './time.js';
import { ok, type EngineResult } from './result.js';
import type { UserFileMeta, UserFileView } from './types.js';
import { updateMeta } from './write.js';
import { isVisibleReason, visibleText } from '../policy/reason.js';

type GovernanceList = keyof AccessPolicy['governance'] | 'careTeamManagers';

/** Whether the actor holds a governance role over this file (role listed and file in scope). */
export function governs(
  core: EngineCore,
  ctx: CallContext,
  rec: StoredRecord<StoredUserFile>,
  list: GovernanceList,
): boolean {
  const g = core.policy.governance;
  const roles =
    list === 'careTeamManagers'
      ? core.policy.careTeam.managers
      : list === 'rightsRequestReaders'
        ? (g.rightsRequestReaders ?? g.rightsOfficers)
        : g[list];
  const inRole = roles.includes(ctx.actor.role);
  const scoped = inScope(core.policy, ctx, { fileId: rec.id, meta: rec.data.meta }, core.now());
  const establishment = ctx.actor.establishment === rec.data.meta.establishment;
  return inRole && (scoped || establishment);
}

/**
 * Opens a time-limited break-the-glass grant on a file (audited, flagged, alerted).
 *
 * @example
 * await openBreakGlass(core, ctx, rec, 'Chute nocturne, antécédents nécessaires');
 */
export async function openBreakGlass(
  core: EngineCore,
  ctx: CallContext,
  rec: StoredRecord<StoredUserFile>,
  reason: string,
): Promise<EngineResult<{ expiresAt: string }>> {
  const bg = core.policy.breakGlass;
  if (!bg.roles.includes(ctx.actor.role)) {
    return core.refuse(
      ctx,
      rec.id,
      'break-glass',
      core.error('break-glass-refused', 'engine.error.breakGlassRole', { role: ctx.actor.role }),
    );
  }
  if (!isVisibleReason(reason ?? '', bg.minReasonLength)) {
    return core.refuse(
      ctx,
      rec.id,
      'break-glass',
      core.error('break-glass-refused', 'engine.error.breakGlassReason', { min: bg.minReasonLength }),
    );
  }
  if (inScope(core.policy, ctx, { fileId: rec.id, meta: rec.data.meta }, core.now())) {
    return core.refuse(
      ctx,
      rec.id,
      'break-glass',
      core.error('break-glass-refused', 'engine.error.breakGlassNotNeeded'),
    );
  }
  const grantedAt = core.now();
  const grant: BreakGlassGrant = {
    professionalId: ctx.actor.professionalId,
    fileId: rec.id,
    reason: visibleText(reason),
    grantedAt,
    expiresAt: shiftInstant(grantedAt, bg.duration),
  };
  const key = `${rec.id}|${ctx.actor.professionalId}`;
  const existing = await core.store.get(COLLECTIONS.grants, key);
  await core.store.put(COLLECTIONS.grants, key, grant, existing?.version ?? null);
  await core.record(ctx, {
    action: 'break-glass',
    fileId: rec.id,
    categories: bg.categories,
    outcome: 'success',
    reason: grant.reason,
    breakGlass: true,
    details: { expiresAt: grant.expiresAt },
  });
  core.options.onAlert?.({
    kind: 'break-glass',
    fileId: rec.id,
    actor: ctx.actor.professionalId,
    reason: grant.reason,
  });
  return ok({ expiresAt: grant.expiresAt });
}

/** A metadata change guarded by a governance list and audited. */
export async function governedChange(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  list: GovernanceList,
  action: 'care-team' | 'restrict' | 'object' | 'retention' | 'litigation-hold',
  change: (meta: UserFileMeta) => UserFileMeta,
  details: Record<string, unknown>,
  opts: { personMayAct?: boolean; categories?: Category[]; reason?: string } = {},
): Promise<EngineResult<UserFileView>> {
  const rec = await core.load(id);
  if (!rec) return core.refuse(ctx, id, action, core.error('not-found', 'engine.error.notFound', { id }));
  const role = core.policy.roles[ctx.actor.role];
  const personActs =
    !!opts.personMayAct &&
    !!role?.isPerson &&
    inScope(core.policy, ctx, { fileId: id, meta: rec.data.meta }, core.now());
  if (!personActs && !governs(core, ctx, rec, list)) {
    return core.refuse(
      ctx,
      id,
      action,
      core.error('forbidden', 'engine.error.governance', { role: ctx.actor.role, operation: action }),
    );
  }
  const saved = await updateMeta(core, id, (meta) => ({ meta: change(meta) }));
  if (!saved) return core.refuse(ctx, id, action, core.error('not-found', 'engine.error.notFound', { id }));
  await core.record(ctx, {
    action,
    fileId: id,
    ...(opts.categories?.length ? { categories: opts.categories } : {}),
    outcome: 'success',
    ...(opts.reason ? { reason: opts.reason } : {}),
    details,
  });
  return ok(core.view(saved, {}, [], false));
}
