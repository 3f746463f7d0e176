/**
 * The care team and the establishment's professionals: who is in the team and what each may do
 * per data category, who could join, who may manage it — with names and role titles.
 */
import type { DirectoryProfessional } from '../engine/establishments.js';
import { fromEngine, type Scope } from './scope.js';
import type { BackendResult, CareTeamView, DuiBackend, ProfessionalRef } from './types.js';

type TeamOps = Pick<
  DuiBackend,
  'getCareTeam' | 'addCareTeamMember' | 'removeCareTeamMember' | 'getProfessionals'
>;

/**
 * The care-team operations bound to one call scope.
 *
 * @example
 * const ops = teamOps(scope);
 */
export function teamOps(s: Scope): TeamOps {
  const { labels } = s;
  const ref = (p: Pick<DirectoryProfessional, 'professionalId' | 'role' | 'name'>): ProfessionalRef =>
    labels.professional(p);
  const staff = async () => {
    const r = await s.engine.professionals(s.ctx);
    return r.ok ? r.value : [];
  };

  const getCareTeam = async (userFileId: string): Promise<BackendResult<CareTeamView>> => {
    const r = await s.engine.careTeam(s.ctx, userFileId);
    if (!r.ok) return fromEngine<never>(s, r);
    const people = await staff();
    const byId = new Map(people.map((p) => [p.professionalId, p]));
    const inTeam = new Set(r.value.members.map((m) => m.professionalId));
    const view: CareTeamView = {
      userFileId,
      members: r.value.members.map((m) => ({
        professional: ref({
          professionalId: m.professionalId,
          role: m.role,
          name: byId.get(m.professionalId)?.name ?? m.professionalId,
        }),
        since: m.since,
        ...(m.until ? { until: m.until } : {}),
        ...(m.byDefault ? { byDefault: true } : {}),
        access: m.access.map((a) => ({ ...a, title: labels.category(a.category) })),
      })),
      canManage: r.value.canManage,
      // Roles scoped to the care team are the ones membership opens files to.
      candidates: r.value.canManage
        ? people
            .filter(
              (p) => !inTeam.has(p.professionalId) && s.engine.policy.roles[p.role]?.scope === 'care-team',
            )
            .filter((p) => p.establishment === r.value.establishment)
            .map(ref)
        : [],
      managers: s.engine.policy.careTeam.managers.map((m) => labels.role(m)),
    };
    return { ok: true as const, value: view };
  };

  return {
    getCareTeam,
    async addCareTeamMember(userFileId, member) {
      const r = await s.engine.addCareTeamMember(s.ctx, userFileId, {
        professionalId: member.professionalId,
        ...(member.until ? { until: member.until } : {}),
      });
      return r.ok ? getCareTeam(userFileId) : fromEngine<never>(s, r);
    },
    async removeCareTeamMember(userFileId, professionalId) {
      const r = await s.engine.removeCareTeamMember(s.ctx, userFileId, professionalId);
      return r.ok ? getCareTeam(userFileId) : fromEngine<never>(s, r);
    },
    async getProfessionals() {
      return { ok: true, value: (await staff()).map(ref) };
    },
  };
}
