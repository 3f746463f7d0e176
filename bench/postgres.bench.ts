/**
 * The scale path (issue 16): per store (memory, lowdb, PostgreSQL) write and read latency through
 * the engine (policy + audit) at 1,000 and 100,000 user files, with the 100,000 / 1,000 ratio of
 * the write p50 (target ≤ 1.5); then HTTP on PostgreSQL with one and with two server processes
 * (`npm start`'s entry as child processes on one database): reads and workflow events per second.
 * PostgreSQL is a throwaway cluster (scripts/postgres.mjs) with fsync off, as in the tests.
 * `BENCH_QUICK=1` measures 1,000 and 10,000 files.
 *
 * @example
 * node scripts/bench.mjs postgres
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  type CallContext,
  type Engine,
  type StorePort,
} from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { createPostgresStore } from '@duikit/store-postgres';
// @ts-expect-error: a plain ESM script without declarations
import { startTemporaryCluster } from '../scripts/postgres.mjs';
import { startServerProcess, type ServerProcess } from '../test/store-postgres/servers.js';
import { median, quantile, throughput, type BenchContext, type BenchReport, type BenchRow } from './stats.js';

const FINESS = '750000001';
const nurse: CallContext = {
  actor: { professionalId: 'pro-nurse', role: 'nurse', establishment: FINESS },
  purpose: 'bench',
};
const director: CallContext = {
  actor: { professionalId: 'pro-dir', role: 'director', establishment: FINESS },
  purpose: 'bench',
};
const AT = '2026-03-02T09:00:00.000Z';
const ADMISSIONS = 60;

/** A ≈2 KB stored user file with the nurse in its care team (as bench/store.bench.ts). */
const stored = (i: number) => ({
  meta: {
    establishment: FINESS,
    createdAt: AT,
    careTeam: [{ professionalId: 'pro-nurse', role: 'nurse', since: AT }],
    representatives: [],
    objections: [],
    restrictions: [],
    phase: 'active',
    retentionDone: {},
  },
  file: {
    person: { id: `p-${i}`, identityStatus: 'PROV', ins: { birthName: `NOM${i}`, birthDate: '1941-05-12' } },
    documents: Array.from({ length: 6 }, (_, d) => ({
      id: `d${d}`,
      title: `Document ${d}`,
      summary: 'x'.repeat(150),
    })),
    notes: [{ id: 'n1', text: 'Aime jardiner', category: 'social' }],
  },
});

/** Seeds files `from..to` straight through the store, `batch` writes in flight. */
async function seed(store: StorePort, from: number, to: number, batch: number) {
  for (let i = from; i < to; i += batch) {
    const n = Math.min(batch, to - i);
    await Promise.all(
      Array.from({ length: n }, (_, k) => store.put('userFiles', `uf-${i + k}`, stored(i + k), null)),
    );
  }
}

async function timed(n: number, op: (k: number) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    await op(k);
    out.push(performance.now() - t0);
  }
  return out;
}

const pick = (files: number) => `uf-${Math.floor(Math.random() * files)}`;

async function writes(engine: Engine, files: number, n: number) {
  return timed(n, async (k) => {
    const id = pick(files);
    const cur = await engine.getUserFile(director, id);
    const r = await engine.updateUserFile(
      nurse,
      id,
      { health: { lastNote: `n${k}` } },
      { expectedVersion: cur.ok ? cur.value.version : 0 },
    );
    if (!r.ok) throw new Error(r.error.message);
  });
}

async function reads(engine: Engine, files: number, n: number) {
  return timed(n, async () => {
    const r = await engine.getUserFile(nurse, pick(files));
    if (!r.ok) throw new Error(r.error.message);
  });
}

async function http(url: string, ctx: BenchContext, rows: BenchRow[]) {
  const schema = 'bench_http';
  const env = { DUIKIT_TICK_SECONDS: '3600' };
  const procs: ServerProcess[] = [await startServerProcess(url, schema, env)];
  procs.push(await startServerProcess(url, schema, env));
  try {
    const session = async (base: string, who: string) => {
      const r = await fetch(`${base}api/auth/demo/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ professionalId: who }),
      });
      const { csrfToken } = (await r.json()) as { csrfToken: string };
      return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0], csrf: csrfToken };
    };
    // One session each (sessions are in the database): any process answers it.
    const sec = await session(procs[0].url, 'demo-ehpad-secretariat');
    const dir = await session(procs[0].url, 'demo-ehpad-director');
    const call = async (base: string, path: string, body?: unknown, s = sec) => {
      const r = await fetch(`${base}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: {
          cookie: s.cookie,
          ...(body ? { 'content-type': 'application/json', 'x-csrf-token': s.csrf } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.json() as Promise<unknown>;
    };
    // Admissions at their request step, created through the API (the director files, the
    // secretariat starts the workflow).
    const instances: string[] = [];
    for (let i = 0; i < ADMISSIONS; i++) {
      const person = {
        id: `p-bench-${i}`,
        identityStatus: 'PROV',
        ins: {
          birthName: `BENCH${i}`,
          birthFirstNames: ['Ada'],
          birthDate: '1939-04-12',
          sex: 'F',
          birthPlace: { code: '69123' },
        },
      };
      const file = (await call(
        procs[0].url,
        'api/user-files',
        { file: { status: 'preAdmission', person, extensions: { demo: true } }, establishment: '690000013' },
        dir,
      )) as { id: string };
      const started = (await call(procs[0].url, 'api/workflows/instances', {
        definition: 'admission-ehpad',
        userFileId: file.id,
      })) as { id: string };
      instances.push(started.id);
    }
    const files = ((await call(procs[0].url, 'api/user-files')) as { id: string }[]).map((f) => f.id);
    ctx.log(`HTTP: ${files.length} files, ${instances.length} admissions at their request step`);
    const submit = {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'other', receivedOn: '2026-01-05', stayType: 'permanent' },
    };
    const incomplete = { type: 'INCOMPLETE', payload: { missing: ['avis médical'] } };
    const result: Record<string, { reads: number[]; events: number[]; rl: number[]; el: number[] }> = {};
    for (const n of [1, 2]) result[n] = { reads: [], events: [], rl: [], el: [] };
    for (let run = 0; run < 5; run++) {
      for (const n of [1, 2]) {
        const base = (i: number) => procs[i % n].url;
        const r = result[n];
        r.reads.push(
          await throughput(
            300,
            8,
            (i) => call(base(i), `api/user-files/${files[i % files.length]}`).then(() => {}),
            r.rl,
          ),
        );
        // Every admission gets one event per run, alternating so each run starts where it must.
        const event = (run * 2 + n - 1) % 2 === 0 ? submit : incomplete;
        r.events.push(
          await throughput(
            instances.length,
            8,
            (i) => call(base(i), `api/instances/${instances[i]}/events`, event).then(() => {}),
            r.el,
          ),
        );
      }
    }
    const cores = cpus().length;
    for (const n of [1, 2]) {
      const r = result[n];
      rows.push(
        {
          case: `PostgreSQL, ${n} server process(es)`,
          metric: 'reads per second',
          unit: 'req/s',
          median: median(r.reads),
          ...(n === 2
            ? { baseline: median(result[1].reads), ratio: median(r.reads) / median(result[1].reads) }
            : {}),
          runs: 5,
        },
        {
          case: `PostgreSQL, ${n} server process(es)`,
          metric: 'workflow events per second',
          unit: 'req/s',
          median: median(r.events),
          ...(n === 2
            ? { baseline: median(result[1].events), ratio: median(r.events) / median(result[1].events) }
            : {}),
          runs: 5,
        },
        {
          case: `PostgreSQL, ${n} server process(es)`,
          metric: 'read latency p50 (p99 beside)',
          unit: 'ms',
          median: quantile(r.rl, 0.5),
          p99: quantile(r.rl, 0.99),
          runs: r.rl.length,
        },
        {
          case: `PostgreSQL, ${n} server process(es)`,
          metric: 'event latency p50 (p99 beside)',
          unit: 'ms',
          median: quantile(r.el, 0.5),
          p99: quantile(r.el, 0.99),
          runs: r.el.length,
        },
      );
    }
    ctx.log(
      `HTTP on ${cores} cores: reads ${median(result[1].reads).toFixed(0)} → ${median(result[2].reads).toFixed(0)} req/s`,
    );
  } finally {
    for (const p of procs) await p.stop();
  }
}

export default async function run(ctx: BenchContext): Promise<BenchReport> {
  const quick = process.env.BENCH_QUICK === '1';
  const loadBefore = loadavg()[0];
  const sizes = [1_000, quick ? 10_000 : 100_000];
  const N = quick ? 100 : 300;
  const cluster = (await startTemporaryCluster()) as { url: string; stop(): void };
  const dir = mkdtempSync(join(tmpdir(), 'duikit-bench-pg-'));
  const rows: BenchRow[] = [];
  const stores: [string, StorePort, number][] = [
    ['memory', createMemoryStore(), 1],
    ['lowdb', await createLowdbStore({ dir }), 1],
    ['PostgreSQL', await createPostgresStore({ url: cluster.url, schema: 'bench', max: 10 }), 10],
  ];
  try {
    for (const [name, store, batch] of stores) {
      const engine = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
      let seeded = 0;
      const p50 = new Map<number, number>();
      for (const size of sizes) {
        ctx.log(`${name}: seeding ${size} user files…`);
        await seed(store, seeded, size, batch);
        seeded = size;
        const w = await writes(engine, size, N);
        const r = await reads(engine, size, N);
        p50.set(size, quantile(w, 0.5));
        const label = `${name}, ${size.toLocaleString('en')} files`;
        rows.push(
          {
            case: label,
            metric: 'write p50 (p99 beside)',
            unit: 'ms',
            median: quantile(w, 0.5),
            p99: quantile(w, 0.99),
            runs: N,
          },
          {
            case: label,
            metric: 'read p50 (p99 beside)',
            unit: 'ms',
            median: quantile(r, 0.5),
            p99: quantile(r, 0.99),
            runs: N,
          },
        );
      }
      rows.push({
        case: `${name}, ${sizes[1].toLocaleString('en')} vs 1,000 files`,
        metric: 'write p50 ratio',
        unit: '×',
        median: p50.get(sizes[1])! / p50.get(sizes[0])!,
        target: '≤ 1.5',
      });
      await engine.close();
    }
    await http(cluster.url, ctx, rows);
  } finally {
    await Promise.all(stores.map(([, s]) => s.close().catch(() => undefined)));
    rmSync(dir, { recursive: true, force: true });
    cluster.stop();
  }
  return {
    id: 'postgres',
    title: 'Scale path: memory, lowdb and PostgreSQL; HTTP with one and two processes',
    description: `Through the engine (policy + audit), ≈2 KB user files, ${N} operations per size; HTTP on loopback, 8 requests in flight, 5 runs, the demo data, ${cpus().length} cores (shared with the load generator and PostgreSQL).`,
    rows,
    notes: [
      'Write = nurse merge-patches the health part of a random file; read = nurse reads a random file (both audited).',
      'HTTP: with two processes the requests alternate between them (one shared session, in the database); the ratio compares with one process in the same run.',
      `Machine load (1-minute load average) ${loadBefore.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end, on ${cpus().length} shared cores: other engineers' builds and tests ran at the same time, so the absolute figures are pessimistic and the 1 → 2 process ratio mostly measures the cores already taken.${quick ? ' BENCH_QUICK: 10,000 files instead of 100,000.' : ''}`,
    ],
  };
}
