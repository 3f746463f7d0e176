/**
 * HTTP on PostgreSQL with one and with two server processes (`npm start`'s entry as child
 * processes on one database): reads and workflow events per second, p50/p99, for
 * `bench/postgres.bench.ts`.
 */
import { cpus } from 'node:os';
import { startServerProcess, type ServerProcess } from '../test/store-postgres/servers.js';
import { median, quantile, throughput, type BenchContext, type BenchRow } from './stats.js';

const ADMISSIONS = 60;

/**
 * Starts two server processes on `url`, creates admissions through the API and measures reads
 * and events with one process, then both (alternating), 5 runs each; appends the rows.
 *
 * @example
 * await httpProcesses(cluster.url, ctx, rows);
 */
export async function httpProcesses(url: string, ctx: BenchContext, rows: BenchRow[]) {
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
