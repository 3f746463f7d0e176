/**
 * Workflow routes the screens' backend does not cover: which definitions the actor may start,
 * starting one on a file, a file's instances, and the events available now (with the refusal
 * reason of each unavailable one). Sending events and saving responses are screen routes.
 */
import type { FastifyInstance } from 'fastify';
import type { CallContext } from '@duikit/core';
import { contextOf } from '../context.js';
import { unwrap, type ResultError } from './result.js';
import { anyObject, closed, idParam, idParams } from './schemas.js';

type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** What the server needs from the workflow runtime (adapted from the engine in `adapter.ts`). */
export interface WorkflowApi {
  /** Definitions the actor's establishment may run, newest version of each. */
  definitions(
    ctx: CallContext,
  ): Promise<Result<{ ref: string; id: string; version: string; title: { fr: string; en: string } }[]>>;
  start(
    ctx: CallContext,
    definition: string,
    userFileId: string,
    input?: Record<string, unknown>,
  ): Promise<Result<{ id: string }>>;
  instances(ctx: CallContext, userFileId: string): Promise<Result<unknown[]>>;
  availableEvents(ctx: CallContext, instanceId: string): Promise<Result<unknown[]>>;
}

const tags = ['workflows'];

/**
 * Registers the workflow routes.
 *
 * @example
 * registerWorkflowRoutes(app, workflowApiOf(engine));
 */
export function registerWorkflowRoutes(app: FastifyInstance, api: WorkflowApi): void {
  app.get(
    '/api/workflows',
    { schema: { tags, summary: 'Workflow definitions the actor may start' } },
    async (req) => unwrap(await api.definitions(contextOf(req))),
  );
  app.post(
    '/api/workflows/instances',
    {
      schema: {
        tags,
        summary: 'Start a workflow on a user file',
        body: closed(
          {
            definition: { type: 'string', pattern: '^[A-Za-z0-9._-]+(@[0-9][0-9.]*)?$' },
            userFileId: idParam,
            input: anyObject,
          },
          ['definition', 'userFileId'],
        ),
      },
    },
    async (req, reply) => {
      const b = req.body as { definition: string; userFileId: string; input?: Record<string, unknown> };
      return reply
        .status(201)
        .send(unwrap(await api.start(contextOf(req), b.definition, b.userFileId, b.input)));
    },
  );
  app.get(
    '/api/user-files/:id/instances',
    { schema: { tags, summary: 'Workflow instances of a file', params: idParams } },
    async (req) => unwrap(await api.instances(contextOf(req), (req.params as { id: string }).id)),
  );
  app.get(
    '/api/instances/:id/available-events',
    { schema: { tags, summary: 'Events the actor could send now, with reasons', params: idParams } },
    async (req) => unwrap(await api.availableEvents(contextOf(req), (req.params as { id: string }).id)),
  );
}
