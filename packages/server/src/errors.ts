/**
 * One error format for every answer of the API: `{ code, message, pointer }`, with `details`
 * when a body breaks several rules at once. `code` is stable (clients branch on it), `message`
 * is in the caller's locale, `pointer` is the RFC 6901 JSON Pointer of the fault in the request
 * body (`""` for the whole body).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  createTranslator,
  keywordMessage,
  resolveLocale,
  toPointer,
  type Locale,
  type ApiErrorBody,
  type MessageParams,
} from '@duikit/core';

/** Stable error codes of the API. */
export type ApiErrorCode =
  | 'malformed-json'
  | 'validation-failed'
  | 'unknown-field'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'unauthenticated'
  | 'csrf-token-invalid'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'wrong-state'
  | 'invalid'
  | 'unavailable'
  | 'invalid-request'
  | 'internal';

/** The JSON body of every error answer, as the contract declares it (`schemas/api/common`). */
export type { ApiErrorBody };

/**
 * An error a route throws on purpose; the error handler turns it into its status and body.
 *
 * @example
 * throw new ApiError(404, 'not-found', 'server.error.notFound', { detail: 'user file f1' });
 */
export class ApiError extends Error {
  /** A message already in the caller's language (from the engine); wins over `messageKey`. */
  preTranslated?: string;
  /** The precise cause behind `code`. */
  reason?: string;
  /** Every fault, when there are several. */
  details?: { path?: string; message: string }[];
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly pointer = '',
  ) {
    super(`${code}: ${messageKey} ${JSON.stringify(params)}`);
    this.name = 'ApiError';
  }
}

/** The request's locale from `Accept-Language` (first tag), French by default. */
export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  return resolveLocale(typeof header === 'string' ? header.split(',')[0] : undefined);
}

/** Translator for the request's locale. */
export function translatorFor(request: FastifyRequest) {
  return createTranslator(localeOf(request));
}

interface AjvLikeError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns one Ajv error into an API fault; unknown fields point at the field itself. */
function fromAjv(e: AjvLikeError, t: ReturnType<typeof translatorFor>, locale: Locale) {
  const extra =
    (e.params?.unevaluatedProperty as string | undefined) ??
    (e.params?.additionalProperty as string | undefined);
  if (extra !== undefined) {
    const pointer = e.instancePath + toPointer([extra]);
    return { code: 'unknown-field', message: t('server.error.unknownField', { field: pointer }), pointer };
  }
  const pointer = e.params?.missingProperty
    ? `${e.instancePath}/${e.params.missingProperty as string}`
    : e.instancePath;
  // The same fr/en keyword messages as the forms and the engine.
  const detail = `${pointer || '/'} : ${keywordMessage({ keyword: e.keyword, params: e.params ?? {} }, locale)}`;
  return { code: 'validation-failed', message: t('server.error.validation', { detail }), pointer };
}

/** Maps Fastify's own errors (parser, limits) to our codes. */
const FASTIFY_CODES: Record<string, [number, ApiErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-json', 'server.error.malformedJson'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-json', 'server.error.malformedJson'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large', 'server.error.bodyTooLarge'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'server.error.unsupportedMediaType'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'malformed-json', 'server.error.malformedJson'],
};

/**
 * The Fastify error handler: every failure becomes an {@link ApiErrorBody}. Unexpected errors
 * are logged with their stack and answered with a generic 500 (no internals leak).
 *
 * @example
 * app.setErrorHandler(errorHandler(1_048_576));
 */
export function errorHandler(bodyLimit: number) {
  return (err: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) => {
    const t = translatorFor(request);
    if (err instanceof ApiError) {
      const body: ApiErrorBody = {
        code: err.code,
        message: err.preTranslated ?? t(err.messageKey, err.params),
        pointer: err.pointer,
        ...(err.reason ? { reason: err.reason } : {}),
      };
      if (err.details?.length) {
        body.details = err.details.map((d) => ({
          code: err.code,
          message: d.message,
          pointer: d.path ?? '',
        }));
      }
      return reply.status(err.statusCode).send(body);
    }
    const fe = err;
    if (fe.validation) {
      const details = fe.validation.map((e) => fromAjv(e as AjvLikeError, t, localeOf(request)));
      const first = details[0] ?? { code: 'validation-failed', message: fe.message, pointer: '' };
      return reply.status(400).send({ ...first, details } satisfies ApiErrorBody);
    }
    const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    const isSyntax = err instanceof SyntaxError || (fe.statusCode === 400 && /JSON/i.test(fe.message));
    if (known || isSyntax) {
      const [status, code, key] = known ?? [400, 'malformed-json' as const, 'server.error.malformedJson'];
      const body: ApiErrorBody = {
        code,
        message: t(key, { detail: fe.message, limit: bodyLimit }),
        pointer: '',
      };
      return reply.status(status).send(body);
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      const body: ApiErrorBody = {
        code: 'invalid-request',
        message: t('server.error.invalid', { detail: fe.message }),
        pointer: '',
      };
      return reply.status(fe.statusCode).send(body);
    }
    if (fe.statusCode === 503) {
      // The store refuses to write (its folder lock was lost): fail closed, and say so.
      request.log.error({ err, requestId: request.id }, 'store unavailable');
      const body: ApiErrorBody = {
        code: 'unavailable',
        message: t('server.error.storeUnavailable'),
        pointer: '',
        requestId: request.id,
      };
      return reply.status(503).send(body);
    }
    request.log.error({ err, requestId: request.id }, 'unhandled error');
    const body: ApiErrorBody = {
      code: 'internal',
      message: t('server.error.internal', { requestId: request.id }),
      pointer: '',
      requestId: request.id,
    };
    return reply.status(500).send(body);
  };
}
