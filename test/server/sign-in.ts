/**
 * Signs a demo professional in on a running server (real HTTP, as a browser would) and gives
 * their HTTP backend, the session cookie attached to every call.
 */
import { createHttpBackend, type HttpBackend } from '@duikit/core';

/**
 * @example
 * const secretary = await signIn(server.url, 'demo-ehpad-secretariat');
 */
export async function signIn(url: string, professionalId: string): Promise<HttpBackend> {
  const base = url.replace(/\/$/, '');
  const r = await fetch(`${base}/api/auth/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ professionalId }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return createHttpBackend({
    baseUrl: base,
    fetch: (input, init = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
  });
}
