/**
 * Calls to the API routes the DuiBackend does not cover (session, persons list, workflows,
 * audit). Same error shape as the backend: `{ ok: false, error: { code, message, path } }`.
 */
import { locale } from './i18n.js';

let csrfToken = '';

/** Remembers the session's CSRF token (from sign-in or GET /api/session). */
export function setCsrfToken(token) {
  csrfToken = token ?? '';
}

/**
 * Calls the API. Never throws: a network failure is `{ ok: false, error: { code: 'unavailable' } }`.
 * @example const r = await api('GET', '/api/user-files');
 */
export async function api(method, path, body) {
  const headers = { accept: 'application/json', 'accept-language': locale };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    return { ok: false, status: 0, error: { code: 'unavailable', message: String(e) } };
  }
  const json = await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, value: json };
  return {
    ok: false,
    status: res.status,
    error: {
      code: json?.code ?? 'invalid',
      message: json?.message ?? `HTTP ${res.status}`,
      path: json?.pointer || undefined,
      details: json?.details,
    },
  };
}
