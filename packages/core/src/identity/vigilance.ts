/**
 * Identity vigilance (RNIV, INS référentiel): the INS travels only with its five traits and a
 * status; QUAL needs both the INSi retrieval and a high-trust document check; the test and demo
 * OIDs are refused in production; every status change is kept in the identity history, written
 * by the engine (a caller cannot rewrite it).
 */
import type { Actor } from '../actor.js';

/** The test and demo OIDs of the INS (FR Core): never valid in production. */
export const TEST_INS_OIDS: readonly string[] = ['1.2.250.1.213.1.4.10', '1.2.250.1.213.1.4.11'];

/** Evidence values that are a high-trust identity document (RNIV). */
export const DOCUMENT_EVIDENCE: readonly string[] = ['identityCard', 'passport', 'residencePermit'];

/** Evidence value meaning the INSi teleservice returned the identity. */
export const INSI_EVIDENCE = 'insiService';

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
}

const TRAITS = ['birthName', 'birthFirstNames', 'birthDate', 'sex', 'birthPlace'] as const;

const present = (v: unknown) =>
  v !== undefined &&
  v !== null &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

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
  const insWritten = present(ins.matricule) || present(ins.oid);
  const status = next.identityStatus as string | undefined;

  if (insWritten) {
    for (const t of TRAITS) {
      if (!present(ins[t]) || (t === 'birthPlace' && !present((ins[t] as Json).code))) {
        return {
          ok: false,
          problem: { key: 'engine.identity.traitMissing', path: `/ins/${t}`, params: { trait: t } },
        };
      }
    }
    if (!present(ins.matricule))
      return { ok: false, problem: { key: 'engine.identity.matriculeMissing', path: '/ins/matricule' } };
    if (!present(ins.oid))
      return { ok: false, problem: { key: 'engine.identity.oidMissing', path: '/ins/oid' } };
    if (!status)
      return { ok: false, problem: { key: 'engine.identity.statusMissing', path: '/identityStatus' } };
  }
  if (typeof ins.oid === 'string' && TEST_INS_OIDS.includes(ins.oid) && input.mode === 'production') {
    return {
      ok: false,
      problem: { key: 'engine.identity.testOid', path: '/ins/oid', params: { oid: ins.oid } },
    };
  }

  const history = [...((prev?.identityHistory as Json[] | undefined) ?? [])];
  const prevStatus = prev?.identityStatus as string | undefined;
  const statusChanged = !!status && status !== prevStatus;
  if (statusChanged) {
    const evs =
      input.evidence === undefined ? [] : Array.isArray(input.evidence) ? input.evidence : [input.evidence];
    const doc = evs.find((e) => DOCUMENT_EVIDENCE.includes(e));
    const insi = evs.includes(INSI_EVIDENCE);
    if (status === 'RECUP' && !insi) {
      return { ok: false, problem: { key: 'engine.identity.recupNeedsInsi', path: '/identityStatus' } };
    }
    if (status === 'VALI' && !doc) {
      return { ok: false, problem: { key: 'engine.identity.valiNeedsDocument', path: '/identityStatus' } };
    }
    const entry = (s: string, ev: string | undefined) => ({
      status: s,
      at: input.now,
      by: {
        id: input.actor.professionalId,
        role: input.actor.role,
        ...(input.actor.name ? { name: input.actor.name } : {}),
      },
      ...(input.reason ? { reason: input.reason } : {}),
      ...(ev ? { evidence: ev } : {}),
    });
    if (status === 'QUAL' && insi && doc) history.push(entry('RECUP', INSI_EVIDENCE), entry('QUAL', doc));
    else history.push(entry(status, status === 'RECUP' ? INSI_EVIDENCE : (doc ?? evs[0])));
  }
  if (status === 'QUAL') {
    if (!insWritten)
      return { ok: false, problem: { key: 'engine.identity.qualNeedsIns', path: '/ins/matricule' } };
    const evidence = history.map((h) => h.evidence as string | undefined);
    if (!evidence.includes(INSI_EVIDENCE)) {
      return { ok: false, problem: { key: 'engine.identity.qualNeedsInsi', path: '/identityStatus' } };
    }
    if (!evidence.some((e) => !!e && DOCUMENT_EVIDENCE.includes(e))) {
      return { ok: false, problem: { key: 'engine.identity.qualNeedsDocument', path: '/identityStatus' } };
    }
  }
  return {
    ok: true,
    person: { ...next, ...(history.length ? { identityHistory: history } : {}) },
    statusChanged,
  };
}
