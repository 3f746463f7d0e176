/**
 * The access decision: may this actor do this action on this category of this file, now?
 * Pure and synchronous, so screens can ask (`engine.can`) and tests can sweep the whole matrix.
 */
import type { CallContext } from '../actor.js';
import type { UserFileMeta } from '../engine/types.js';
import type { AccessPolicy, Category, PolicyAction, RolePolicy } from './types.js';

/** A break-the-glass grant held by one professional on one file. */
export interface BreakGlassGrant {
  professionalId: string;
  fileId: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
}

/** Why access is refused. */
export type DenyReason = 'forbidden' | 'not-in-care-team' | 'objection' | 'restricted' | 'archived';

/** The outcome of {@link decide}. */
export type Decision =
  { allowed: true; via: 'role' | 'break-glass' } | { allowed: false; reason: DenyReason };

/** What the decision looks at about the file. */
export interface AccessSubject {
  fileId: string;
  meta: UserFileMeta;
}

const current = (p: { since?: string; until?: string }, now: string) =>
  (!p.since || p.since <= now) && (!p.until || p.until > now);

/**
 * The actions a role may do on a category in an establishment (overrides applied).
 *
 * @example
 * allowedActions(policy, 'nurse', '750000001', 'health'); // ['read', 'write']
 */
export function allowedActions(
  policy: AccessPolicy,
  role: string,
  establishment: string,
  category: Category,
): PolicyAction[] {
  const r: RolePolicy | undefined = policy.roles[role];
  if (!r) return [];
  const override = policy.establishments?.[establishment]?.roles?.[role]?.permissions?.[category];
  return override ?? r.permissions[category] ?? [];
}

/** Whether the actor's scope reaches the file (without break-the-glass). */
export function inScope(
  policy: AccessPolicy,
  ctx: CallContext,
  subject: AccessSubject,
  now: string,
): boolean {
  const { actor } = ctx;
  const role = policy.roles[actor.role];
  if (!role) return false;
  const { meta } = subject;
  switch (role.scope) {
    case 'establishment':
      return actor.establishment === meta.establishment;
    case 'care-team':
      return meta.careTeam.some((m) => m.professionalId === actor.professionalId && current(m, now));
    case 'self':
      return actor.professionalId === subject.fileId;
    case 'represented':
      return meta.representatives.some((r) => r.professionalId === actor.professionalId && current(r, now));
  }
}

/**
 * Decides one (category, action) for one actor on one file.
 *
 * @example
 * const d = decide(policy, ctx, { fileId, meta }, 'health', 'read', new Date().toISOString(), grants);
 * if (!d.allowed) console.log(d.reason);
 */
export function decide(
  policy: AccessPolicy,
  ctx: CallContext,
  subject: AccessSubject,
  category: Category,
  action: PolicyAction,
  now: string,
  grants: readonly BreakGlassGrant[] = [],
): Decision {
  const role = policy.roles[ctx.actor.role];
  if (!role) return { allowed: false, reason: 'forbidden' };
  if (!allowedActions(policy, ctx.actor.role, subject.meta.establishment, category).includes(action)) {
    return { allowed: false, reason: 'forbidden' };
  }
  let via: 'role' | 'break-glass' = 'role';
  if (!inScope(policy, ctx, subject, now)) {
    const bg = policy.breakGlass;
    const granted = grants.some(
      (g) =>
        g.professionalId === ctx.actor.professionalId &&
        g.fileId === subject.fileId &&
        g.grantedAt <= now &&
        g.expiresAt > now,
    );
    if (
      !granted ||
      !bg.roles.includes(ctx.actor.role) ||
      !bg.categories.includes(category) ||
      !bg.actions.includes(action)
    ) {
      return { allowed: false, reason: 'not-in-care-team' };
    }
    via = 'break-glass';
  }
  const { meta } = subject;
  const writing = action === 'write' || action === 'sign';
  if (meta.phase === 'archived' || meta.phase === 'anonymised') {
    if (writing) return { allowed: false, reason: 'archived' };
    if (!role.isPerson && !policy.governance.archiveReaders.includes(ctx.actor.role))
      return { allowed: false, reason: 'archived' };
  }
  if (meta.restrictions.some((r) => r.categories.includes(category))) {
    if (writing) return { allowed: false, reason: 'restricted' };
    if (!role.isPerson && !policy.governance.restrictionReaders.includes(ctx.actor.role))
      return { allowed: false, reason: 'restricted' };
  }
  if (!role.isPerson && !(via === 'break-glass' && policy.breakGlass.overridesObjection)) {
    const objected = meta.objections.some(
      (o) => o.categories.includes(category) && (!o.roles || o.roles.includes(ctx.actor.role)),
    );
    if (objected) return { allowed: false, reason: 'objection' };
  }
  return { allowed: true, via };
}
