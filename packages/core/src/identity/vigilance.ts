/**
 * Identity vigilance (RNIV, INS référentiel): the INS travels only with its five traits and a
 * status; the matricule agrees with the sex, birth year and month; QUAL needs both the INSi
 * retrieval and a high-trust document check, VALI the document (accepted per context, by
 * configuration); changing a strict trait of a QUAL or VALI identity makes it fall back (RECUP
 * when its INS came from INSi, PROV otherwise); the test and demo OIDs are refused in
 * production; every status change is kept in the identity history, written by the engine.
 */
import type { Actor } from '../actor.js';
import { parisDate } from '../workflow/dates.js';
import { isMinorOn } from '../workflow/legal-guards.js';
import { defaultIdentityVigilance, type IdentityVigilanceConfig } from './config.js';
import { nirMismatch } from './nir.js';

/** The test and demo OIDs of the INS (FR Core): never valid in production. */
export const TEST_INS_OIDS: readonly string[] = ['1.2.250.1.213.1.4.10', '1.2.250.1.213.1.4.11'];

/** The RNIV's high-trust documents for an adult (the `default` context of the shipped configuration). */
export const DOCUMENT_EVIDENCE: readonly string[] =
  defaultIdentityVigilance.acceptedDocuments.default.documents;

/** Evidence value meaning the INSi teleservice returned the identity. */
export const INSI_EVIDENCE = 'insiService';

/** The strict traits of the RNIV: changing one makes a QUAL or VALI identity fall back. */
export const STRICT_TRAITS = ['birthName', 'birthFirstNames', 'birthDate', 'sex', 'birthPlace'] as const;

type Json = Record<string, unknown>;

/** A refusal, with the i18n key, its parameters and the JSON Pointer (relative to the person). */
export interface IdentityProblem {
  key: string;
  path: string;
  params?: Record<string, string>;
}

/** What the identity change rests on. */
export interface IdentityChangeInput {
  mode: 'production' | 'test' | 'demo';
  now: string;
  actor: Actor;
  reason?: string;
  /**
   * Evidence of a status change (`identityCard`, `passport`, `insiService`, …). Going straight to
   * QUAL takes both: `['insiService', 'identityCard']` is recorded as RECUP then QUAL.
   */
  evidence?: string | string[];
  /** The accepted documents by context (default: the RNIV's). */
  config?: IdentityVigilanceConfig;
  /** The context whose documents apply (default: `minor` under 18, else `default`). */
  documentContext?: string;
}

const present = (v: unknown) =>
  v !== undefined &&
  v !== null &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const traitValue = (ins: Json, t: string) =>
  t === 'birthPlace' ? (ins[t] as Json | undefined)?.code : ins[t];

/** The checks that need no history: traits with the INS, NIR against the traits, test OIDs. */
function shapeProblem(ins: Json, status: string | undefined, mode: string): IdentityProblem | undefined {
  const insWritten = present(ins.matricule) || present(ins.oid);
  if (insWritten) {
    for (const t of STRICT_TRAITS) {
      if (!present(ins[t]) || (t === 'birthPlace' && !present((ins[t] as Json).code)))
        return { key: 'engine.identity.traitMissing', path: `/ins/${t}`, params: { trait: t } };
    }
    if (!present(ins.matricule)) return { key: 'engine.identity.matriculeMissing', path: '/ins/matricule' };
    if (!present(ins.oid)) return { key: 'engine.identity.oidMissing', path: '/ins/oid' };
    if (!status) return { key: 'engine.identity.statusMissing', path: '/identityStatus' };
  }
  if (typeof ins.matricule === 'string') {
    const mismatch = nirMismatch(ins.matricule, ins);
    if (mismatch) return { key: `law.identity.nir.${mismatch}`, path: '/ins/matricule' };
  }
  if (typeof ins.oid === 'string' && TEST_INS_OIDS.includes(ins.oid) && mode === 'production')
    return { key: 'engine.identity.testOid', path: '/ins/oid', params: { oid: ins.oid } };
  return undefined;
}

/**
 * Checks a new person identity against the previous one and returns it with the engine-kept
 * history, or the first problem.
 *
 * @example
 * const r = applyIdentityChange(next, prev, { mode: 'production', now, actor, evidence: 'insiService' });
 * if (!r.ok) console.log(r.problem.path);
 */
export function applyIdentityChange(
  next: Json,
  prev: Json | undefined,
  input: IdentityChangeInput,
): { ok: true; person: Json; statusChanged: boolean } | { ok: false; problem: IdentityProblem } {
  const ins = (next.ins ?? {}) as Json;
  const prevIns = (prev?.ins ?? {}) as Json;
  const requested = next.identityStatus as string | undefined;
  const bad = shapeProblem(ins, requested, input.mode);
  if (bad) return { ok: false, problem: bad };

  const config = input.config ?? defaultIdentityVigilance;
  const birth = typeof ins.birthDate === 'string' ? ins.birthDate : undefined;
  const context =
    input.documentContext ??
    (birth && isMinorOn(birth, parisDate(new Date(input.now))) ? 'minor' : 'default');
  const accepted = config.acceptedDocuments[context]?.documents as readonly string[] | undefined;
  if (!accepted)
    return {
      ok: false,
      problem: { key: 'law.identity.unknownContext', path: '/identityStatus', params: { context } },
    };

  const history = [...((prev?.identityHistory as Json[] | undefined) ?? [])];
  const entry = (status: string, extra: Json = {}) => ({
    status,
    at: input.now,
    by: {
      id: input.actor.professionalId,
      role: input.actor.role,
      ...(input.actor.name ? { name: input.actor.name } : {}),
    },
    ...(input.reason ? { reason: input.reason } : {}),
    ...extra,
  });
  const prevStatus = prev?.identityStatus as string | undefined;
  let base = prevStatus;
  const changed = prev ? STRICT_TRAITS.filter((t) => !same(traitValue(prevIns, t), traitValue(ins, t))) : [];
  if (changed.length && (prevStatus === 'QUAL' || prevStatus === 'VALI')) {
    // RNIV: a strict trait changed, the checks it rested on no longer hold.
    base = prevStatus === 'QUAL' && present(ins.matricule) ? 'RECUP' : 'PROV';
    history.push(
      entry(base, { changedTraits: changed, ...(base === 'RECUP' ? { evidence: INSI_EVIDENCE } : {}) }),
    );
  }
  const status = requested === prevStatus ? base : requested;
  if (status && status !== base) {
    const evs = input.evidence === undefined ? [] : [input.evidence].flat();
    const doc = evs.find((e) => accepted.includes(e));
    const insi = evs.includes(INSI_EVIDENCE);
    const lastFall = history.map((h) => h.changedTraits !== undefined).lastIndexOf(true);
    const since = history.slice(Math.max(lastFall, 0));
    const hadInsi = since.some((h) => h.evidence === INSI_EVIDENCE);
    const hadDoc = since.some((h) => h.status === 'VALI' || h.status === 'QUAL');
    if (status === 'RECUP' && !insi)
      return { ok: false, problem: { key: 'engine.identity.recupNeedsInsi', path: '/identityStatus' } };
    if (status === 'VALI' && !doc)
      return { ok: false, problem: { key: 'engine.identity.valiNeedsDocument', path: '/identityStatus' } };
    if (status === 'QUAL') {
      if (!present(ins.matricule))
        return { ok: false, problem: { key: 'engine.identity.qualNeedsIns', path: '/ins/matricule' } };
      if (!insi && !hadInsi)
        return { ok: false, problem: { key: 'engine.identity.qualNeedsInsi', path: '/identityStatus' } };
      if (!doc && !hadDoc)
        return { ok: false, problem: { key: 'engine.identity.qualNeedsDocument', path: '/identityStatus' } };
      if (insi && doc) history.push(entry('RECUP', { evidence: INSI_EVIDENCE }));
      history.push(entry('QUAL', { evidence: doc ?? INSI_EVIDENCE }));
    } else {
      const evidence = status === 'RECUP' ? INSI_EVIDENCE : (doc ?? evs[0]);
      history.push(entry(status, evidence ? { evidence } : {}));
    }
  }
  const final = status ?? base;
  return {
    ok: true,
    person: {
      ...next,
      ...(final ? { identityStatus: final } : {}),
      ...(history.length ? { identityHistory: history } : {}),
    },
    statusChanged: !!final && final !== prevStatus,
  };
}
