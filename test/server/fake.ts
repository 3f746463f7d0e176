/**
 * A recording stand-in for the engine, backend and workflow runtime, to test the HTTP layer
 * alone: every call is recorded, so a test can assert that a refused request reached nothing.
 */
import type { CallContext, DuiBackend, Engine } from '@duikit/core';
import type { WorkflowApi } from '@duikit/server';

export interface Recorder {
  calls: { method: string; ctx?: CallContext; args: unknown[] }[];
}

/** A proxy whose every method records its call and resolves `{ ok: true, value }`. */
function recording<T extends object>(
  rec: Recorder,
  answer: (method: string, args: unknown[]) => unknown,
  withCtx: boolean,
): T {
  return new Proxy({} as T, {
    get(_t, method: string) {
      if (method === 'then') return undefined;
      return async (...args: unknown[]) => {
        const [ctx, ...rest] = args;
        rec.calls.push(withCtx ? { method, ctx: ctx as CallContext, args: rest } : { method, args });
        return answer(method, args);
      };
    },
  });
}

export function fakeDeps(
  answer: (method: string, args: unknown[]) => unknown = (m, a) => ({
    ok: true,
    value: { method: m, args: a },
  }),
) {
  const rec: Recorder = { calls: [] };
  const engine = recording<Engine>(rec, answer, true);
  const workflows = recording<WorkflowApi>(rec, answer, true);
  const backendFor = (ctx: CallContext): DuiBackend =>
    new Proxy({} as DuiBackend, {
      get(_t, method: string) {
        if (method === 'then') return undefined;
        return async (...args: unknown[]) => {
          rec.calls.push({ method: `backend.${method}`, ctx, args });
          return answer(`backend.${method}`, args);
        };
      },
    });
  return { rec, engine, workflows, backendFor };
}
