/**
 * Named guards and data actions that carry rules of law the condition language cannot express
 * (dates compared with dates, a document chosen from a table, the user file's protection
 * measures). Each names its source; the values it reads are data in the workflow files.
 */
import { Temporal } from 'temporal-polyfill';
import { computeGir } from '../aggir/gir.js';
import type { AggirVariables } from '../aggir/types.js';
import { evaluateCondition } from '../conditions/evaluate.js';
import type { Condition } from '../conditions/types.js';
import { getAtPointer, setAtPointer } from '../json/pointer.js';
import type { GuardInput, NamedGuard } from './builtins.js';
import { parisDate } from './dates.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const payloadOf = (input: GuardInput) => obj(input.event.payload);
const extra = (input: GuardInput, params: Obj) =>
  params.condition === undefined || evaluateCondition(params.condition as Condition, input);

/**
 * Whether a person born on `birthDate` is under 18 on `on` (both `YYYY-MM-DD`).
 *
 * @example
 * isMinorOn('2010-03-15', '2028-03-14'); // true
 * isMinorOn('2010-03-15', '2028-03-15'); // false
 */
export function isMinorOn(birthDate: string, on: string): boolean {
  const adult = Temporal.PlainDate.from(birthDate.slice(0, 10)).add({ years: 18 });
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(on.slice(0, 10)), adult) < 0;
}

const birthDateOf = (input: GuardInput) => getAtPointer(input, '/userFile/person/ins/birthDate');

/** The document CASF D311 requires for this admission, and why. */
export function requiredContractDocument(
  input: GuardInput,
  params: { contractCategories?: string[]; minimumStayMonths?: number },
): { document: 'contrat-sejour' | 'dipc'; reason: string } {
  const ctx = input.context;
  const request = obj(ctx.request);
  const p = input.params;
  if (obj(ctx.contract).signatureRefused === true) return { document: 'dipc', reason: 'signature-refused' };
  if (p.homeSupport === true) return { document: 'dipc', reason: 'home-support' };
  if (request.judicialEducationalMeasure === true)
    return { document: 'dipc', reason: 'judicial-educational-measure' };
  const category = typeof p.l312Category === 'string' ? p.l312Category : '';
  // An unconfigured category ('') leaves the choice to the length of the stay alone.
  if (category && !(params.contractCategories ?? []).includes(category))
    return { document: 'dipc', reason: 'category' };
  const months = typeof request.plannedStayMonths === 'number' ? request.plannedStayMonths : undefined;
  const min = params.minimumStayMonths ?? 2;
  // "Plus de deux mois": a permanent stay counts as longer unless a shorter length is given.
  const longer = months !== undefined ? months > min : request.stayType === 'permanent';
  return longer
    ? { document: 'contrat-sejour', reason: 'long-stay' }
    : { document: 'dipc', reason: 'short-stay' };
}

const REPRESENTATION_MEASURES = ['tutelle', 'habilitationFamiliale', 'mandatProtectionFuture'];

/**
 * Whether a legal representative may consent for the person on `on` (CASF L311-3 3°): parental
 * authority while the person is a minor, or a current measure of this kind with representation
 * relating to the person (`scope` person or both) recorded in the user file. Curatelle is
 * assistance, not representation: the person consents.
 *
 * @example
 * mandateHolds(file, 'tutelle', '2026-06-15');
 */
export function mandateHolds(file: unknown, kind: string, on: string): boolean {
  if (kind === 'parentalAuthority') {
    const birth = getAtPointer(file, '/person/ins/birthDate');
    return typeof birth === 'string' && isMinorOn(birth, on);
  }
  const list = getAtPointer(file, '/person/legalProtection');
  if (!Array.isArray(list) || !REPRESENTATION_MEASURES.includes(kind)) return false;
  return list.some((m: Obj) => {
    const start = typeof m.startDate === 'string' ? m.startDate.slice(0, 10) : '9999-12-31';
    const end = typeof m.endDate === 'string' ? m.endDate.slice(0, 10) : '9999-12-31';
    return m.kind === kind && ['person', 'both'].includes(String(m.scope)) && start <= on && on <= end;
  });
}

/**
 * Legal guards:
 * - `contractDocument` `{ is, contractCategories, minimumStayMonths }`: `is` is the document CASF
 *   D311 requires (see {@link requiredContractDocument}) and the payload names no other one.
 * - `minor`: the person (user file's birth date) is under 18 today, Paris time (CASF L311-5-1
 *   addresses the trusted person to adults).
 * - `agreementParty`: the acting role matches the party who agrees (the person, or the legal
 *   representative), and a representative's mandate is parental authority over a minor or a
 *   current measure with representation of the person in the user file (CASF L311-3 3°).
 * - `storedAssessment` `{ condition? }`: an AGGIR report points at a stored grid whose GIR the
 *   engine computed (CASF annex 2-2); other kinds pass. `condition` must hold too.
 */
export const legalGuards: Record<string, NamedGuard> = {
  contractDocument: (input, params) => {
    const wanted = payloadOf(input).documentType;
    const required = requiredContractDocument(input, params).document;
    return required === params.is && (wanted === undefined || wanted === required) && extra(input, params);
  },
  minor: (input) => {
    const birth = birthDateOf(input);
    return typeof birth === 'string' && isMinorOn(birth, parisDate(new Date(input.now)));
  },
  agreementParty: (input) => {
    const p = payloadOf(input);
    if (p.party === undefined) return true; // listing events: the payload decides at `send`
    const actor = input.event.actor;
    const role = actor && actor !== 'system' ? actor.role : undefined;
    if (role === 'person' && p.party !== 'person') return false;
    if (role === 'legal-representative' && p.party !== 'legalRepresentative') return false;
    if (p.party !== 'legalRepresentative') return true;
    const on = typeof p.on === 'string' ? p.on : parisDate(new Date(input.now));
    const kind = obj(p.mandate).kind;
    return typeof kind === 'string' && mandateHolds(input.userFile, kind, on);
  },
  storedAssessment: (input, params) => {
    const p = payloadOf(input);
    if (p.kind !== 'aggir') return extra(input, params);
    return storedAggir(input, p.assessmentId) !== undefined && extra(input, params);
  },
};

/** The stored AGGIR record `id` of the user file, when its GIR follows from its stored letters. */
function storedAggir(input: GuardInput, id: unknown): Obj | undefined {
  const list = getAtPointer(input, '/userFile/assessments');
  if (typeof id !== 'string' || !Array.isArray(list)) return undefined;
  const rec = (list as Obj[]).find((a) => a?.id === id && a.type === 'aggir');
  const aggir = obj(rec?.aggir);
  const result = obj(aggir.result);
  const variables = Object.fromEntries(
    Object.entries(obj(aggir.discriminant)).map(([k, v]) => [k, obj(v).result]),
  ) as AggirVariables;
  try {
    return computeGir(variables).gir === result.gir ? rec : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Legal data actions:
 * - `recordAssessment` `{ path }`: copies the GIR, group, rank and score the engine computed for
 *   the stored grid the payload points at, so the instance never carries a typed GIR.
 */
export const legalDataActions: Record<string, (input: GuardInput, params: Obj) => Obj> = {
  recordAssessment: (input, params) => {
    const rec = storedAggir(input, payloadOf(input).assessmentId);
    const path = String(params.path);
    const base = { ...obj(getAtPointer(input.context, path)) };
    delete base.gir;
    if (!rec) return setAtPointer(input.context, path, base);
    const r = obj(obj(rec.aggir).result);
    return setAtPointer(input.context, path, {
      ...base,
      gir: r.gir,
      group: r.group,
      rank: r.rank,
      score: r.score,
      computedBy: 'engine',
    });
  },
};
