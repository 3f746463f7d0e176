/**
 * How much the audit chain's head lock serialises PostgreSQL writes (issue 16, for
 * `bench/postgres.bench.ts`): store transactions per second, each writing one record, with and
 * without an audit entry, at 1 and 8 concurrent writers in one process. The chain is extended
 * under a row lock on `audit_head` until commit (ADR 0023), so transactions with an entry queue
 * on it whatever the number of processes; the share of busy connections waiting on a lock is
 * sampled from `pg_stat_activity` while they run. Measurement only: the chain is ADR 0026's.
 */
import { createPostgresStore } from '@duikit/store-postgres';
import type { AuditChainer } from '@duikit/core';
import { median, throughput, type BenchRow } from './stats.js';

/** A link of the chain as the store needs it (seq + 1); the engine's hashing is not measured. */
const link: AuditChainer = (last) => ({
  seq: (last?.seq ?? 0) + 1,
  prevHash: last?.hash ?? 'genesis',
  hash: `h${(last?.seq ?? 0) + 1}`,
  at: new Date().toISOString(),
  action: 'write',
  fileId: 'f',
});

/**
 * Measures on a fresh schema of `url` and appends the rows.
 *
 * @example
 * await chainContention(cluster.url, rows);
 */
export async function chainContention(url: string, rows: BenchRow[]): Promise<void> {
  const store = await createPostgresStore({ url, schema: 'bench_chain', max: 12 });
  const FILES = 800;
  const versions = Array.from({ length: FILES }, () => 1);
  for (let i = 0; i < FILES; i++)
    await store.put('userFiles', `f${i}`, { meta: { establishment: 'E' } }, null);
  let waiting = 0;
  let busy = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const [r] = await store.sql<{ w: number; b: number }[]>`
        SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS w, count(*)::int AS b
        FROM pg_stat_activity WHERE application_name = 'duikit' AND state <> 'idle' AND pid <> pg_backend_pid()`;
      waiting += r.w;
      busy += r.b;
      await new Promise((res) => setTimeout(res, 5));
    }
  })();
  try {
    for (const writers of [1, 8]) {
      let without = 0;
      for (const audit of [false, true]) {
        const tps: number[] = [];
        waiting = busy = 0;
        for (let run = 0; run < 3; run++)
          tps.push(
            // Each writer keeps to its own 100 files: no version conflicts, only the chain shared.
            await throughput(1_500, writers, async (i) => {
              const id = (i % writers) * 100 + (Math.floor(i / writers) % 100);
              await store.transaction(async (tx) => {
                await tx.put('userFiles', `f${id}`, { meta: { establishment: 'E' }, n: i }, versions[id]);
                versions[id]++;
                if (audit) tx.appendAudit(link);
              });
            }),
          );
        if (!audit) without = median(tps);
        const label = `PostgreSQL store, ${writers} writer(s), ${audit ? 'with' : 'without'} an audit entry`;
        rows.push(
          {
            case: label,
            metric: 'transactions per second',
            unit: 'tx/s',
            median: median(tps),
            ...(audit ? { baseline: without, ratio: median(tps) / without } : {}),
            runs: 3,
          },
          {
            case: label,
            metric: 'busy connections waiting on a lock',
            unit: '%',
            median: busy ? (100 * waiting) / busy : 0,
          },
        );
      }
    }
  } finally {
    sampling = false;
    await sampler;
    await store.close();
  }
}
