/**
 * User-file routes over the engine: list, create, read (filtered by the access policy), write a
 * merge patch, a part, a list item or the identity, the care team, and closing the file.
 */
import type { FastifyInstance } from 'fastify';
import type { Engine, UserFilePart } from '@duikit/core';
import { contextOf } from '../context.js';
import { unwrap } from './result.js';
import { anyObject, closed, idParam, idParams, version } from './schemas.js';

const parts = [
  'identity',
  'entourage',
  'rights',
  'stays',
  'assessments',
  'supportPlans',
  'health',
  'documents',
  'notes',
];
const part = { enum: parts };
const tags = ['user files'];
/** The user-file schema (`schemas/user-file.schema.json`): a new file is validated whole. */
const USER_FILE = 'https://duikit.dev/schemas/user-file.schema.json';

/**
 * Registers the user-file routes.
 *
 * @example
 * registerUserFileRoutes(app, engine);
 */
export function registerUserFileRoutes(app: FastifyInstance, engine: Engine): void {
  app.get(
    '/api/user-files',
    {
      schema: {
        tags,
        summary: 'User files the actor may list',
        querystring: closed({
          phase: { enum: ['active', 'closed', 'archived', 'anonymised'] },
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 },
        }),
      },
    },
    async (req) => unwrap(await engine.listUserFiles(contextOf(req), req.query as { limit: number })),
  );
  app.post(
    '/api/user-files',
    {
      schema: {
        tags,
        summary: 'Create a user file',
        body: closed(
          { file: { $ref: USER_FILE }, establishment: { type: 'string', pattern: '^[0-9A-Z]{9}$' } },
          ['file'],
        ),
      },
    },
    async (req, reply) => {
      const { file, establishment } = req.body as { file: Record<string, unknown>; establishment?: string };
      const view = unwrap(
        await engine.createUserFile(contextOf(req), file, establishment ? { establishment } : {}),
      );
      return reply.status(201).send(view);
    },
  );
  app.get(
    '/api/user-files/:id',
    { schema: { tags, summary: 'Read a user file', params: idParams } },
    async (req) => unwrap(await engine.getUserFile(contextOf(req), (req.params as { id: string }).id)),
  );
  app.patch(
    '/api/user-files/:id',
    {
      schema: {
        tags,
        summary: 'Apply a JSON Merge Patch (RFC 7396)',
        params: idParams,
        body: closed({ patch: anyObject, expectedVersion: version }, ['patch', 'expectedVersion']),
      },
    },
    async (req) => {
      const { patch, expectedVersion } = req.body as {
        patch: Record<string, unknown>;
        expectedVersion: number;
      };
      return unwrap(
        await engine.updateUserFile(contextOf(req), (req.params as { id: string }).id, patch, {
          expectedVersion,
        }),
      );
    },
  );
  app.put(
    '/api/user-files/:id/identity',
    {
      schema: {
        tags,
        summary: 'Write the identity (identity-vigilance rules apply)',
        params: idParams,
        body: closed(
          { identity: anyObject, expectedVersion: version, statusReason: { type: 'string', maxLength: 500 } },
          ['identity', 'expectedVersion'],
        ),
      },
    },
    async (req) => {
      const b = req.body as {
        identity: Record<string, unknown>;
        expectedVersion: number;
        statusReason?: string;
      };
      const opts = {
        expectedVersion: b.expectedVersion,
        ...(b.statusReason ? { statusReason: b.statusReason } : {}),
      };
      return unwrap(
        await engine.updateIdentity(contextOf(req), (req.params as { id: string }).id, b.identity, opts),
      );
    },
  );
  const partParams = closed({ id: idParam, part }, ['id', 'part']);
  app.put(
    '/api/user-files/:id/parts/:part',
    {
      schema: {
        tags,
        summary: 'Replace one part of the file',
        params: partParams,
        body: closed({ value: {}, expectedVersion: version }, ['value', 'expectedVersion']),
      },
    },
    async (req) => {
      const { id, part: p } = req.params as { id: string; part: UserFilePart };
      const { value, expectedVersion } = req.body as { value: unknown; expectedVersion: number };
      return unwrap(await engine.setPart(contextOf(req), id, p, value, { expectedVersion }));
    },
  );
  app.post(
    '/api/user-files/:id/parts/:part/items',
    {
      schema: {
        tags,
        summary: 'Append an item to a list part (stays, assessments, documents, notes…)',
        params: partParams,
        body: closed({ item: anyObject, expectedVersion: version }, ['item', 'expectedVersion']),
      },
    },
    async (req, reply) => {
      const { id, part: p } = req.params as { id: string; part: UserFilePart };
      const { item, expectedVersion } = req.body as {
        item: Record<string, unknown>;
        expectedVersion: number;
      };
      const view = unwrap(await engine.addItem(contextOf(req), id, p, item, { expectedVersion }));
      return reply.status(201).send(view);
    },
  );
  app.patch(
    '/api/user-files/:id/parts/:part/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Merge-patch one item of a list part',
        params: closed({ id: idParam, part, itemId: idParam }, ['id', 'part', 'itemId']),
        body: closed({ patch: anyObject, expectedVersion: version }, ['patch', 'expectedVersion']),
      },
    },
    async (req) => {
      const { id, part: p, itemId } = req.params as { id: string; part: UserFilePart; itemId: string };
      const { patch, expectedVersion } = req.body as {
        patch: Record<string, unknown>;
        expectedVersion: number;
      };
      return unwrap(await engine.updateItem(contextOf(req), id, p, itemId, patch, { expectedVersion }));
    },
  );
  app.get(
    '/api/user-files/:id/history',
    { schema: { tags, summary: 'Audit-based history of the file', params: idParams } },
    async (req) => unwrap(await engine.timeline(contextOf(req), (req.params as { id: string }).id)),
  );
  app.post(
    '/api/user-files/:id/care-team',
    {
      schema: {
        tags,
        summary: 'Add a member to the care team',
        params: idParams,
        body: closed(
          {
            professionalId: idParam,
            role: { type: 'string', minLength: 1, maxLength: 64 },
            until: { type: 'string', format: 'date-time' },
          },
          ['professionalId', 'role'],
        ),
      },
    },
    async (req) => {
      const b = req.body as { professionalId: string; role: string; until?: string };
      return unwrap(await engine.addCareTeamMember(contextOf(req), (req.params as { id: string }).id, b));
    },
  );
  app.delete(
    '/api/user-files/:id/care-team/:professionalId',
    {
      schema: {
        tags,
        summary: 'Remove a care-team member',
        params: closed({ id: idParam, professionalId: idParam }, ['id', 'professionalId']),
      },
    },
    async (req) => {
      const { id, professionalId } = req.params as { id: string; professionalId: string };
      return unwrap(await engine.removeCareTeamMember(contextOf(req), id, professionalId));
    },
  );
  app.post(
    '/api/user-files/:id/close',
    {
      schema: {
        tags,
        summary: 'Mark the end of support (anchor of retention)',
        params: idParams,
        body: closed({ at: { type: 'string', format: 'date-time' } }),
      },
    },
    async (req) => {
      const { at } = (req.body ?? {}) as { at?: string };
      return unwrap(
        await engine.closeUserFile(contextOf(req), (req.params as { id: string }).id, at ? { at } : {}),
      );
    },
  );
}
