/**
 * Sessions kept in the store (`storeSessions`, used on PostgreSQL so that any server process
 * answers any request): the same behaviour as the in-memory registry (ADR 0020) — revocable, idle
 * expiry — with the record keyed by a hash of the id, and few writes. Two registries over one
 * store stand for two processes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type StorePort } from '@duikit/core';
import { SESSIONS, storeSessions } from '@duikit/server';

const MINUTE = 60_000;

function twoProcesses(store: StorePort = createMemoryStore()) {
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
  const now = () => clock.now;
  return { store, clock, a: storeSessions(store, { now }), b: storeSessions(store, { now }) };
}

describe('sessions kept in the store', () => {
  it('a session opened by one process is live on the other; closing it on one ends it on both', async () => {
    const { a, b } = twoProcesses();
    const id = await a.open('pro-1');
    expect(await b.touch(id)).toBe(true);
    await b.close(id);
    expect(await a.touch(id)).toBe(false);
    expect(await b.touch(id)).toBe(false);
  });

  it('keeps a hash of the id, never the id the cookie carries', async () => {
    const { store, a } = twoProcesses();
    const id = await a.open('pro-1');
    const rows = await store.query(SESSIONS);
    expect(rows.map((r) => r.id)).toEqual([createHash('sha256').update(id).digest('base64url')]);
    expect(JSON.stringify(rows)).not.toContain(id);
  });

  it('ends a session idle past 15 minutes, counted from its last use on any process', async () => {
    const { clock, a, b } = twoProcesses();
    const id = await a.open('pro-1');
    clock.now += 14 * MINUTE;
    expect(await b.touch(id)).toBe(true); // used on b: the idle time starts again
    clock.now += 14 * MINUTE;
    expect(await a.touch(id)).toBe(true);
    clock.now += 15 * MINUTE + 1;
    expect(await b.touch(id)).toBe(false);
    expect(await a.touch(id)).toBe(false);
  });

  it('writes a request’s use at most every 30 seconds, not on every request', async () => {
    const { store, clock, a } = twoProcesses();
    const id = await a.open('pro-1');
    const version = async () => (await store.query(SESSIONS))[0].version;
    for (let i = 0; i < 5; i++) {
      clock.now += 5_000;
      expect(await a.touch(id)).toBe(true);
    }
    expect(await version()).toBe(1);
    clock.now += 10_000; // 35 s since the last write
    expect(await a.touch(id)).toBe(true);
    expect(await version()).toBe(2);
  });

  it('closeAll ends every session of one professional on every process, and only theirs', async () => {
    const { a, b } = twoProcesses();
    const [x, y, z] = [await a.open('pro-1'), await b.open('pro-1'), await a.open('pro-2')];
    expect(await b.closeAll('pro-1')).toBe(2);
    expect([await a.touch(x), await a.touch(y), await b.touch(z)]).toEqual([false, false, true]);
  });

  it('removes the records of sessions that ended idle when new ones open', async () => {
    const { store, clock, a } = twoProcesses();
    await a.open('pro-1');
    await a.open('pro-2');
    clock.now += 16 * MINUTE;
    await a.open('pro-3');
    expect(
      (await store.query<{ professionalId: string }>(SESSIONS)).map((r) => r.data.professionalId),
    ).toEqual(['pro-3']);
  });
});
