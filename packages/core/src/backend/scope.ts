/**
 * What every operation of the in-process backend works with: the engine and its workflow runtime
 * (one per process), the call's context and words. Only the context changes per call.
 */
import type { CallContext } from '../actor.js';
import type { Engine } from '../engine/types.js';
import type { EngineResult } from '../engine/result.js';
import type { CompiledWorkflow } from '../workflow/registry.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';
import { workflowGraph } from '../workflow/graph.js';
import { engineError, failure } from './errors.js';
import type { Labels } from './labels.js';
import type { BackendResult } from './types.js';

/** What is computed once per definition and shared by every call. */
export interface Shared {
  /** Top-level final states of a definition (reaching one cannot be undone). */
  finals(wf: CompiledWorkflow): { finals: Set<string>; edges: ReturnType<typeof workflowGraph>['edges'] };
  /** `make()` once per key: facts that depend only on a definition (and states, events…). */
  memo<T>(key: string, make: () => T): T;
}

/** One call's scope. */
export interface Scope {
  engine: Engine;
  runtime: WorkflowRuntime | null;
  ctx: CallContext;
  labels: Labels;
  clock: () => Date;
  shared: Shared;
  /** The TDDUI exporter the host gave the service (`@duikit/fhir`), if any. */
  tddui?: TdduiExporter;
}

/**
 * Exports a file as a TDDUI Bundle for a call's context: `@duikit/fhir`'s `exportTddui`, which the
 * host passes in (core cannot depend on the FHIR package, which depends on core).
 */
export type TdduiExporter = (
  engine: Engine,
  ctx: CallContext,
  fileId: string,
) => Promise<
  | { ok: true; value: { bundle: { resourceType: 'Bundle' } & Record<string, unknown> } }
  | { ok: false; error: { code: string; message: string | { fr: string; en: string }; path?: string } }
>;

/**
 * The per-definition caches of a backend service.
 *
 * @example
 * const shared = createShared();
 */
export function createShared(): Shared {
  const graphs = new Map<string, ReturnType<Shared['finals']>>();
  const memos = new Map<string, unknown>();
  return {
    memo<T>(key: string, make: () => T) {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
    finals(wf) {
      let g = graphs.get(wf.ref);
      if (!g) {
        const graph = workflowGraph(wf.definition);
        const finals = new Set(graph.nodes.filter((n) => n.kind === 'final' && !n.parent).map((n) => n.id));
        graphs.set(wf.ref, (g = { finals, edges: graph.edges }));
      }
      return g;
    },
  };
}

/**
 * An engine result as a backend result, its error worded for the call.
 *
 * @example
 * return fromEngine(s, await s.engine.getUserFile(s.ctx, id), (v) => glance(v));
 */
export function fromEngine<T, U = T>(s: Scope, r: EngineResult<T>, map?: (v: T) => U): BackendResult<U> {
  if (!r.ok) return failure(engineError(r.error, s.labels, s.engine.policy, s.ctx));
  return { ok: true, value: map ? map(r.value) : (r.value as unknown as U) };
}

/** The answer when the engine runs no workflows. */
export const noWorkflows = (s: Scope): BackendResult<never> =>
  failure({ code: 'unavailable', message: s.labels.t('backend.error.noWorkflows') });
