/**
 * The person's rights over their file (GDPR arts. 15–21, CSP L1110-4): export (access and
 * portability, JSON or printable HTML), rectification with history, restriction, objection; and
 * break-the-glass access. The engine checks who may, and audits every call.
 */
import type { FastifyInstance } from 'fastify';
import type { Category, Engine } from '@duikit/core';
import { contextOf } from '../context.js';
import { unwrap } from './result.js';
import { category, closed, idParams, reason, version } from './schemas.js';

const tags = ['rights'];
const categories = { type: 'array', items: category, minItems: 1, uniqueItems: true } as const;

/**
 * Registers the rights routes.
 *
 * @example
 * registerRightsRoutes(app, engine);
 */
export function registerRightsRoutes(app: FastifyInstance, engine: Engine): void {
  app.get(
    '/api/user-files/:id/export',
    {
      schema: {
        tags,
        summary: 'Export the whole file (right of access): JSON or printable HTML',
        params: idParams,
        querystring: closed({ format: { enum: ['json', 'html'], default: 'json' } }),
      },
    },
    async (req, reply) => {
      const { format } = req.query as { format: 'json' | 'html' };
      const out = unwrap(
        await engine.exportUserFile(contextOf(req), (req.params as { id: string }).id, format),
      );
      // An attachment, never rendered inline: the HTML export is the person's data, not our page.
      const safeName = out.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
      return reply
        .header('content-type', out.mediaType)
        .header('content-disposition', `attachment; filename="${safeName}"`)
        .header('cache-control', 'no-store')
        .send(out.content);
    },
  );
  app.post(
    '/api/user-files/:id/rectifications',
    {
      schema: {
        tags,
        summary: 'Rectify values; the previous ones go to the audit trail',
        params: idParams,
        body: closed(
          {
            changes: {
              type: 'array',
              minItems: 1,
              maxItems: 100,
              items: closed({ pointer: { type: 'string', pattern: '^(/[^/]*)+$' }, value: {} }, [
                'pointer',
                'value',
              ]),
            },
            expectedVersion: version,
            reason,
          },
          ['changes', 'expectedVersion', 'reason'],
        ),
      },
    },
    async (req) => {
      const b = req.body as {
        changes: { pointer: string; value: unknown }[];
        expectedVersion: number;
        reason: string;
      };
      return unwrap(
        await engine.rectify(contextOf(req), (req.params as { id: string }).id, b.changes, {
          expectedVersion: b.expectedVersion,
          reason: b.reason,
        }),
      );
    },
  );
  const restrictionBody = closed({ categories, reason }, ['categories', 'reason']);
  app.put(
    '/api/user-files/:id/restriction',
    {
      schema: { tags, summary: 'Restrict processing of categories', params: idParams, body: restrictionBody },
    },
    async (req) => {
      const b = req.body as { categories: Category[]; reason: string };
      return unwrap(await engine.restrict(contextOf(req), (req.params as { id: string }).id, b));
    },
  );
  app.delete(
    '/api/user-files/:id/restriction',
    { schema: { tags, summary: 'Lift the restriction', params: idParams } },
    async (req) => unwrap(await engine.restrict(contextOf(req), (req.params as { id: string }).id, null)),
  );
  const objectionBody = closed(
    {
      categories,
      roles: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      reason: { type: 'string', maxLength: 1000 },
    },
    ['categories'],
  );
  app.put(
    '/api/user-files/:id/objection',
    {
      schema: {
        tags,
        summary: 'Record the person’s objection to sharing',
        params: idParams,
        body: objectionBody,
      },
    },
    async (req) => {
      const b = req.body as { categories: Category[]; roles?: string[]; reason?: string };
      return unwrap(await engine.object(contextOf(req), (req.params as { id: string }).id, b));
    },
  );
  app.delete(
    '/api/user-files/:id/objection',
    { schema: { tags, summary: 'Withdraw the objection', params: idParams } },
    async (req) => unwrap(await engine.object(contextOf(req), (req.params as { id: string }).id, null)),
  );
  app.post(
    '/api/user-files/:id/break-glass',
    {
      schema: {
        tags,
        summary: 'Exceptional, time-limited access with a reason (flagged in the audit)',
        params: idParams,
        body: closed({ reason }, ['reason']),
      },
    },
    async (req) =>
      unwrap(
        await engine.breakGlass(
          contextOf(req),
          (req.params as { id: string }).id,
          (req.body as { reason: string }).reason,
        ),
      ),
  );
}
