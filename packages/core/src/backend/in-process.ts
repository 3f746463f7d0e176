/**
 * The in-process {@link DuiBackend}: the screens call the engine in the same page (Storybook,
 * demos, offline use). It is the backend service bound to one context, so the access policy, the
 * audit trail and every view are exactly those the HTTP server answers with.
 */
import type { CallContext } from '../actor.js';
import type { Engine } from '../engine/types.js';
import { createBackendService, type BackendServiceOptions } from './service.js';
import type { DuiBackend } from './types.js';

/** Options of {@link createInProcessBackend}. */
export type InProcessOptions = BackendServiceOptions;

/**
 * Creates the backend bound to one actor.
 *
 * @example
 * const engine = await createEngine({ store: createMemoryStore(), policy: defaultAccessPolicy, workflows: [standardWorkflowFiles] });
 * const backend = createInProcessBackend(engine, { actor, purpose: 'care' });
 * const tasks = await backend.getTasks({ status: ['overdue'] });
 */
export function createInProcessBackend(
  engine: Engine,
  ctx: CallContext,
  options: InProcessOptions = {},
): DuiBackend {
  return createBackendService(engine, options).bind(ctx);
}
