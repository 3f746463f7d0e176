/**
 * How an operation's positional arguments travel over HTTP, both ways, from the operation's
 * `args`: the client builds the request from the arguments ({@link requestOf}) and the server
 * rebuilds the arguments from the request ({@link argsOf}), so the two cannot drift.
 */
import type { Operation } from './types.js';

/** A request as the client sends it. */
export interface WireRequest {
  method: Operation['method'];
  /** The path with its segments filled and URI-encoded. */
  path: string;
  /** Query pairs; an array value is sent as one pair per item. */
  query: [string, string][];
  /** The JSON body, when the operation has one. */
  body?: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const isEmpty = (o: Obj) => Object.keys(o).length === 0;

/**
 * The request for a call.
 *
 * @example
 * requestOf(duiContract.getTimeline, ['f1', { kinds: ['note'] }]);
 * // { method: 'GET', path: '/api/user-files/f1/timeline', query: [['kinds', 'note']] }
 */
export function requestOf(op: Operation, args: readonly unknown[]): WireRequest {
  let path = op.path;
  const query: [string, string][] = [];
  let body: Obj | undefined = op.body ? {} : undefined;
  op.args.forEach((arg, i) => {
    const value = args[i];
    if (arg.in === 'path') {
      path = path.replace(`{${arg.name}}`, encodeURIComponent(String(value)));
      return;
    }
    if (value === undefined) return;
    if (arg.in === 'query') {
      for (const [k, v] of Object.entries(value as Obj)) {
        if (v === undefined) continue;
        for (const item of Array.isArray(v) ? v : [v]) query.push([k, String(item)]);
      }
      return;
    }
    if (arg.property) body = { ...body, [arg.property]: value };
    else body = { ...body, ...(value as Obj) };
  });
  return { method: op.method, path, query, ...(body ? { body } : {}) };
}

/**
 * The arguments of a call from a parsed request (path parameters, query and body already
 * validated and coerced by the operation's schemas).
 *
 * @example
 * argsOf(duiContract.saveStepResponse, { params: { instanceId: 'i1' }, query: {}, body: { response: {}, submit: true } });
 * // ['i1', {}, { submit: true }]
 */
export function argsOf(op: Operation, req: { params: unknown; query: unknown; body: unknown }): unknown[] {
  const params = (req.params ?? {}) as Obj;
  const taken = new Set(op.args.flatMap((a) => (a.in === 'body' && a.property ? [a.property] : [])));
  return op.args.map((arg) => {
    if (arg.in === 'path') return params[arg.name];
    const source = ((arg.in === 'query' ? req.query : req.body) ?? {}) as Obj;
    if (arg.in === 'body' && arg.property) return source[arg.property];
    const value =
      arg.in === 'body' && arg.rest
        ? Object.fromEntries(Object.entries(source).filter(([k]) => !taken.has(k)))
        : { ...source };
    return arg.optional && isEmpty(value) ? undefined : value;
  });
}

/**
 * The operation's path in Fastify's syntax (`{id}` → `:id`).
 *
 * @example
 * routePath(duiContract.getInstance); // '/api/instances/:instanceId'
 */
export function routePath(op: Operation): string {
  return op.path.replace(/\{([^}]+)\}/g, ':$1');
}
