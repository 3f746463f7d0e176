/**
 * The shape of the contract: one {@link Operation} per call a screen or a host makes. Everything
 * about an operation is here as data — name, method, path, the JSON Schemas of its path, query,
 * body and response, the errors it may answer — and the rest is derived from it: the `DuiBackend`
 * interface (`npm run generate`), the HTTP client, the Fastify routes and the OpenAPI document.
 */
import type { ErrorCode } from './errors.js';

/** A JSON Schema, usually a `$ref` to a schema of `schemas/` by its `$id`. */
export type ContractSchema = Readonly<Record<string, unknown>>;

/** HTTP methods the contract uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One positional argument of the backend method, and where it travels over HTTP:
 * - `path`: a `{name}` segment of the path;
 * - `query` / `body`: the whole query or body, or one `property` of the body, or the `rest` of the
 *   body's properties (the ones no other argument takes).
 */
export type OperationArg =
  | { readonly name: string; readonly in: 'path'; readonly schema: ContractSchema }
  | {
      readonly name: string;
      readonly in: 'query' | 'body';
      readonly optional?: boolean;
      readonly property?: string;
      readonly rest?: boolean;
    };

/**
 * An operation of the contract.
 *
 * @example
 * const getInstance: Operation = {
 *   method: 'GET', path: '/api/instances/{instanceId}', summary: 'A workflow instance and its current step',
 *   tags: ['workflows'], args: [{ name: 'instanceId', in: 'path', schema: pathId }],
 *   response: apiRef('workflow', 'workflowInstanceView'), errors: ['forbidden', 'not-found'],
 * };
 */
export interface Operation {
  readonly method: HttpMethod;
  /** The path with `{name}` segments, one per `path` argument. */
  readonly path: string;
  /** One line, the method's TSDoc and the OpenAPI summary. */
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly args: readonly OperationArg[];
  /** Schema of the whole query string (an object), when an argument travels in it. */
  readonly query?: ContractSchema;
  /** Schema of the whole body, when an argument travels in it. */
  readonly body?: ContractSchema;
  /** Schema of the success answer. */
  readonly response: ContractSchema;
  /** Status of the success answer (default 200). */
  readonly status?: 200 | 201;
  /** The refusals a caller may meet, besides `unauthenticated` and the transport errors. */
  readonly errors: readonly ErrorCode[];
  /**
   * `backend` (default): a method of `DuiBackend`, answered by the engine in-process and over
   * HTTP. `session`: the HTTP session (the signed-in actor, signing out), answered by the server.
   */
  readonly scope?: 'backend' | 'session';
  /**
   * How the success answer travels when it is not plain JSON: `attachment` sends the value's
   * `content` as a download (`fileName`, `mediaType`); `fhir` sends JSON as `application/fhir+json`.
   */
  readonly media?: 'attachment' | 'fhir';
}

/** A set of operations by name. */
export type Contract = Readonly<Record<string, Operation>>;
