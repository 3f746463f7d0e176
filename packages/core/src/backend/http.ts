/**
 * The HTTP {@link DuiBackend}, generic over the contract: each operation of `duiContract` becomes
 * a method that builds its request from the operation's `args` (`requestOf`) and reads the
 * answer back, so it cannot drift from the server's routes, which are registered from the same
 * operations. Browser-safe (`fetch` only). Errors come back as `{ ok: false, error }` with the
 * server's code, reason, sentence and pointers; nothing throws except a programmer mistake.
 */
import type { Actor } from '../actor.js';
import { duiContract } from '../contract/operations.js';
import type { Contract, Operation } from '../contract/types.js';
import { requestOf } from '../contract/wire.js';
import { createTranslator, type Locale } from '../i18n/index.js';
import type { BackendError, BackendResult, DuiBackend, DuiSessionOperations } from './types.js';

/** Options of {@link createHttpBackend}. */
export interface HttpBackendOptions {
  /** Origin and prefix of the API, e.g. `https://dui.example.fr` or `''` for the page's origin. */
  baseUrl: string;
  /** A `fetch` (tests, a host's instrumented fetch); default: the global one. */
  fetch?: typeof fetch;
  /**
   * The CSRF token to echo in `X-CSRF-Token` on state changes, or a function returning it.
   * Default: read from `GET /api/session` on the first state change (and again if refused).
   */
  csrfToken?: string | (() => string | Promise<string>);
  /** The signed-in actor, when the host knows it (exposed as `backend.actor`). */
  actor?: Actor;
  /** Sent as `Accept-Language`: the server's messages come back in it. Default `fr`. */
  locale?: Locale;
  /** The purpose recorded in the audit for every call (`X-DUI-Purpose`), e.g. `admission`. */
  purpose?: string;
  /** `fetch` credentials; `include` when the API is on another origin. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Called when the server answers 401 (session over): e.g. show the sign-in page. */
  onUnauthenticated?: () => void;
}

/** The HTTP backend: every contract operation, the session ones included. */
export type HttpBackend = DuiBackend & DuiSessionOperations;

type Call = (...args: unknown[]) => Promise<BackendResult<unknown>>;

/** `?a=1&b=x&b=y` from the query pairs of a request. */
function queryString(pairs: [string, string][]): string {
  if (!pairs.length) return '';
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v);
  return `?${params.toString()}`;
}

/**
 * A client for any contract: one method per operation.
 *
 * @example
 * const client = createContractClient(duiContract, { baseUrl: '' });
 * await client.getTasks({ status: ['overdue'] });
 */
export function createContractClient(contract: Contract, options: HttpBackendOptions): Record<string, Call> {
  if (typeof options?.baseUrl !== 'string') {
    throw new TypeError("createHttpBackend: `baseUrl` is required ('' for the page's own origin).");
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');
  const locale = options.locale ?? 'fr';
  const credentials = options.credentials ?? 'same-origin';
  const t = createTranslator(locale);
  let token: string | undefined = typeof options.csrfToken === 'string' ? options.csrfToken : undefined;

  async function csrf(refresh: boolean): Promise<string | undefined> {
    if (typeof options.csrfToken === 'function') return options.csrfToken();
    if (token && !refresh) return token;
    const r = await doFetch(`${base}${duiContract.getSession.path}`, { credentials });
    if (r.ok) token = ((await r.json()) as { csrfToken?: string }).csrfToken;
    return token;
  }

  async function call(op: Operation, args: unknown[], retried = false): Promise<BackendResult<unknown>> {
    const wire = requestOf(op, args);
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
    if (options.purpose) headers['x-dui-purpose'] = options.purpose;
    if (wire.body) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      if (op.method !== 'GET') {
        const tk = await csrf(retried);
        if (tk) headers['x-csrf-token'] = tk;
      }
      response = await doFetch(`${base}${wire.path}${queryString(wire.query)}`, {
        method: op.method,
        headers,
        credentials,
        ...(wire.body ? { body: JSON.stringify(wire.body) } : {}),
      });
    } catch (e) {
      return {
        ok: false,
        error: { code: 'unavailable', message: t('server.client.unavailable', { detail: String(e) }) },
      };
    }
    if (response.ok) return { ok: true, value: await valueOf(op, response) };
    const error = await errorOf(response, t);
    // A stale token (a new session since it was read): read it again once.
    if (error.code === 'csrf-token-invalid' && !retried && typeof options.csrfToken !== 'string') {
      return call(op, args, true);
    }
    if (response.status === 401) options.onUnauthenticated?.();
    return { ok: false, error };
  }

  const client: Record<string, Call> = {};
  for (const [name, op] of Object.entries(contract)) {
    client[name] = async (...args: unknown[]) => {
      const r = await call(op, args);
      if (r.ok && op === duiContract.getSession)
        token = (r.value as { csrfToken?: string }).csrfToken ?? token;
      return r;
    };
  }
  return client;
}

/**
 * Creates the HTTP backend over the DUI Kit contract.
 *
 * @example
 * const backend = createHttpBackend({ baseUrl: '', locale: 'fr' });
 * document.querySelector('dui-provider').backend = backend;
 */
export function createHttpBackend(options: HttpBackendOptions): HttpBackend {
  const client = createContractClient(duiContract, options);
  return { ...(options.actor ? { actor: options.actor } : {}), ...client } as unknown as HttpBackend;
}

/** The success value: JSON, or a download rebuilt as the export the in-process backend returns. */
async function valueOf(op: Operation, response: Response): Promise<unknown> {
  if (op.media !== 'attachment') return response.json();
  const mediaType = response.headers.get('content-type') ?? 'application/octet-stream';
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]*)"/.exec(disposition)?.[1] ?? '';
  return {
    format: mediaType.startsWith('text/html') ? 'html' : 'json',
    mediaType,
    fileName,
    content: await response.text(),
  };
}

/** The server's error body as a {@link BackendError}; a non-JSON answer still gets a message. */
async function errorOf(response: Response, t: ReturnType<typeof createTranslator>): Promise<BackendError> {
  try {
    const b = (await response.json()) as {
      code?: string;
      message?: string;
      reason?: string;
      pointer?: string;
      details?: { message: string; pointer?: string }[];
    };
    if (typeof b.code === 'string' && typeof b.message === 'string') {
      return {
        code: b.code,
        message: b.message,
        ...(b.reason ? { reason: b.reason } : {}),
        ...(b.pointer ? { path: b.pointer } : {}),
        ...(b.details
          ? {
              details: b.details.map((d) => ({
                message: d.message,
                ...(d.pointer ? { path: d.pointer } : {}),
              })),
            }
          : {}),
      };
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to the status.
  }
  return {
    code: response.status >= 500 ? 'unavailable' : 'invalid',
    message: t('server.client.status', { status: response.status }),
  };
}
