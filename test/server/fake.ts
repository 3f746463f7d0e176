/**
 * A recording stand-in for the backend service, to test the HTTP layer alone: every call is
 * recorded with its context, so a test can assert that a refused request reached nothing.
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

export function fakeDeps(
  answer: (method: string, args: unknown[]) => unknown = (m, a) => ({
    ok: true,
    value: { method: m, args: a },
  }),
) {
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
