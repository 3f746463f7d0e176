/**
 * The backend service: built once per process over the engine (and its workflow runtime), it
 * binds a {@link DuiBackend} to each call's context. The server answers every contract operation
 * through it — one adapter between HTTP and the engine — and the in-process backend is the same
 * service bound once. Nothing is kept between calls except caches of definitions and words.
 */
import type { CallContext } from '../actor.js';
import type { Engine } from '../engine/types.js';
import type { Locale } from '../i18n/index.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';
import { createLabels, type Labels } from './labels.js';
import { auditOps } from './ops-audit.js';
import { fileOps } from './ops-file.js';
import { recordOps } from './ops-records.js';
import { teamOps } from './ops-team.js';
import { workflowOps } from './ops-workflow.js';
import { createShared, type Scope, type TdduiExporter } from './scope.js';
import type { DuiBackend } from './types.js';

/** Options of {@link createBackendService}. */
export interface BackendServiceOptions {
  /** The workflow runtime, when it is not the engine's own (`engine.workflows`). */
  runtime?: WorkflowRuntime | null;
  /** Locale of the messages when a call names none. Default `fr`. */
  locale?: Locale;
  /** The clock for "overdue" and dates the backend writes; default: now. */
  clock?: () => Date;
  /**
   * The TDDUI export (`exportTddui` of `@duikit/fhir`, bound to the host's mode); without it,
   * `exportTddui` answers `unavailable`.
   */
  tddui?: TdduiExporter;
}

/** The service: one per process. */
export interface BackendService {
  readonly engine: Engine;
  /** A backend bound to one call's context, answering in `locale`. */
  bind(ctx: CallContext, options?: { locale?: Locale }): DuiBackend;
}

/**
 * Creates the service.
 *
 * @example
 * const service = createBackendService(engine);
 * const result = await service.bind({ actor, purpose: 'care' }, { locale: 'en' }).getTasks();
 */
export function createBackendService(engine: Engine, options: BackendServiceOptions = {}): BackendService {
  const runtime = options.runtime === undefined ? engine.workflows : options.runtime;
  const clock = options.clock ?? (() => new Date());
  const shared = createShared();
  const labels = new Map<Locale, Labels>();
  const labelsFor = (locale: Locale) => {
    let l = labels.get(locale);
    if (!l) labels.set(locale, (l = createLabels(engine, locale)));
    return l;
  };
  return {
    engine,
    bind(ctx, o = {}) {
      const scope: Scope = {
        engine,
        runtime,
        ctx,
        labels: labelsFor(o.locale ?? options.locale ?? 'fr'),
        clock,
        shared,
        ...(options.tddui ? { tddui: options.tddui } : {}),
      };
      return {
        actor: ctx.actor,
        ...workflowOps(scope),
        ...fileOps(scope),
        ...teamOps(scope),
        ...auditOps(scope),
        ...recordOps(scope),
      };
    },
  };
}
