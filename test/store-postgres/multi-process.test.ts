/**
 * Two real server processes (`npm start`'s entry, child processes) on one PostgreSQL database,
 * driven over HTTP as a load balancer would: a session opened on one works on the other and
 * ends on both; concurrent writers lose nothing and are told of conflicts (409); one event sent
 * to both is applied once; 1,000 due deadlines ticked by both are each fired once, also when one
 * process is killed (-9) in the middle of its tick. ADR 0027.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend, STORE_INDEXES, type HttpBackend } from '@duikit/core';
import type { createPostgresStore } from '@duikit/store-postgres';
import { useCluster } from './cluster.js';
import { startServerProcess, type ServerProcess } from './servers.js';
import { newFile } from '../server/world.js';

const pg = useCluster();
const SCHEMA = 'multi';
let a: ServerProcess;
let b: ServerProcess;
let db: Awaited<ReturnType<typeof createPostgresStore>>;

beforeAll(async () => {
  // Ticking every second, as fast as a test may wait; the first start seeds the demo data.
  a = await startServerProcess(pg.url, SCHEMA, { DUIKIT_TICK_SECONDS: '1' });
  b = await startServerProcess(pg.url, SCHEMA, { DUIKIT_TICK_SECONDS: '1' });
  db = await pg.open({ schema: SCHEMA, max: 2 });
}, 180_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.close();
});

/** Signs in on a server; answers the session cookie. */
async function cookieOf(url: string, professionalId: string): Promise<string> {
  const r = await fetch(`${url}api/auth/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ professionalId }),
  });
  expect(r.ok).toBe(true);
  return (r.headers.get('set-cookie') ?? '').split(';')[0];
}

/** A browser's cookie, shared by the tabs it opens on either server. */
interface Jar {
  cookie: string;
}

/** The HTTP backend of a server with a cookie jar; every response's status is recorded. */
function client(url: string, jar: Jar, statuses: number[] = []): HttpBackend {
  return createHttpBackend({
    baseUrl: url.replace(/\/$/, ''),
    fetch: async (input, init = {}) => {
      const headers = { ...(init.headers as object), cookie: jar.cookie };
      const r = await fetch(input, { ...init, headers });
      const set = r.headers.get('set-cookie');
      if (set) jar.cookie = set.split(';')[0];
      statuses.push(r.status);
      return r;
    },
  });
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('two server processes on one PostgreSQL database', () => {
  it('a session opened on one answers on the other; signing out on one ends it on both', async () => {
    const jar = { cookie: await cookieOf(a.url, 'demo-ehpad-director') };
    const [onA, onB] = [client(a.url, jar), client(b.url, jar)];
    expect(ok(await onB.getSession())).toMatchObject({ actor: { professionalId: 'demo-ehpad-director' } });
    expect(ok(await onB.listUserFiles()).length).toBeGreaterThan(0);
    // The session lives in the database, not in either process.
    const rows = await db.sql<{ id: string }[]>`SELECT id FROM records WHERE collection = 'serverSessions'`;
    expect(rows.length).toBeGreaterThan(0);
    // A copy of the cookie kept aside (another tab, a proxy log) is worthless once signed out.
    const copy = { ...jar };
    ok(await onA.signOut());
    const statuses: number[] = [];
    const after = await client(b.url, copy, statuses).listUserFiles();
    expect(after.ok).toBe(false);
    expect(statuses).toContain(401);
  });

  it('concurrent writers on the same files through both: no update lost, each conflict a 409', async () => {
    const jar = { cookie: await cookieOf(a.url, 'demo-ehpad-director') };
    const statuses: number[] = [];
    const [onA, onB] = [client(a.url, jar, statuses), client(b.url, jar, statuses)];
    const files = await Promise.all(
      ['CONCURRENT', 'PARALLELE'].map(async (name) =>
        ok(await onA.createUserFile({ file: newFile(name, 'Ada') as never, establishment: '690000013' })),
      ),
    );
    let conflicts = 0;
    const writer = async (backend: HttpBackend, fileId: string, personId: string, name: string) => {
      for (let i = 0; i < 4; i++) {
        for (;;) {
          const cur = ok(await backend.readUserFile(fileId));
          const r = await backend.addItem(fileId, 'notes', {
            item: {
              id: `${name}-${i}`,
              personId,
              at: '2026-12-07T09:00:00Z',
              author: { id: 'demo-ehpad-director', kind: 'professional' },
              category: 'administrative',
              text: `${name} ${i}`,
            },
            expectedVersion: cur.version,
          });
          if (r.ok) break;
          expect(r.error.code).toBe('conflict');
          conflicts++;
        }
      }
    };
    await Promise.all(
      files.flatMap((f) => {
        const person = (f.file as { person: { id: string } }).person.id;
        return [
          writer(onA, f.id, person, 'a1'),
          writer(onA, f.id, person, 'a2'),
          writer(onB, f.id, person, 'b1'),
          writer(onB, f.id, person, 'b2'),
        ];
      }),
    );
    const expected = ['a1', 'a2', 'b1', 'b2'].flatMap((w) => [0, 1, 2, 3].map((i) => `${w}-${i}`)).sort();
    for (const f of files) {
      const read = ok(await onB.readUserFile(f.id));
      const notes = (read.file.notes as { id: string }[]).map((n) => n.id).sort();
      expect(notes).toEqual(expected);
      // Each of the 16 writes made one version, none was applied twice or lost.
      expect(read.version).toBe(f.version + 16);
    }
    // Every refused write was answered 409 Conflict, and nothing else failed.
    expect(statuses.filter((s) => s === 409)).toHaveLength(conflicts);
    expect(statuses.every((s) => s < 300 || s === 409)).toBe(true);
  });

  it('one workflow event sent to both at once is applied once', async () => {
    const jar = { cookie: await cookieOf(a.url, 'demo-ehpad-secretariat') };
    const [onA, onB] = [client(a.url, jar), client(b.url, jar)];
    const task = ok(await onA.getTasks()).find((t) => t.step.id === 'preAdmission.request');
    expect(task, 'a seeded admission waits at its request step').toBeDefined();
    const id = task!.instanceId;
    const event = {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'cerfa-14732', receivedOn: '2026-12-07', stayType: 'permanent' },
    };
    const answers = await Promise.all([onA.sendEvent(id, event), onB.sendEvent(id, event)]);
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    const lost = answers.find((r) => !r.ok);
    expect(lost && !lost.ok && ['conflict', 'wrong-state']).toContain(lost && !lost.ok && lost.error.code);
    const applied = await db.sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM logs
      WHERE log = 'workflowHistory' AND key = ${id} AND entry->>'event' = 'SUBMIT_REQUEST'`;
    expect(applied[0].n).toBe(1);
  });

  /** Clones a seeded discharge (one pending deadline, "notice") `n` times, all overdue. */
  async function overdueClones(prefix: string, n: number): Promise<string[]> {
    const [template] = await db.sql<{ id: string; data: { deadlines: { status: string }[] } }[]>`
      SELECT id, data FROM records WHERE collection = 'workflowInstances'
        AND data->>'definition' = 'discharge@1.0.0' AND data->>'status' = 'active'
        AND id NOT LIKE 'wf-both-%' AND id NOT LIKE 'wf-kill-%'
        AND data->'deadlines' @> '[{"status": "pending"}]'
      ORDER BY id LIMIT 1`;
    // The seed's own discharge, never a clone of an earlier test: a clone whose notice already
    // fired would hand its fired history to the new clones (and nothing would be left to fire).
    expect(template, 'the demo seed has a discharge under notice').toBeDefined();
    const at = template.data.deadlines.findIndex((d) => d.status === 'pending');
    const due = `k${STORE_INDEXES.workflowInstances.fields.indexOf('nextDueAt') + 1}`;
    const past = '2026-12-01T00:00:00.000Z';
    await db.sql.begin(async (tx) => {
      await tx.unsafe(
        `INSERT INTO records (establishment, collection, id, version, updated_at, data, k1, k2, k3, k4)
         SELECT establishment, collection, $1 || g, 1, updated_at,
           jsonb_set(jsonb_set(jsonb_set(data, '{id}', to_jsonb($1 || g)),
             ARRAY['deadlines', $3::text, 'dueAt'], to_jsonb($4::text)), '{nextDueAt}', to_jsonb($4::text)),
           k1, k2, k3, k4
         FROM records, generate_series(1, $5::int) g WHERE collection = 'workflowInstances' AND id = $2`,
        [prefix, template.id, String(at), past, n],
      );
      await tx.unsafe(
        `UPDATE records SET ${due} = $2 WHERE collection = 'workflowInstances' AND id LIKE $1`,
        [`${prefix}%`, past],
      );
      await tx.unsafe(
        `INSERT INTO logs (log, key, entry)
         SELECT log, $1 || g, entry FROM logs, generate_series(1, $3::int) g
         WHERE log = 'workflowHistory' AND key = $2 ORDER BY g, pos`,
        [prefix, template.id, n],
      );
    });
    return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  }

  /** Per clone: how many times its notice deadline fired (history) and was audited. */
  async function firings(prefix: string) {
    const history = await db.sql<{ key: string; n: number }[]>`
      SELECT key, count(*)::int AS n FROM logs
      WHERE log = 'workflowHistory' AND key LIKE ${`${prefix}%`} AND entry->>'deadline' = 'notice'
      GROUP BY key`;
    const audit = await db.sql<{ id: string; n: number }[]>`
      SELECT entry->'details'->>'instanceId' AS id, count(*)::int AS n FROM audit
      WHERE action = 'workflow' AND entry->'details'->>'step' = 'workflow.deadline'
        AND entry->'details'->>'instanceId' LIKE ${`${prefix}%`}
      GROUP BY 1`;
    return { history, audit };
  }

  const until = async (check: () => Promise<boolean>, ms: number) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`not reached within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it(
    '1,000 overdue deadlines ticked by both processes at once: each fired exactly once',
    { timeout: 120_000 },
    async () => {
      const before = [a.fired(), b.fired()];
      const ids = await overdueClones('wf-both-', 1000);
      await until(async () => (await firings('wf-both-')).history.length === ids.length, 90_000);
      // Give a straggling tick the time to (wrongly) fire again, then count.
      await new Promise((r) => setTimeout(r, 1500));
      const { history, audit } = await firings('wf-both-');
      expect(history.map((h) => h.key).sort()).toEqual([...ids].sort());
      expect(history.every((h) => h.n === 1)).toBe(true);
      expect(audit).toHaveLength(ids.length);
      expect(audit.every((h) => h.n === 1)).toBe(true);
      // Both processes took part, and together they fired each once.
      const byA = a.fired() - before[0];
      const byB = b.fired() - before[1];
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      expect(byA + byB).toBe(ids.length);
    },
  );

  it(
    'kill -9 of one process mid-tick: the other fires what was left, nothing twice, one chain',
    { timeout: 120_000 },
    async () => {
      const ids = await overdueClones('wf-kill-', 500);
      // Once the work is under way, process b dies without a word (its claim rolls back).
      await until(async () => (await firings('wf-kill-')).history.length >= 100, 60_000);
      b.child.kill('SIGKILL');
      await until(async () => (await firings('wf-kill-')).history.length === ids.length, 90_000);
      await new Promise((r) => setTimeout(r, 1500));
      const { history, audit } = await firings('wf-kill-');
      expect(history).toHaveLength(ids.length);
      expect(history.every((h) => h.n === 1)).toBe(true);
      expect(audit).toHaveLength(ids.length);
      expect(audit.every((h) => h.n === 1)).toBe(true);
      const director = client(a.url, { cookie: await cookieOf(a.url, 'demo-ehpad-director') });
      expect(ok(await director.verifyAudit())).toMatchObject({ ok: true });
    },
  );
});
