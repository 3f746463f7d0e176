/**
 * Issue 14, point 11: the status of a refusal follows its meaning (RFC 9110) — 403 not allowed
 * (a role the step is not for, outside the care team, a system event), 404 unknown (file,
 * instance, workflow, event type), 422 invalid data, 409 only for a version conflict or a state
 * that does not accept the request. Over HTTP, on the seeded demo data: the admission of
 * demo-p04 waits for the EHPAD director's decision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoServer, type DemoServer } from './demo-server.js';

let s: DemoServer;
let admission = '';

beforeAll(async () => {
  s = await demoServer();
  const instances = await s.demo.runtime.list({ fileId: 'demo-p04' });
  admission = instances.find((i) => i.definition.startsWith('admission-ehpad'))!.id;
});
afterAll(() => s.app.close());

async function call(who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  const res = await s.as(who, method, url, payload);
  return { status: res.statusCode, body: res.json<{ code: string; reason?: string; pointer: string }>() };
}
const event = (who: string, type: string, payload?: object, instance = admission) =>
  call(who, 'POST', `/api/instances/${instance}/events`, { type, ...(payload ? { payload } : {}) });

describe('workflow event refusals', () => {
  it('a role the step is not for → 403 forbidden (role)', async () => {
    const r = await event('demo-ehpad-nurse', 'ACCEPT');
    expect([r.status, r.body.code, r.body.reason]).toEqual([403, 'forbidden', 'role']);
  });

  it('a professional outside the care team (another establishment) → 403 forbidden', async () => {
    const r = await event('demo-ime-director', 'ACCEPT');
    expect([r.status, r.body.code, r.body.reason]).toEqual([403, 'forbidden', 'not-in-care-team']);
  });

  it('an event only the system sends (a deadline) → 403 forbidden', async () => {
    const r = await event('demo-ehpad-director', 'CONTRACT_SIGNATURE_OVERDUE');
    expect([r.status, r.body.code]).toEqual([403, 'forbidden']);
  });

  it('an event type the workflow does not declare → 404 not-found (unknown-event)', async () => {
    const r = await event('demo-ehpad-director', 'NO_SUCH_EVENT');
    expect([r.status, r.body.code, r.body.reason]).toEqual([404, 'not-found', 'unknown-event']);
  });

  it('an unknown instance → 404 not-found', async () => {
    const r = await event('demo-ehpad-director', 'ACCEPT', undefined, 'no-such-instance');
    expect([r.status, r.body.code]).toEqual([404, 'not-found']);
  });

  it('an invalid payload → 422 invalid, pointing at the field', async () => {
    const r = await event('demo-ehpad-director', 'REFUSE', { reason: 'x' });
    expect([r.status, r.body.code, r.body.pointer]).toEqual([422, 'invalid', '/reason']);
  });

  it('an event the current step does not accept → 409 wrong-state', async () => {
    const r = await event('demo-ehpad-director', 'SIGN_CONTRACT');
    expect([r.status, r.body.code]).toEqual([409, 'wrong-state']);
  });
});

describe('other refusals', () => {
  it('an unknown file → 404; a file of another establishment → 403', async () => {
    expect((await call('demo-ehpad-director', 'GET', '/api/user-files/no-such-file')).status).toBe(404);
    expect((await call('demo-ime-director', 'GET', '/api/user-files/demo-p04')).status).toBe(403);
  });

  it('an unknown workflow to start → 404', async () => {
    const r = await call('demo-ehpad-director', 'POST', '/api/workflows/instances', {
      definition: 'no-such-workflow',
      userFileId: 'demo-p04',
    });
    expect([r.status, r.body.code]).toEqual([404, 'not-found']);
  });

  it('a stale version → 409 conflict, and only for whom may write the file', async () => {
    const stale = { patch: { extensions: { x: 1 } }, expectedVersion: 1 };
    const r = await call('demo-ehpad-director', 'PATCH', '/api/user-files/demo-p04', stale);
    expect([r.status, r.body.code]).toEqual([409, 'conflict']);
    const outsider = await call('demo-ime-director', 'PATCH', '/api/user-files/demo-p04', stale);
    expect(outsider.status).toBe(403);
  });
});
