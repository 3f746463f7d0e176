/**
 * The care team (équipe de soins, CSP L1110-12) beyond adding and removing members: the default
 * team a new file starts with (from the establishment configuration and the host's directory),
 * what each member may do per category, and who may manage it.
 */
import type { CallContext } from '../actor.js';
import { decide } from '../policy/decide.js';
import { CATEGORIES, type Category } from '../policy/types.js';
import { governs } from './access.js';
import type { EngineCore } from './core.js';
import { establishmentProfile, type DirectoryProfessional } from './establishments.js';
import { openForRead } from './read.js';
import { ok, type EngineResult } from './result.js';
import type { CareTeamMember } from './model.js';

/** A member with what they may do on each category of this file. */
export interface CareTeamMemberAccess extends CareTeamMember {
  access: { category: Category; read: boolean; write: boolean }[];
}

/** The care team of one file, as the engine lets the actor see it. */
export interface CareTeamDetails {
  userFileId: string;
  establishment: string;
  members: CareTeamMemberAccess[];
  /** The actor may add and remove members. */
  canManage: boolean;
}

/**
 * The professionals who join a new file's care team by the establishment's configuration.
 *
 * @example
 * await defaultCareTeam(core, '690000013', now); // [{ professionalId: 'dr-1', role: 'coordinating-physician', byDefault: true, … }]
 */
export async function defaultCareTeam(
  core: EngineCore,
  establishment: string,
  since: string,
): Promise<CareTeamMember[]> {
  const directory = core.options.directory;
  if (!directory) return [];
  const profile = establishmentProfile(core.establishments, directory, establishment);
  const roles = new Set(profile.defaultCareTeam.map((r) => r.role));
  if (roles.size === 0) return [];
  const staff = await directory.professionals(establishment);
  return staff
    .filter((p) => roles.has(p.role) && p.establishment === establishment)
    .map((p) => ({ professionalId: p.professionalId, role: p.role, since, byDefault: true }));
}

/**
 * A professional of the directory working in an establishment, or undefined.
 *
 * @example
 * await findProfessional(core, '690000013', 'dr-1');
 */
export async function findProfessional(
  core: EngineCore,
  establishment: string,
  professionalId: string,
): Promise<DirectoryProfessional | undefined> {
  const staff = (await core.options.directory?.professionals(establishment)) ?? [];
  return staff.find((p) => p.professionalId === professionalId && p.establishment === establishment);
}

/**
 * The care team of a file with each member's access; the read is audited like a read of the file.
 *
 * @example
 * const r = await careTeamDetails(core, ctx, 'uf-1');
 */
export async function careTeamDetails(
  core: EngineCore,
  ctx: CallContext,
  id: string,
): Promise<EngineResult<CareTeamDetails>> {
  const opened = await openForRead(core, ctx, id);
  if (!opened.ok) return opened;
  const { rec } = opened.value;
  const meta = rec.data.meta;
  const now = core.now();
  const members = meta.careTeam
    .filter((m) => !m.until || m.until > now)
    .map((m): CareTeamMemberAccess => {
      const as: CallContext = {
        actor: { professionalId: m.professionalId, role: m.role, establishment: meta.establishment },
        purpose: ctx.purpose,
      };
      const can = (c: Category, a: 'read' | 'write') =>
        decide(core.policy, as, { fileId: id, meta }, c, a, now, []).allowed;
      return {
        ...m,
        access: CATEGORIES.map((category) => ({
          category,
          read: can(category, 'read'),
          write: can(category, 'write'),
        })),
      };
    });
  await core.record(ctx, {
    action: 'read',
    fileId: id,
    categories: ['administrative'],
    outcome: 'success',
    details: { view: 'care-team', members: members.length },
  });
  return ok({
    userFileId: id,
    establishment: meta.establishment,
    members,
    canManage: governs(core, ctx, rec, 'careTeamManagers'),
  });
}
