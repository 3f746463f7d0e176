/**
 * The embedded store through the engine (policy + audit): reads and writes per second at 1,000
 * and 10,000 user files on lowdb, against the memory store in the same run; write latency at
 * 100, 1,000 and 10,000 files (target: median at 10,000 ≤ 1.5 × median at 100); start-up time;
 * `verifyAudit()` per 100,000 entries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createMemoryStore,
  defaultAccessPolicy,
  openAuditLog,
  type CallContext,
  type Engine,
  type StorePort,
} from '@duikit/core';
import { createLowdbStore } from '@duikit/store-lowdb';
import { median, quantile, type BenchContext, type BenchReport, type BenchRow } from './stats.js';

const FINESS = '750000001';
const director: CallContext = {
  actor: { professionalId: 'pro-dir', role: 'director', establishment: FINESS },
  purpose: 'bench',
};
const nurse: CallContext = {
  actor: { professionalId: 'pro-nurse', role: 'nurse', establishment: FINESS },
  purpose: 'bench',
};

/** A ≈2 KB user file, like the records of STACK.md §4.5. */
const file = (i: number) => ({
  person: {
    id: `p-${i}`,
    ins: {
      birthName: `NOM${i}`,
      birthFirstNames: ['Jeanne', 'Marie'],
      birthDate: '1941-05-12',
      sex: 'F',
      birthPlace: { code: '75056' },
    },
    identityStatus: 'PROV',
    addresses: [{ line: [`${i} rue des Lilas`], city: 'Paris', postalCode: '75011' }],
  },
  stays: [{ id: 's1', entryDate: '2026-03-01' }],
  documents: Array.from({ length: 6 }, (_, d) => ({
    id: `d${d}`,
    title: `Document ${d} du dossier ${i}`,
    status: 'final',
    summary: 'x'.repeat(150),
  })),
  notes: [{ id: 'n1', text: 'Aime jardiner', category: 'social' }],
});

/**
 * Seeds straight through the store (the measured calls below go through the engine): a stored
 * user file is `{ meta, file }` with the nurse in the care team.
 */
async function seed(store: StorePort, from: number, to: number) {
  const at = '2026-03-02T09:00:00.000Z';
  for (let i = from; i < to; i++) {
    const meta = {
      establishment: FINESS,
      createdAt: at,
      careTeam: [{ professionalId: 'pro-nurse', role: 'nurse', since: at }],
      representatives: [],
      objections: [],
      restrictions: [],
      phase: 'active',
      retentionDone: {},
    };
    await store.put('userFiles', `uf-${i}`, { meta, file: file(i) }, null);
  }
}

/** Times `n` writes (a health note by the nurse) on random files; returns per-write ms. */
async function writes(engine: Engine, files: number, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const id = `uf-${Math.floor(Math.random() * files)}`;
    const current = await engine.getUserFile(director, id);
    const version = current.ok ? current.value.version : 0;
    const t0 = performance.now();
    const r = await engine.updateUserFile(
      nurse,
      id,
      { health: { lastNote: `n${k}` } },
      { expectedVersion: version },
    );
    out.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
  }
  return out;
}

async function reads(engine: Engine, files: number, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    const r = await engine.getUserFile(nurse, `uf-${Math.floor(Math.random() * files)}`);
    out.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.message);
  }
  return out;
}

const perSecond = (ms: number[]) => 1000 / median(ms);

export default async function run(ctx: BenchContext): Promise<BenchReport> {
  const quick = process.env.BENCH_QUICK === '1';
  const sizes = quick ? [100, 1_000] : [100, 1_000, 10_000];
  const N = quick ? 60 : 200;
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'duikit-bench-store-'));
  const memStore = createMemoryStore();
  // Schema validation is off: the bench files are minimal and the figures isolate store + policy + audit.
  const mem = await createEngine({ store: memStore, policy: defaultAccessPolicy, validateUserFile: false });
  let store: StorePort = await createLowdbStore({ dir });
  let lowdb = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
  const latency = new Map<number, number>();
  let seeded = 0;
  try {
    for (const size of sizes) {
      ctx.log(`seeding ${size} user files (lowdb and memory)…`);
      await seed(store, seeded, size);
      await seed(memStore, seeded, size);
      seeded = size;
      const wl = await writes(lowdb, size, N);
      const wm = await writes(mem, size, N);
      latency.set(size, median(wl));
      rows.push({
        case: `lowdb, ${size} files`,
        metric: 'write latency (policy + audit)',
        unit: 'ms',
        median: median(wl),
        p99: quantile(wl, 0.99),
        baseline: median(wm),
        ratio: median(wl) / median(wm),
        runs: N,
      });
      if (size >= 1_000) {
        const rl = await reads(lowdb, size, N);
        const rm = await reads(mem, size, N);
        rows.push({
          case: `lowdb, ${size} files`,
          metric: 'writes per second',
          unit: 'ops/s',
          median: perSecond(wl),
          baseline: perSecond(wm),
          ratio: perSecond(wl) / perSecond(wm),
          runs: N,
        });
        rows.push({
          case: `lowdb, ${size} files`,
          metric: 'reads per second',
          unit: 'ops/s',
          median: perSecond(rl),
          baseline: perSecond(rm),
          ratio: perSecond(rl) / perSecond(rm),
          runs: N,
        });
      }
    }
    const small = latency.get(100)!;
    const large = latency.get(sizes.at(-1)!)!;
    rows.push({
      case: `lowdb, ${sizes.at(-1)} vs 100 files`,
      metric: 'median write latency ratio',
      unit: '×',
      median: large / small,
      target: '≤ 1.5',
    });

    await lowdb.close();
    const starts: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      store = await createLowdbStore({ dir });
      lowdb = await createEngine({ store, policy: defaultAccessPolicy, validateUserFile: false });
      starts.push(performance.now() - t0);
      if (k < 2) await lowdb.close();
    }
    rows.push({
      case: `lowdb, ${seeded} files`,
      metric: 'start-up (read and check every file, open audit)',
      unit: 'ms',
      median: median(starts),
      runs: 3,
    });

    ctx.log('building 100,000 audit entries…');
    const draft = {
      at: '2026-03-02T09:00:00.000Z',
      actor: nurse.actor,
      action: 'read' as const,
      fileId: 'uf-1',
      categories: ['health' as const],
      purpose: 'care',
      outcome: 'success' as const,
    };
    const auditDir = mkdtempSync(join(tmpdir(), 'duikit-bench-audit-'));
    const auditStores: [string, StorePort][] = [
      ['memory', createMemoryStore()],
      ['lowdb', await createLowdbStore({ dir: auditDir })],
    ];
    for (const [name, s] of auditStores) {
      const log = await openAuditLog(s);
      for (let k = 0; k < 100_000; k++) void log.append(draft);
      await log.append(draft);
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        const v = await log.verify();
        times.push(performance.now() - t0);
        if (!v.ok) throw new Error('audit chain broken in the benchmark');
      }
      rows.push({
        case: `${name} store`,
        metric: 'verifyAudit() per 100,000 entries',
        unit: 'ms',
        median: median(times),
        runs: 3,
      });
      await s.close();
    }
    rmSync(auditDir, { recursive: true, force: true });
  } finally {
    await lowdb.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    id: 'store',
    title: 'Embedded store through policy + audit',
    description:
      'lowdb (one file per user file, audit in append-only segments) against the memory store; ≈2 KB user files.',
    rows,
    notes: [
      'Write = nurse merge-patches the health part of a random file (diff, policy, identity check, store write, audit append).',
      'Read = nurse reads a random file filtered by the policy (audit append included).',
    ],
  };
}
