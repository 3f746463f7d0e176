/**
 * The scale path (issue 16): per store (memory, lowdb, PostgreSQL) write, read and care-team list
 * (an indexed query, ADR 0030) latency through the engine (policy + audit) at 1,000 and 100,000
 * user files, with the 100,000 / 1,000 ratio of the write p50 (target ≤ 1.5); then HTTP on
 * PostgreSQL with one and two server processes (`bench/postgres-http.ts`). PostgreSQL is a
 * throwaway cluster (scripts/postgres.mjs) with fsync off, as in the tests. Files are seeded
 * through each store's own transactions, 1,000 per transaction; lowdb is closed and reopened
 * after each seeding (records compacted to their files, then loaded back), so it is measured as
 * it starts on that data (that reopening is a row: lowdb's start-up grows with the number of files).
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
import { chainContention } from './postgres-chain.js';
import { httpProcesses } from './postgres-http.js';
import { FINESS, LISTED, seed, type stored } from './user-files.js';
import { quantile, type BenchContext, type BenchReport, type BenchRow } from './stats.js';

const nurse: CallContext = {
  actor: { professionalId: 'pro-nurse', role: 'nurse', establishment: FINESS },
  purpose: 'bench',
};
const director: CallContext = {
  actor: { professionalId: 'pro-dir', role: 'director', establishment: FINESS },
  purpose: 'bench',
};
/** A nurse in the care team of files 0..29 only: her list has 30 files at every size. */
const lister: CallContext = {
  actor: { professionalId: 'pro-list', role: 'nurse', establishment: FINESS },
  purpose: 'bench',
};

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

/** Times the care-team list (indexed) `n` times; checks it has the files it must. */
async function lists(engine: Engine, n: number) {
  return timed(n, async () => {
    const r = await engine.listUserFiles(lister);
    if (!r.ok || r.value.length !== LISTED) throw new Error(`care-team list: ${JSON.stringify(r)}`);
  });
}

/** The same list as the engine made it before ADR 0030: every file read, the team checked here. */
async function scans(store: StorePort, n: number) {
  return timed(n, async () => {
    const all = await store.query<ReturnType<typeof stored>>('userFiles');
    const mine = all.filter((r) => r.data.meta.careTeam.some((m) => m.professionalId === 'pro-list'));
    if (mine.length !== LISTED) throw new Error(`scan found ${mine.length} files`);
  });
}

const p50Row = (label: string, metric: string, ms: number[]): BenchRow => ({
  case: label,
  metric: `${metric} p50 (p99 beside)`,
  unit: 'ms',
  median: quantile(ms, 0.5),
  p99: quantile(ms, 0.99),
  runs: ms.length,
});

/** Opens a store; lowdb again on the same folder after each seeding. */
interface Subject {
  name: string;
  open: () => Promise<StorePort>;
  reopens?: boolean;
  /** After a bulk load, what an operator runs (PostgreSQL: VACUUM ANALYZE, for the planner). */
  settle?: (store: StorePort) => Promise<unknown>;
}

async function measureStore(ctx: BenchContext, s: Subject, sizes: number[], N: number, rows: BenchRow[]) {
  let store = await s.open();
  const p50 = new Map<number, number>();
  const list50 = new Map<number, number>();
  let seeded = 0;
  try {
    for (const size of sizes) {
      let t0 = performance.now();
      await seed(store, seeded, size);
      seeded = size;
      await s.settle?.(store);
      const seedS = (performance.now() - t0) / 1000;
      let reopenS = 0;
      if (s.reopens) {
        t0 = performance.now();
        await store.close();
        store = await s.open();
        reopenS = (performance.now() - t0) / 1000;
      }
      ctx.log(
        `${s.name}: ${size} files seeded in ${seedS.toFixed(1)} s${s.reopens ? `, closed and reopened in ${reopenS.toFixed(1)} s` : ''}`,
      );
      const label = `${s.name}, ${size.toLocaleString('en')} files`;
      if (s.reopens)
        rows.push({
          case: label,
          metric: 'close and reopen (every file read and checked)',
          unit: 's',
          median: reopenS,
          runs: 1,
        });
      const engine = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
      const w = await writes(engine, size, N);
      const r = await reads(engine, size, N);
      const l = await lists(engine, Math.min(N, 100));
      p50.set(size, quantile(w, 0.5));
      list50.set(size, quantile(l, 0.5));
      rows.push(p50Row(label, 'write', w), p50Row(label, 'read', r), p50Row(label, 'care-team list', l));
      if (size === sizes.at(-1)) {
        const scan = await scans(store, 3);
        rows.push({
          ...p50Row(label, 'care-team list by a whole-collection read (before ADR 0030)', scan),
          baseline: quantile(l, 0.5),
          ratio: quantile(scan, 0.5) / quantile(l, 0.5),
        });
      }
    }
  } finally {
    await store.close();
  }
  const [small, big] = sizes.map((n) => n.toLocaleString('en'));
  rows.push(
    {
      case: `${s.name}, ${big} vs ${small} files`,
      metric: 'write p50 ratio',
      unit: '×',
      median: p50.get(sizes[1])! / p50.get(sizes[0])!,
      target: '≤ 1.5',
    },
    {
      case: `${s.name}, ${big} vs ${small} files`,
      metric: 'care-team list p50 ratio',
      unit: '×',
      median: list50.get(sizes[1])! / list50.get(sizes[0])!,
    },
  );
}

export default async function run(ctx: BenchContext): Promise<BenchReport> {
  const quick = process.env.BENCH_QUICK === '1';
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const sizes = [1_000, quick ? 10_000 : 100_000];
  const N = quick ? 100 : 300;
  const cluster = (await startTemporaryCluster()) as { url: string; stop(): void };
  const dir = mkdtempSync(join(tmpdir(), 'duikit-bench-pg-'));
  const rows: BenchRow[] = [];
  const subjects: Subject[] = [
    { name: 'memory', open: async () => createMemoryStore() },
    { name: 'lowdb', open: () => createLowdbStore({ dir }), reopens: true },
    {
      name: 'PostgreSQL',
      open: () => createPostgresStore({ url: cluster.url, schema: 'bench', max: 10 }),
      settle: (store) =>
        (store as Awaited<ReturnType<typeof createPostgresStore>>).sql`VACUUM ANALYZE records`,
    },
  ];
  try {
    // One store at a time: 100,000 files held in memory twice would only measure the GC.
    for (const s of subjects) await measureStore(ctx, s, sizes, N, rows);
    ctx.log(`stores measured in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    await chainContention(cluster.url, rows);
    await httpProcesses(cluster.url, ctx, rows);
  } finally {
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
      `Care-team list = a nurse in the care team of ${LISTED} files lists hers (audited): the store reads those only (ADR 0030). The whole-collection row reads every file and checks the team in the process, as the engine did before; its ratio is against the indexed list at the same size.`,
      'Audit chain: store transactions writing one record, with or without an audit entry, 1 or 8 writers in one process (12 connections). The entry is chained under the audit_head row lock until commit, so writers with entries queue on it whatever the number of processes: the with/without gap at 8 writers is the ceiling the chain puts on PostgreSQL writes (each audited read or event is such a transaction).',
      'HTTP: with two processes the requests alternate between them (one shared session, in the database); the ratio compares with one process in the same run.',
      `Machine load (1-minute load average) ${loadBefore.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end, on ${cpus().length} cores shared by the server processes, the load generator and PostgreSQL: with two cores, the 1 → 2 process ratio says what a second process costs or gains on the same cores, not how the server scales on more.${quick ? ' BENCH_QUICK: 10,000 files instead of 100,000.' : ''}`,
    ],
  };
}
