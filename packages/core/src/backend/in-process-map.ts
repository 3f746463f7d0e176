/**
 * Mapping between the stored user file (`schemas/user-file.schema.json`, TDDUI-aligned) and the
 * screen views of {@link DuiBackend}. Pure functions: the in-process backend reads through the
 * engine (access policy, audit) and only reshapes what the engine returned.
 */
import type { RestrictionMarker, UserFileView } from '../engine/types.js';
import type { Locale } from '../i18n/index.js';
import { statusAfter } from '../workflow/agreement.js';
import type {
  AssessmentSummary,
  EntourageMember,
  Guarded,
  IdentityView,
  PersonRef,
  StayView,
  SupportPlan,
  SupportPlanAgreement,
  SupportPlanInput,
  UserFileGlance,
} from './types.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const day = (v: unknown) => str(v)?.slice(0, 10);

const REASONS: Record<Locale, Record<RestrictionMarker['reason'], string>> = {
  fr: {
    forbidden: 'votre rôle n’y donne pas accès',
    objection: 'la personne s’est opposée à ce partage',
    restricted: 'traitement limité à la demande de la personne',
    archived: 'dossier archivé',
    'not-in-care-team': 'vous ne faites pas partie de l’équipe de soins',
  },
  en: {
    forbidden: 'your role gives no access',
    objection: 'the person objected to this sharing',
    restricted: 'processing restricted at the person’s request',
    archived: 'archived file',
    'not-in-care-team': 'you are not in the care team',
  },
};

/** The section is withheld when a marker covers its root pointer (or an ancestor of it). */
function guard<T>(view: UserFileView, roots: string[], locale: Locale, value: () => T): Guarded<T> {
  const hit = view.restricted.find((m) =>
    roots.some((root) => root === m.pointer || root.startsWith(m.pointer + '/') || m.pointer === ''),
  );
  return hit
    ? { restricted: true, reason: REASONS[locale][hit.reason] }
    : { restricted: false, value: value() };
}

/** The person as lists show them. */
export function personRef(view: UserFileView): PersonRef {
  const p = obj(view.file.person);
  const ins = obj(p.ins);
  const last = str(p.usedName) ?? str(ins.birthName);
  const firstName =
    str(p.usedFirstName) ?? (Array.isArray(ins.birthFirstNames) ? str(ins.birthFirstNames[0]) : undefined);
  const name = [firstName, last?.toUpperCase()].filter(Boolean).join(' ');
  return {
    userFileId: view.id,
    displayName: name || view.id,
    ...(day(ins.birthDate) ? { birthDate: day(ins.birthDate) } : {}),
  };
}

function identity(p: Obj): IdentityView {
  const ins = obj(p.ins);
  const place = obj(ins.birthPlace);
  const placeName = str(place.name);
  return {
    birthName: str(ins.birthName) ?? '',
    firstNames: Array.isArray(ins.birthFirstNames) ? ins.birthFirstNames.map(String) : [],
    ...(str(p.usedName) ? { usedName: str(p.usedName) } : {}),
    ...(str(p.usedFirstName) ? { usedFirstName: str(p.usedFirstName) } : {}),
    birthDate: day(ins.birthDate) ?? '',
    sex: (['F', 'M'].includes(str(ins.sex) ?? '') ? ins.sex : 'U') as IdentityView['sex'],
    ...(placeName
      ? { birthPlace: str(place.code) ? `${placeName} (${String(place.code)})` : placeName }
      : {}),
    insStatus: (str(p.identityStatus) ?? 'PROV') as IdentityView['insStatus'],
    ...(str(ins.matricule) ? { ins: { value: String(ins.matricule), oid: str(ins.oid) ?? '' } } : {}),
  };
}

const ROLE: Record<string, EntourageMember['role']> = {
  trustedPerson: 'trusted-person',
  emergencyContact: 'emergency-contact',
  family: 'family',
};

function entourage(p: Obj): EntourageMember[] {
  const people = arr(p.entourage).map((r): EntourageMember => {
    const roles = Array.isArray(r.roles) ? r.roles.map(String) : [];
    const phone = arr(r.telecoms).find((t) => t.system === 'phone');
    return {
      name: [str(r.firstName), str(r.lastName)].filter(Boolean).join(' '),
      role: ROLE[roles.find((x) => ROLE[x]) ?? ''] ?? 'other',
      ...(str(r.relationship) ? { relationship: str(r.relationship) } : {}),
      ...(phone && str(phone.value) ? { phone: str(phone.value) } : {}),
    };
  });
  const protection = arr(p.legalProtection).map((m): EntourageMember => ({
    name: str(obj(m.protector).name) ?? '',
    role: 'protector',
    measure: { type: str(m.kind) ?? '', ...(day(m.endDate) ? { endDate: day(m.endDate) } : {}) },
  }));
  return [...people, ...protection];
}

function stay(file: Obj): StayView | null {
  const stays = arr(file.stays);
  const s = stays.find((x) => x.status === 'active') ?? stays.at(-1);
  if (!s) return null;
  const c = obj(s.contract);
  const status =
    s.status === 'active'
      ? 'active'
      : s.status === 'absent'
        ? 'absent'
        : ['discharged', 'closed'].includes(String(s.status))
          ? 'discharged'
          : 'pre-admission';
  const entry = day(obj(s.actualEntry).at ?? s.actualEntry);
  return {
    establishment: str(file.finess) ?? str(s.establishmentId) ?? '',
    ...(entry ? { entryDate: entry } : {}),
    status,
    ...(s.contract
      ? {
          contract: {
            kind: c.kind === 'dipc' ? 'dipc' : 'contrat-de-sejour',
            status: c.signedAt
              ? 'signed'
              : c.refusedAt
                ? 'refused'
                : c.handedOverAt
                  ? 'handed-over'
                  : 'to-hand-over',
          },
        }
      : {}),
  };
}

const STATUS: Record<string, AssessmentSummary['status']> = {
  draft: 'draft',
  inProgress: 'draft',
  completed: 'to-validate',
  validated: 'validated',
  amended: 'replaced',
  cancelled: 'replaced',
};

/**
 * The assessments of a file as the screens list them.
 *
 * @example
 * assessments(view.file);
 */
export function assessments(file: Obj): AssessmentSummary[] {
  return arr(file.assessments).map((a) => {
    const r = obj(obj(a.aggir).result);
    const ev = obj(a.evaluator);
    const status = STATUS[String(a.status)] ?? 'to-validate';
    return {
      id: str(a.id) ?? '',
      type: a.type === 'aggir' ? 'aggir' : a.type === 'serafinNeeds' ? 'serafin' : 'other',
      date: day(a.date) ?? '',
      ...(ev.id
        ? {
            evaluator: {
              id: str(ev.id) ?? '',
              name: str(ev.name) ?? str(ev.id) ?? '',
              ...(str(ev.role) ? { role: str(ev.role) } : {}),
            },
          }
        : {}),
      status,
      ...(typeof r.gir === 'number'
        ? { gir: { gir: r.gir as 1, rank: Number(r.rank), group: r.group as 'A', score: Number(r.score) } }
        : {}),
    };
  });
}

const PLAN_STATUS: Record<string, SupportPlan['status']> = {
  draft: 'draft',
  inPreparation: 'draft',
  proposed: 'proposed',
  agreed: 'agreed',
  active: 'agreed',
  underReview: 'proposed',
  closed: 'revised',
  superseded: 'revised',
};

/**
 * The stored support-plan versions as screen views, oldest first.
 *
 * @example
 * supportPlans(view.id, view.file);
 */
export function supportPlans(fileId: string, file: Obj): SupportPlan[] {
  return arr(file.supportPlans)
    .map((p): SupportPlan => {
      const needs = arr(p.needs);
      const codeOf = new Map(needs.map((n) => [str(n.id), str(n.code)]));
      const actions = arr(p.actions);
      const serviceCode = new Map(arr(p.services).map((v) => [str(v.id), str(v.code)]));
      const disagreed = statusAfter(arr(p.agreements)) === 'disagreed';
      return {
        userFileId: fileId,
        version: Number(p.version),
        status: disagreed ? 'disagreed' : (PLAN_STATUS[String(p.status)] ?? 'draft'),
        createdAt: str(p.createdAt) ?? str(obj(p.period).start) ?? '',
        expectations: arr(p.expectations).map((e) => ({
          id: String(e.id),
          text: str(e.text) ?? '',
          origin: e.origin as 'person',
        })),
        needs: needs.map((n) => ({
          code: String(n.code),
          ...(str(n.description) ? { comment: str(n.description) } : {}),
        })),
        objectives: arr(p.objectives).map((o) => {
          const ref = obj(o.referent);
          const codes = (
            Array.isArray(o.needIds) ? o.needIds.map((id) => codeOf.get(String(id))) : []
          ).filter(Boolean) as string[];
          const opinion = obj(o.personOpinion);
          return {
            id: String(o.id),
            title: str(o.title) ?? '',
            needCodes: codes.length ? codes : str(o.domain) ? [String(o.domain)] : [],
            ...(ref.id
              ? { referent: { id: str(ref.id) ?? '', name: str(ref.name) ?? str(ref.id) ?? '' } }
              : {}),
            ...(day(o.startDate) ? { startDate: day(o.startDate) } : {}),
            ...(day(o.targetDate) ? { targetDate: day(o.targetDate) } : {}),
            ...(str(o.expectedResult) ? { expectedResult: str(o.expectedResult) } : {}),
            ...(str(opinion.comment) ? { personOpinion: str(opinion.comment) } : {}),
            actions: actions
              .filter((a) => Array.isArray(a.objectiveIds) && a.objectiveIds.includes(o.id))
              .map((a) => ({
                id: String(a.id),
                title: str(a.title) ?? '',
                ...(serviceCode.get(`svc-${String(a.id)}`)
                  ? { serafinCode: serviceCode.get(`svc-${String(a.id)}`) }
                  : {}),
                ...(str(a.frequency) ? { frequency: str(a.frequency) } : {}),
              })),
          };
        }),
        reviews: [
          ...arr(p.reviews).map((r) => ({
            date: day(r.date) ?? '',
            kind: (r.kind === 'final' ? 'final' : 'intermediate') as 'final',
            done: true,
          })),
          ...(day(p.nextReviewDue) ? [{ date: day(p.nextReviewDue)!, kind: 'intermediate' as const }] : []),
        ],
        agreements: arr(p.agreements).map((a) => ({
          party:
            a.party === 'establishment'
              ? 'structure'
              : a.party === 'legalRepresentative'
                ? 'legalRepresentative'
                : 'person',
          agreed: a.decision === 'agrees' || a.decision === 'agreesWithReservations',
          ...(str(a.comment) ? { opinion: str(a.comment) } : {}),
          ...(str(a.at) ? { at: str(a.at), on: str(a.at) } : {}),
          ...(a.method === 'signature' || a.method === 'oral-witnessed' ? { method: a.method } : {}),
          ...(a.witness ? { witness: a.witness as { name: string } } : {}),
          ...(a.representative
            ? { representative: a.representative as NonNullable<SupportPlanAgreement['representative']> }
            : {}),
        })),
      };
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * A new stored support-plan version (schema shape) from the screen's input. The person's opinion
 * text keeps the structured opinion of the same objective in the previous version, if any.
 *
 * @example
 * const record = toStoredPlan(input, { version: 3, personId: 'U-1', previous, today: '2026-03-10' });
 */
export function toStoredPlan(
  input: SupportPlanInput,
  o: { version: number; personId: string; previous?: Obj; today: string },
): Obj {
  const prevObjectives = new Map(arr(o.previous?.objectives).map((x) => [String(x.id), x]));
  const needs = input.needs.map((n, i) => ({
    id: `b-${i + 1}`,
    code: n.code,
    ...(n.comment ? { description: n.comment } : {}),
  }));
  const needId = new Map(needs.map((n) => [n.code, n.id]));
  const upcoming = input.reviews
    .filter((r) => !r.done)
    .map((r) => r.date)
    .sort()[0];
  return {
    id: `PP-${o.version}`,
    personId: o.personId,
    version: o.version,
    status: 'draft',
    period: { start: o.today },
    expectations: input.expectations.map((e) => ({ id: e.id, text: e.text, origin: e.origin })),
    needs,
    objectives: input.objectives.map((x) => {
      const prevOpinion = obj(prevObjectives.get(x.id)?.personOpinion);
      return {
        id: x.id,
        title: x.title,
        ...(x.needCodes[0] ? { domain: x.needCodes[0] } : {}),
        needIds: x.needCodes.map((c) => needId.get(c)).filter(Boolean),
        ...(x.startDate ? { startDate: x.startDate } : {}),
        ...(x.targetDate ? { targetDate: x.targetDate } : {}),
        ...(x.expectedResult ? { expectedResult: x.expectedResult } : {}),
        ...(x.referent
          ? { referent: { id: x.referent.id, kind: 'professional', name: x.referent.name } }
          : {}),
        ...(prevOpinion.opinion
          ? {
              personOpinion: {
                opinion: prevOpinion.opinion,
                ...(x.personOpinion ? { comment: x.personOpinion } : {}),
              },
            }
          : {}),
      };
    }),
    actions: input.objectives.flatMap((x) =>
      x.actions.map((a) => ({
        id: a.id,
        objectiveIds: [x.id],
        title: a.title,
        ...(a.frequency ? { frequency: a.frequency } : {}),
      })),
    ),
    // The schema keeps SERAFIN-PH codes on services (prestations), not on actions: one service
    // per coded action, tied to it by id (`svc-<action id>`) and to the objective.
    services: input.objectives.flatMap((x) =>
      x.actions
        .filter((a) => a.serafinCode)
        .map((a) => ({
          id: `svc-${a.id}`,
          code: a.serafinCode,
          description: a.title,
          ...(a.frequency ? { frequency: a.frequency } : {}),
          objectiveIds: [x.id],
        })),
    ),
    ...(upcoming ? { nextReviewDue: upcoming } : {}),
    previousVersionId: o.previous ? o.previous.id : undefined,
  };
}

/**
 * The file at a glance from the engine's filtered view (deadlines are added by the backend).
 *
 * @example
 * glance(view, 'fr', overdueDeadlines);
 */
export function glance(
  view: UserFileView,
  locale: Locale,
  deadlines: UserFileGlance['deadlines'],
): UserFileGlance {
  const file = view.file;
  const p = obj(file.person);
  const plans = supportPlans(view.id, file);
  return {
    id: view.id,
    person: personRef(view),
    identity: guard(view, ['/person/ins', '/person/identityStatus'], locale, () => identity(p)),
    entourage: guard(view, ['/person/entourage', '/person/legalProtection'], locale, () => entourage(p)),
    stay: guard(view, ['/stays'], locale, () => stay(file)),
    objectives: guard(view, ['/supportPlans'], locale, () =>
      (plans.at(-1)?.objectives ?? []).map((o) => ({
        id: o.id,
        title: o.title,
        ...(o.targetDate ? { targetDate: o.targetDate } : {}),
        ...(o.referent ? { referent: o.referent } : {}),
      })),
    ),
    assessments: guard(view, ['/assessments'], locale, () => assessments(file)),
    deadlines,
  };
}
