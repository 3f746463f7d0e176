/**
 * Security headers: a strict Content-Security-Policy (no `unsafe-eval`, no inline script, no
 * inline style attribute) under which the elements and the host app must work. Lit adopts
 * constructable stylesheets, which `style-src 'self'` does not block; forms validate with
 * precompiled validators, so no `new Function` is needed (STACK-MORE §3.3).
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

/** The CSP directives, exported so tests and hosts can assert or extend them. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  manifestSrc: ["'self'"],
} as const;

/**
 * Options for `@fastify/helmet`.
 *
 * @example
 * await app.register(helmet, helmetOptions());
 */
export function helmetOptions(): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(Object.entries(CSP_DIRECTIVES).map(([k, v]) => [k, [...v]])),
    },
    crossOriginEmbedderPolicy: true,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    // The same as `frame-ancestors 'none'`, for browsers that read only the older header.
    frameguard: { action: 'deny' },
    // HSTS only makes sense behind TLS; a reverse proxy in front sets it.
    strictTransportSecurity: false,
  };
}
