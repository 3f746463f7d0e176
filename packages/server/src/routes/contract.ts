/**
 * Every route of the API, registered by walking the contract: path, method, validation of path,
 * query and body, response serialisation and the OpenAPI entry all come from the operation, and
 * the answer from the backend service bound to the request's context — the one adapter between
 * HTTP and the engine. The server adds no access rule of its own.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  apiSchemas,
  argsOf,
  duiContract,
  routePath,
  type BackendService,
  type BackendResult,
  type Operation,
  type OperationName,
} from '@duikit/core';
import { contextOf } from '../context.js';
import { localeOf } from '../errors.js';
import { toApiError } from './result.js';
import { absoluteRefs } from '../validation.js';

/** The server's own answers to the session operations. */
export type SessionHandlers = Record<
  'getSession' | 'signOut',
  (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>
>;

const ERROR_BODY = {
  description:
    'Refused: a code of the contract, the precise reason, a sentence that says what to do, JSON Pointers.',
  $ref: 'https://duikit.dev/schemas/api/common.schema.json#/$defs/errorBody',
};

/** The object schema a top-level `$ref` names (path and query schemas must list their properties). */
function deref(schema: Record<string, unknown>): Record<string, unknown> {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [file, pointer] = ref.split('#');
  const doc: Record<string, unknown> | undefined = Object.values(apiSchemas).find((d) => d.$id === file);
  const node = (pointer ?? '')
    .split('/')
    .slice(1)
    .reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], doc);
  if (!node) throw new Error(`contract: cannot resolve ${ref} in schemas/api`);
  // Taken out of its document: its `$ref`s made absolute so they still resolve.
  return absoluteRefs(node, file ?? '') as Record<string, unknown>;
}

/** The route schema of an operation. */
function routeSchema(name: string, op: Operation) {
  const path = op.args.filter((a) => a.in === 'path');
  const ok = op.status ?? 200;
  const media =
    op.media === 'attachment'
      ? {
          description: 'The file, as a download.',
          content: {
            'application/json': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        }
      : op.media === 'fhir'
        ? { description: 'A FHIR R4 Bundle.', content: { 'application/fhir+json': { schema: op.response } } }
        : { description: 'Success.', ...op.response };
  return {
    operationId: name,
    summary: op.summary,
    description: `Refusals: ${['unauthenticated', ...op.errors].map((e) => `\`${e}\``).join(', ')}.`,
    tags: [...op.tags],
    ...(path.length
      ? {
          params: {
            type: 'object',
            additionalProperties: false,
            required: path.map((a) => a.name),
            properties: Object.fromEntries(path.map((a) => [a.name, a.in === 'path' ? a.schema : {}])),
          },
        }
      : {}),
    ...(op.query ? { querystring: deref(op.query) } : {}),
    ...(op.body ? { body: op.body } : {}),
    response: { [ok]: media, '4xx': ERROR_BODY, '5xx': ERROR_BODY },
  };
}

/**
 * Registers every operation of the contract.
 *
 * @example
 * registerContractRoutes(app, service, sessionHandlers(app, 'demo'));
 */
export function registerContractRoutes(
  app: FastifyInstance,
  service: BackendService,
  session: SessionHandlers,
): void {
  for (const [name, op] of Object.entries(duiContract) as [OperationName, Operation][]) {
    app.route({
      method: op.method,
      url: routePath(op),
      schema: routeSchema(name, op),
      handler: async (request, reply) => {
        if (op.scope === 'session') return session[name as keyof SessionHandlers](request, reply);
        const backend = service.bind(contextOf(request), { locale: localeOf(request) }) as unknown as Record<
          string,
          (...args: unknown[]) => Promise<BackendResult<unknown>>
        >;
        const result = await backend[name](...argsOf(op, request));
        if (!result.ok) throw toApiError(result.error);
        if (op.media === 'attachment') {
          const file = result.value as { fileName: string; mediaType: string; content: string };
          // An attachment, never rendered inline: an HTML export is the person's data, not our page.
          return reply
            .header('content-type', file.mediaType)
            .header(
              'content-disposition',
              `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
            )
            .header('cache-control', 'no-store')
            .send(file.content);
        }
        if (op.media === 'fhir')
          return reply
            .header('content-type', 'application/fhir+json; charset=utf-8')
            .send(JSON.stringify(result.value));
        return reply.status(op.status ?? 200).send(result.value);
      },
    });
  }
}
