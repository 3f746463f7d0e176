/**
 * The Fastify app factory: security headers, encrypted session, authentication and CSRF gates,
 * the contract's routes (validated and serialised with its JSON Schemas) answered by the backend
 * service, one error format, the OpenAPI document, and the static host app.
 */
import { hkdfSync, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyCookie from '@fastify/cookie';
import secureSession from '@fastify/secure-session';
import swagger from '@fastify/swagger';
import { LIMIT_MESSAGES, REQUEST_LIMITS, overLimit, type Actor, type BackendService } from '@duikit/core';
import { checkSession, type AuthHook } from './auth.js';
import { memorySessions, type SessionRegistry } from './sessions.js';
import { ApiError, errorHandler } from './errors.js';
import { checkCsrf } from './csrf.js';
import { helmetOptions } from './security.js';
import { installValidation, projectSchemas, type SharedSchema } from './validation.js';
import { registerStatic, defaultAssetDirs } from './static.js';
import { registerRoutes } from './routes/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated actor; set by the auth gate on every non-public API route. */
    actor: Actor | null;
  }
}

/** Options of {@link createServer}. */
export interface ServerOptions {
  /**
   * The backend service over the engine, built once at start (`createBackendService(engine)`):
   * every operation of the contract is answered by it, bound to the request's context.
   */
  service: BackendService;
  /** The host's authentication (the demo one: `createDemoAuth`). */
  auth: AuthHook;
  /** Secret the session encryption key is derived from (at least 32 characters). */
  secret: string;
  /** JSON Schemas with an `$id`, shared by route bodies and the OpenAPI document (default: the project's). */
  schemas?: readonly SharedSchema[];
  /** Host app folder and the elements' bundle folder; `false` serves no files. */
  assets?: { publicDir: string; componentsDir: string } | false;
  /** Largest accepted request body, in bytes (default `REQUEST_LIMITS.bodyBytes`, 1 MiB). */
  bodyLimit?: number;
  /** `Secure` attribute of the session cookie (default true; only loopback HTTP tests turn it off). */
  secureCookie?: boolean;
  /**
   * Where live sessions are kept (default: this process's memory, 15 minutes idle). Sign-out
   * and idle expiry end a session server-side; a host with several processes shares a registry.
   */
  sessions?: SessionRegistry;
  /**
   * Fastify logger option (pino). Default: JSON lines on stderr at `logLevel`. Server errors are
   * logged with the request id the 500 answer shows, so a person's report finds its stack.
   */
  logger?: FastifyServerOptions['logger'];
  /**
   * Level of the default logger (`fatal`…`trace`, `silent`); default `DUIKIT_LOG_LEVEL`, else
   * `info` (requests themselves are not logged, only the server's own events and errors).
   */
  logLevel?: string;
}

/** Derives the 32-byte session key from the secret, so the secret can be any long string. */
function sessionKey(secret: string): Buffer {
  if (secret.length < 32) {
    throw new Error(
      'createServer: `secret` must be at least 32 characters (set DUIKIT_SECRET or let main.ts generate one).',
    );
  }
  return Buffer.from(hkdfSync('sha256', secret, 'duikit', 'session-cookie-v1', 32));
}

/**
 * Builds the server (not listening yet: call `app.listen`, or `app.inject` in tests).
 *
 * @example
 * const app = await createServer({ service: createBackendService(engine), auth: createDemoAuth(pros), secret });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? REQUEST_LIMITS.bodyBytes;
  const app = Fastify({
    logger: options.logger ?? {
      level: options.logLevel ?? process.env.DUIKIT_LOG_LEVEL ?? 'info',
      stream: process.stderr,
    },
    // One id per request, never taken from the client: the 500 answer shows it, the log keeps it.
    genReqId: () => randomUUID(),
    // Requests themselves are not logged (personal data in URLs, and volume): errors are.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  app.decorateRequest('actor', null);
  app.decorate('duiSessions', options.sessions ?? memorySessions());
  // JSON only: a plain-text body is a 415, and cross-site HTML forms cannot send JSON.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(errorHandler(bodyLimit));
  app.setNotFoundHandler((request) => {
    throw new ApiError(404, 'not-found', 'server.error.notFound', {
      detail: `${request.method} ${request.url}`,
    });
  });
  installValidation(app, options.schemas ?? projectSchemas());

  await app.register(swagger, {
    // Components named after the schema files (`user-file`, `person`…), not `def-0`, `def-1`.
    refResolver: {
      buildLocalReference: (json, _baseUri, fragment, i) => {
        const id = typeof json.$id === 'string' ? json.$id : '';
        const file = /([^/]+?)(?:\.schema)?\.json$/.exec(id)?.[1];
        // The contract's shapes (schemas/api) are prefixed: `api-common` beside `common`.
        const name = file && id.includes('/schemas/api/') ? `api-${file}` : file;
        return name ? `${name}${fragment ? fragment.replace(/[^A-Za-z0-9]+/g, '-') : ''}` : `def-${i}`;
      },
    },
    openapi: {
      openapi: '3.1.0',
      info: { title: 'DUI Kit API', version: '0.0.0', description: 'HTTP API over the DUI Kit engine.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'dui_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
  });
  await app.register(helmet, helmetOptions());
  await app.register(fastifyCookie);
  await app.register(secureSession, {
    key: sessionKey(options.secret),
    cookieName: 'dui_session',
    expiry: 8 * 3600,
    cookie: { path: '/', httpOnly: true, sameSite: 'strict', secure: options.secureCookie ?? true },
  });

  const publicRoutes = new Set(['GET /api/openapi.json', ...(options.auth.publicRoutes ?? [])]);
  // The gate, before the body is even parsed: every API route needs an actor and, when it
  // changes state, the CSRF token. Runs after secure-session's own onRequest hook.
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/')) return;
    const route = `${request.method} ${request.routeOptions.url ?? path}`;
    const isPublic = publicRoutes.has(route);
    // A session whose server-side record ended (signed out, idle) carries no actor any more.
    await checkSession(request);
    if (!isPublic) {
      request.actor = await options.auth.authenticate(request);
      if (!request.actor) throw new ApiError(401, 'unauthenticated', 'server.error.unauthenticated');
    }
    checkCsrf(request, !isPublic);
  });

  // Bounds of everything a request controls (nesting, lengths, counts), before any schema or
  // engine code walks the body: a 422 that names the place.
  app.addHook('preValidation', async (request) => {
    const fault = request.body === undefined ? undefined : overLimit(request.body);
    if (fault)
      throw new ApiError(422, 'invalid', LIMIT_MESSAGES[fault.limit], { max: fault.max }, fault.pointer);
  });

  // Every API answer may carry personal data: no browser, proxy or shared cache keeps a copy.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await options.auth.register?.(app);
  registerRoutes(app, options.service, { authKind: options.auth.kind });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const assets = options.assets === undefined ? defaultAssetDirs() : options.assets;
  if (assets && existsSync(assets.publicDir)) await registerStatic(app, assets);
  return app;
}
