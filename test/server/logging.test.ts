/**
 * Issue 14, point 9: a server error is logged (pino, through Fastify) with the id of its request,
 * and the 500 answer shows that id — so the line a person quotes finds the stack in the log.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { fakeServer, signInAs } from './setup.js';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A server whose service throws, logging JSON lines into `lines`. */
async function throwingServer(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const fail = () => {
    throw new Error('disk on fire at /srv/data');
  };
  app = (await fakeServer(fail, { logger: { level, stream } })).app;
  const { cookie, csrf } = await signInAs(app);
  const res = await app.inject({ url: '/api/user-files/f1', headers: { cookie, 'x-csrf-token': csrf } });
  return { res, lines };
}

describe('server errors are logged with the request id the answer shows', () => {
  it('a 500 names its request id, and the error line carries the same id and the stack', async () => {
    const { res, lines } = await throwingServer('warn');
    expect(res.statusCode).toBe(500);
    const body = res.json<{ code: string; requestId: string; message: string }>();
    expect(body.code).toBe('internal');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // The person reads the reference in the sentence; the internals stay in the log.
    expect(body.message).toContain(body.requestId);
    expect(res.body).not.toContain('disk on fire');
    const errors = lines.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reqId: body.requestId, requestId: body.requestId });
    expect(JSON.stringify(errors[0])).toContain('disk on fire at /srv/data');
  });

  it('two requests get two ids, and a client cannot choose its own', async () => {
    const { res: first } = await throwingServer('silent');
    const { cookie, csrf } = await signInAs(app!);
    const second = await app!.inject({
      url: '/api/user-files/f1',
      headers: { cookie, 'x-csrf-token': csrf, 'request-id': 'chosen', 'x-request-id': 'chosen' },
    });
    expect(second.json<{ requestId: string }>().requestId).not.toBe(
      first.json<{ requestId: string }>().requestId,
    );
    expect(second.json<{ requestId: string }>().requestId).not.toBe('chosen');
  });

  it('a refusal (4xx) is the caller’s, not logged as an error', async () => {
    const lines: unknown[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    app = (await fakeServer(undefined, { logger: { level: 'warn', stream } })).app;
    const res = await app.inject({ url: '/api/user-files/f1' });
    expect(res.statusCode).toBe(401);
    expect(lines).toEqual([]);
  });
});
