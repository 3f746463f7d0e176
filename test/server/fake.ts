/**
 * A recording stand-in for the backend service, to test the HTTP layer alone: every call is
 * recorded with its context, so a test can assert that a refused request reached nothing. By
 * default each call answers `not-found` (a refusal needs no response shape); a test may answer.
 */
import {
  defaultAccessPolicy,
  type BackendService,
  type CallContext,
  type DuiBackend,
  type Engine,
} from '@duikit/core';

export interface Recorder {
  calls: { method: string; ctx?: CallContext; args: unknown[] }[];
}

/** A refusal that says it came from the fake. */
export const RECORDED = { ok: false, error: { code: 'not-found', message: 'recorded' } } as const;

/** A valid instance view, for tests that need a success to go through the response schema. */
export const SAMPLE_INSTANCE = {
  id: 'i1',
  definition: 'admission-ehpad@1.0.0',
  workflowTitle: { fr: 'Admission en EHPAD', en: 'Admission to a nursing home (EHPAD)' },
  person: { userFileId: 'f1', displayName: 'Jeanne DURAND' },
  status: 'active',
  state: 'preAdmission.request',
  stateTitle: { fr: 'Demande', en: 'Request' },
  events: [],
  deadlines: [],
  version: 1,
};

export function fakeDeps(answer: (method: string, args: unknown[]) => unknown = () => RECORDED) {
  const rec: Recorder = { calls: [] };
  const engine = { policy: defaultAccessPolicy, establishment: () => ({}) } as unknown as Engine;
  const service: BackendService = {
    engine,
    bind: (ctx: CallContext): DuiBackend =>
      new Proxy({} as DuiBackend, {
        get(_t, method: string) {
          if (method === 'then') return undefined;
          return async (...args: unknown[]) => {
            rec.calls.push({ method, ctx, args });
            return answer(method, args);
          };
        },
      }),
  };
  return { rec, service };
}
