/**
 * The audit trail, for the roles the access policy allows (the engine refuses the others, and
 * audits the refusal): entries, the FHIR AuditEvent export, and the chain check.
 */
import type { FastifyInstance } from 'fastify';
import type { AuditQuery, Engine } from '@duikit/core';
import { contextOf } from '../context.js';
import { unwrap } from './result.js';
import { closed, idParam } from './schemas.js';

const tags = ['audit'];
const query = closed({
  fileId: idParam,
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
  actor: idParam,
  limit: { type: 'integer', minimum: 1, maximum: 10_000, default: 500 },
});

/**
 * Registers the audit routes.
 *
 * @example
 * registerAuditRoutes(app, engine);
 */
export function registerAuditRoutes(app: FastifyInstance, engine: Engine): void {
  app.get(
    '/api/audit',
    { schema: { tags, summary: 'Read audit entries', querystring: query } },
    async (req) => unwrap(await engine.readAudit(contextOf(req), req.query as AuditQuery)),
  );
  app.get(
    '/api/audit/fhir',
    { schema: { tags, summary: 'Audit entries as a FHIR R4 Bundle of AuditEvent', querystring: query } },
    async (req, reply) => {
      const bundle = unwrap(await engine.exportAuditFhir(contextOf(req), req.query as AuditQuery));
      return reply
        .header('content-type', 'application/fhir+json; charset=utf-8')
        .send(JSON.stringify(bundle));
    },
  );
  app.get(
    '/api/audit/verify',
    { schema: { tags, summary: 'Walk the hash chain; report the first broken entry' } },
    async (req) => {
      // verifyAudit takes no actor: reading one entry first applies (and audits) the policy.
      unwrap(await engine.readAudit(contextOf(req), { limit: 1 }));
      return engine.verifyAudit();
    },
  );
}
