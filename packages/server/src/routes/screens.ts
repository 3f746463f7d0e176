/**
 * The routes behind `createHttpBackend`: one per {@link DuiBackend} method, answered by the
 * in-process backend bound to the request's actor, so the elements behave the same in-process
 * and over HTTP. Paths and bodies are mirrored in `packages/core/src/backend/http.ts`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { localeOf } from '../errors.js';
import type { CallContext, DuiBackend, Locale, TaskFilter, TimelineFilter } from '@duikit/core';
import { PLAN_AGREEMENT_INPUT_SCHEMA } from '@duikit/core';
import { contextOf } from '../context.js';
import { unwrap } from './result.js';
import { anyObject, closed, idParam, idParams, version } from './schemas.js';

const tags = ['screens'];
const csv = { type: 'string', pattern: '^[a-z-]+(,[a-z-]+)*$' } as const;
const isoDate = { type: 'string', format: 'date' } as const;
const ref = closed({ ref: { type: 'string', pattern: '^[A-Za-z0-9._-]+@[0-9][0-9.]*$' } }, ['ref']);
const list = (v: string | undefined) => (v ? v.split(',') : undefined);

/**
 * Registers the screen routes over a backend factory.
 *
 * @example
 * registerScreenRoutes(app, (ctx) => createInProcessBackend(engine, ctx));
 */
export function registerScreenRoutes(
  app: FastifyInstance,
  backendFor: (ctx: CallContext, options: { locale: Locale }) => DuiBackend,
): void {
  const b = (req: FastifyRequest) => backendFor(contextOf(req), { locale: localeOf(req) });
  const id = (req: { params: unknown }) => (req.params as { id: string }).id;

  app.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'The actor’s tasks',
        querystring: closed({ workflowId: idParam, userFileId: idParam, status: csv }),
      },
    },
    async (req) => {
      const q = req.query as { workflowId?: string; userFileId?: string; status?: string };
      const filter: TaskFilter = { ...q, status: list(q.status) as TaskFilter['status'] };
      if (!filter.status) delete filter.status;
      return unwrap(await b(req).getTasks(filter));
    },
  );
  app.get(
    '/api/user-files/:id/summary',
    { schema: { tags, summary: 'A person’s file at a glance', params: idParams } },
    async (req) => unwrap(await b(req).getUserFile(id(req))),
  );
  app.get(
    '/api/user-files/:id/timeline',
    {
      schema: {
        tags,
        summary: 'The file’s history',
        params: idParams,
        querystring: closed({ kinds: csv, from: isoDate, to: isoDate }),
      },
    },
    async (req) => {
      const q = req.query as { kinds?: string; from?: string; to?: string };
      const filter: TimelineFilter = { ...q, kinds: list(q.kinds) as TimelineFilter['kinds'] };
      if (!filter.kinds) delete filter.kinds;
      return unwrap(await b(req).getTimeline(id(req), filter));
    },
  );
  app.get(
    '/api/instances/:id',
    { schema: { tags, summary: 'A workflow instance and its current step', params: idParams } },
    async (req) => unwrap(await b(req).getInstance(id(req))),
  );
  app.post(
    '/api/instances/:id/events',
    {
      schema: {
        tags,
        summary: 'Send an event to a workflow instance',
        params: idParams,
        body: closed(
          { type: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,63}$' }, payload: anyObject },
          ['type'],
        ),
      },
    },
    async (req) =>
      unwrap(
        await b(req).sendEvent(id(req), req.body as { type: string; payload?: Record<string, unknown> }),
      ),
  );
  app.put(
    '/api/instances/:id/response',
    {
      schema: {
        tags,
        summary: 'Save the current step’s form response (draft unless submit)',
        params: idParams,
        body: closed(
          {
            response: anyObject,
            submit: { type: 'boolean' },
            expectedVersion: { type: 'integer', minimum: 0 },
          },
          ['response'],
        ),
      },
    },
    async (req) => {
      const { response, ...options } = req.body as {
        response: Record<string, unknown>;
        submit?: boolean;
        expectedVersion?: number;
      };
      return unwrap(await b(req).saveStepResponse(id(req), response, options));
    },
  );
  app.get(
    '/api/definitions/workflows/:ref',
    { schema: { tags, summary: 'A workflow definition (for the diagram)', params: ref } },
    async (req) => unwrap(await b(req).getWorkflowDefinition((req.params as { ref: string }).ref)),
  );
  app.get(
    '/api/definitions/forms/:ref',
    { schema: { tags, summary: 'A form definition', params: ref } },
    async (req) => unwrap(await b(req).getFormDefinition((req.params as { ref: string }).ref)),
  );
  app.get(
    '/api/user-files/:id/assessments',
    { schema: { tags, summary: 'Assessments of the file', params: idParams } },
    async (req) => unwrap(await b(req).getAssessments(id(req))),
  );
  app.post(
    '/api/user-files/:id/assessments/aggir',
    {
      schema: {
        tags,
        summary: 'Record an AGGIR assessment (the GIR is recomputed and checked)',
        params: idParams,
        body: aggirBody,
      },
    },
    async (req, reply) => reply.status(201).send(unwrap(await b(req).saveAggir(id(req), req.body as never))),
  );
  app.get(
    '/api/user-files/:id/support-plans',
    { schema: { tags, summary: 'Every version of the support plan', params: idParams } },
    async (req) => unwrap(await b(req).getSupportPlans(id(req))),
  );
  app.post(
    '/api/user-files/:id/support-plans',
    {
      schema: {
        tags,
        summary: 'Save a new support-plan version',
        params: idParams,
        body: closed({ plan: anyObject, expectedVersion: { anyOf: [version, { type: 'null' }] } }, [
          'plan',
          'expectedVersion',
        ]),
      },
    },
    async (req, reply) => {
      const { plan, expectedVersion } = req.body as { plan: never; expectedVersion: number | null };
      return reply.status(201).send(unwrap(await b(req).saveSupportPlan(id(req), plan, expectedVersion)));
    },
  );
  app.post(
    '/api/user-files/:id/support-plans/:version/agreements',
    {
      schema: {
        tags,
        summary: 'Record a party’s agreement or disagreement',
        params: closed({ id: idParam, version }, ['id', 'version']),
        body: PLAN_AGREEMENT_INPUT_SCHEMA,
      },
    },
    async (req) => {
      const { version: v } = req.params as { version: number };
      return unwrap(await b(req).agreeSupportPlan(id(req), v, req.body as never));
    },
  );
  app.get(
    '/api/deadlines',
    {
      schema: {
        tags,
        summary: 'Pending and overdue deadlines',
        querystring: closed({
          userFileId: idParam,
          before: { type: 'string', format: 'date-time' },
          status: csv,
        }),
      },
    },
    async (req) => {
      const q = req.query as { userFileId?: string; before?: string; status?: string };
      const filter = { ...q, status: list(q.status) as never };
      if (!filter.status) delete (filter as { status?: unknown }).status;
      return unwrap(await b(req).getDeadlines(filter));
    },
  );
}

const letter = { enum: ['A', 'B', 'C'] } as const;
/** Envelope of an AGGIR input; item answers and letters are checked by the engine (computeGir). */
const aggirBody = closed(
  {
    date: { type: 'string', format: 'date' },
    answers: anyObject,
    letters: { type: 'object', additionalProperties: letter },
    result: closed(
      {
        gir: { type: 'integer', minimum: 1, maximum: 6 },
        rank: { type: 'integer', minimum: 1, maximum: 13 },
        group: { type: 'string' },
        score: { type: 'number' },
      },
      ['gir'],
    ),
    comment: { type: 'string', maxLength: 4000 },
  },
  ['date', 'answers', 'letters', 'result'],
);
