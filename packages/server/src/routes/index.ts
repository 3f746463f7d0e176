/**
 * Every API route: the contract's operations, answered by the backend service bound to each
 * request's context, and the session operations answered by the server.
 */
import type { FastifyInstance } from 'fastify';
import type { BackendService } from '@duikit/core';
import { registerContractRoutes } from './contract.js';
import { sessionHandlers } from './session.js';

/**
 * Registers every API route.
 *
 * @example
 * registerRoutes(app, service, { authKind: 'demo' });
 */
export function registerRoutes(
  app: FastifyInstance,
  service: BackendService,
  opts: { authKind: string },
): void {
  registerContractRoutes(app, service, sessionHandlers(opts.authKind, service.engine));
}
