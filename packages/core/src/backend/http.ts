/**
 * The HTTP {@link DuiBackend}: the same calls as the in-process backend, over `@duikit/server`.
 * Browser-safe (`fetch` only). The server answers errors as `{ code, message, pointer, details }`;
 * they come back as `{ ok: false, error }` with the same code and message, so the elements
 * behave identically in-process and over HTTP. Nothing throws except a programmer mistake.
 */
import type { Actor } from '../actor.js';
import { createTranslator, type Locale } from '../i18n/index.js';
import type { BackendError, BackendResult, DuiBackend, TaskFilter, TimelineFilter } from './types.js';

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

type Query = Record<string, string | string[] | undefined>;

/** `?a=1&b=x,y` from defined values; arrays are comma-separated, as the server expects. */
function queryString(q: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const enc = encodeURIComponent;

/**
 * Creates the HTTP backend.
 *
 * @example
 * const backend = createHttpBackend({ baseUrl: '', locale: 'fr' });
 * document.querySelector('dui-provider').backend = backend;
 */
export function createHttpBackend(options: HttpBackendOptions): DuiBackend {
  if (typeof options?.baseUrl !== 'string') {
    throw new TypeError("createHttpBackend: `baseUrl` is required ('' for the page's own origin).");
  }
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');
  const locale = options.locale ?? 'fr';
  const t = createTranslator(locale);
  let token: string | undefined = typeof options.csrfToken === 'string' ? options.csrfToken : undefined;

  async function csrf(refresh: boolean): Promise<string | undefined> {
    if (typeof options.csrfToken === 'function') return options.csrfToken();
    if (token && !refresh) return token;
    const r = await doFetch(`${base}/api/session`, { credentials: options.credentials ?? 'same-origin' });
    if (r.ok) token = ((await r.json()) as { csrfToken?: string }).csrfToken;
    return token;
  }

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    retried = false,
  ): Promise<BackendResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
    if (options.purpose) headers['x-dui-purpose'] = options.purpose;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      if (method !== 'GET') {
        const tk = await csrf(retried);
        if (tk) headers['x-csrf-token'] = tk;
      }
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        credentials: options.credentials ?? 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      return {
        ok: false,
        error: { code: 'unavailable', message: t('server.client.unavailable', { detail: String(e) }) },
      };
    }
    if (response.ok) return { ok: true, value: (await response.json()) as T };
    const error = await errorOf(response, t);
    // A stale token (new session since it was read): read it again once.
    if (error.code === 'csrf-token-invalid' && !retried && typeof options.csrfToken !== 'string') {
      return call<T>(method, path, body, true);
    }
    if (response.status === 401) options.onUnauthenticated?.();
    return { ok: false, error };
  }

  return {
    ...(options.actor ? { actor: options.actor } : {}),
    getTasks: (f: TaskFilter = {}) =>
      call(
        'GET',
        `/api/tasks${queryString({ workflowId: f.workflowId, userFileId: f.userFileId, status: f.status })}`,
      ),
    getUserFile: (id) => call('GET', `/api/user-files/${enc(id)}/summary`),
    getTimeline: (id, f: TimelineFilter = {}) =>
      call(
        'GET',
        `/api/user-files/${enc(id)}/timeline${queryString({ kinds: f.kinds, from: f.from, to: f.to })}`,
      ),
    getInstance: (id) => call('GET', `/api/instances/${enc(id)}`),
    sendEvent: (id, event) => call('POST', `/api/instances/${enc(id)}/events`, event),
    saveStepResponse: (id, response, opts = {}) =>
      call('PUT', `/api/instances/${enc(id)}/response`, { response, ...opts }),
    getWorkflowDefinition: (ref) => call('GET', `/api/definitions/workflows/${enc(ref)}`),
    getFormDefinition: (ref) => call('GET', `/api/definitions/forms/${enc(ref)}`),
    getAssessments: (id) => call('GET', `/api/user-files/${enc(id)}/assessments`),
    saveAggir: (id, input) => call('POST', `/api/user-files/${enc(id)}/assessments/aggir`, input),
    getSupportPlans: (id) => call('GET', `/api/user-files/${enc(id)}/support-plans`),
    saveSupportPlan: (id, plan, expectedVersion) =>
      call('POST', `/api/user-files/${enc(id)}/support-plans`, { plan, expectedVersion }),
    agreeSupportPlan: (id, version, agreement) => {
      // `at` and `by` are the server's to fill: never trust the client's.
      const { party, agreed, opinion } = agreement;
      const body = opinion === undefined ? { party, agreed } : { party, agreed, opinion };
      return call('POST', `/api/user-files/${enc(id)}/support-plans/${version}/agreements`, body);
    },
    getDeadlines: (f = {}) =>
      call(
        'GET',
        `/api/deadlines${queryString({ userFileId: f.userFileId, before: f.before, status: f.status })}`,
      ),
  };
}

/** The server's error body as a {@link BackendError}; a non-JSON answer still gets a message. */
async function errorOf(response: Response, t: ReturnType<typeof createTranslator>): Promise<BackendError> {
  try {
    const b = (await response.json()) as {
      code?: string;
      message?: string;
      pointer?: string;
      details?: { message: string; pointer?: string }[];
    };
    if (typeof b.code === 'string' && typeof b.message === 'string') {
      return {
        code: b.code,
        message: b.message,
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
