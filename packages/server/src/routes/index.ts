/**
 * Every API route, over the engine. The screens' routes go through the in-process backend bound
 * to the request's actor; the others call the engine directly. Each call passes the engine's
 * access policy and is audited there: the server adds no access rule of its own.
 */
import type { FastifyInstance } from 'fastify';
import type { CallContext, DuiBackend, Engine, Locale } from '@duikit/core';
import { registerSessionRoutes } from './session.js';
import { registerUserFileRoutes } from './user-files.js';
import { registerRightsRoutes } from './rights.js';
import { registerAuditRoutes } from './audit.js';
import { registerScreenRoutes } from './screens.js';
import { registerWorkflowRoutes, type WorkflowApi } from './workflows.js';

/** What the routes run over: the engine, a backend per actor, and the workflow runtime. */
export interface RouteDeps {
  engine: Engine;
  /** The screens' backend bound to the request's actor, answering in the request's locale. */
  backendFor: (ctx: CallContext, options: { locale: Locale }) => DuiBackend;
  workflows: WorkflowApi;
}

/**
 * Registers every API route.
 *
 * @example
 * await registerRoutes(app, deps, { authKind: 'demo' });
 */
export async function registerRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  opts: { authKind: string },
): Promise<void> {
  registerSessionRoutes(app, opts.authKind, deps.engine.policy);
  registerUserFileRoutes(app, deps.engine);
  registerRightsRoutes(app, deps.engine);
  registerAuditRoutes(app, deps.engine);
  registerScreenRoutes(app, deps.backendFor);
  registerWorkflowRoutes(app, deps.workflows);
}
