/**
 * HTTP throughput and latency of `@duikit/server` on the lowdb store with 1,000 user files, over
 * loopback: reading a user file (policy + audit on every read) and sending a workflow event
 * (guards, persistence, audit, and the instance view it answers with), against a baseline in the
 * same server and run: `GET /api/session`, which passes the same gates (session decryption, auth,
 * CSRF) but calls no engine. The target: an event at least 0.5× the throughput of a read.
 *
 * @example
 * node scripts/bench.mjs server
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import type { CallContext } from '@duikit/core';
import { median, quantile, throughput, type BenchReport } from './stats.js';

const FILES = 1_000;
const RUNS = 5;
const READS_PER_RUN = 200;
const EVENTS_PER_RUN = 100;
const CONCURRENCY = 4;
/** Slices per run: baseline, read and event take turns this many times. */
const SLICES = 5;

interface Ctx {
  root: string;
  log(msg: string): void;
}

type ServerModule = typeof import('@duikit/server');

/**
 * The server from its build: bundling its sources here would resolve its own ajv 8 from the
 * bench cache folder, where only the root ajv 6 (eslint's) is found.
 */
async function loadServer(root: string): Promise<ServerModule> {
  const entry = join(root, 'packages/server/dist/index.js');
  if (!existsSync(entry))
    execFileSync(process.execPath, ['scripts/build.mjs', '--if-missing'], { cwd: root, stdio: 'inherit' });
  return (await import(pathToFileURL(entry).href)) as ServerModule;
}

export default async function run(ctx: Ctx): Promise<BenchReport> {
  const { createDemoAuth, createServer, DEMO_PROFESSIONALS, openDemoEngine } = await loadServer(ctx.root);
  const dir = await mkdtemp(join(tmpdir(), 'duikit-bench-server-'));
  const opened = await openDemoEngine(dir);
  const { engine, runtime } = opened;
  const pro = DEMO_PROFESSIONALS.find((p) => p.role === 'secretariat')!;
  const actor = {
    professionalId: pro.professionalId,
    role: pro.role,
    establishment: pro.establishment,
    name: pro.name,
  };
  const director = DEMO_PROFESSIONALS.find(
    (p) => p.role === 'director' && p.establishment === pro.establishment,
  )!;
  const admin: CallContext = { actor: { ...director, name: director.name }, purpose: 'bench' };
  ctx.log(`seeding ${FILES} user files…`);
  const instances: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const id = `bench-${i}`;
    const file = {
      id,
      establishmentId: pro.establishment,
      status: 'preAdmission',
      person: {
        id,
        identityStatus: 'PROV',
        ins: {
          birthName: `BENCH${i}`,
          birthFirstNames: ['Demo'],
          birthDate: '1940-01-01',
          sex: 'F',
          birthPlace: { code: '69123' },
        },
      },
      extensions: { demo: true },
    };
    const created = await engine.createUserFile(admin, file, { id, establishment: pro.establishment });
    if (!created.ok) throw new Error(`seed ${id}: ${created.error.message}`);
    await engine.addCareTeamMember(admin, id, { professionalId: pro.professionalId, role: pro.role });
    if (i < EVENTS_PER_RUN) {
      const started = await runtime.start(admin, { definition: 'admission-ehpad', fileId: id });
      if (!started.ok) throw new Error(`start ${id}: ${started.reason.message}`);
      instances.push(started.instance.id);
    }
  }
  const app = await createServer({
    service: opened.service,
    auth: createDemoAuth(DEMO_PROFESSIONALS),
    secret: 'b'.repeat(48),
    secureCookie: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const signIn = await fetch(`${base}/api/auth/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ professionalId: actor.professionalId }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const get = async (path: string) => {
      const r = await fetch(`${base}${path}`, { headers: { cookie } });
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    const send = async (instanceId: string, body: unknown) => {
      const r = await fetch(`${base}/api/instances/${instanceId}/events`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`event: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    };
    const submit = {
      type: 'SUBMIT_REQUEST',
      payload: { channel: 'other', receivedOn: '2026-01-05', stayType: 'permanent' },
    };
    const incomplete = { type: 'INCOMPLETE', payload: { missing: ['avis médical'] } };
    const rows: BenchReport['rows'] = [];
    ctx.log('warming up…');
    for (let i = 0; i < 50; i++) await get('/api/session');
    for (let i = 0; i < 50; i++) await get(`/api/user-files/bench-${i}`);
    // Runs interleave baseline, read and event in slices of a fifth of a run, so all three see
    // the same machine load (on a shared machine it drifts within a second).
    const baseline: number[] = [];
    const reads: number[] = [];
    const events: number[] = [];
    const readLatency: number[] = [];
    const eventLatency: number[] = [];
    const slice = async (count: number, request: (i: number) => Promise<void>, latencies?: number[]) =>
      count / (await throughput(count, CONCURRENCY, request, latencies));
    for (let r = 0; r < RUNS; r++) {
      // One event to every instance per run, alternating so each run starts where it must.
      const event = r % 2 === 0 ? submit : incomplete;
      const seconds = { baseline: 0, read: 0, event: 0 };
      for (let k = 0; k < SLICES; k++) {
        const [nb, nr, ne] = [READS_PER_RUN / SLICES, READS_PER_RUN / SLICES, EVENTS_PER_RUN / SLICES];
        seconds.baseline += await slice(nb, () => get('/api/session'));
        seconds.read += await slice(
          nr,
          (i) => get(`/api/user-files/bench-${((k * nr + i) * 37 + r) % FILES}`),
          readLatency,
        );
        seconds.event += await slice(
          ne,
          (i) => send(instances[(k * ne + i) % instances.length], event),
          eventLatency,
        );
      }
      baseline.push(READS_PER_RUN / seconds.baseline);
      reads.push(READS_PER_RUN / seconds.read);
      events.push(EVENTS_PER_RUN / seconds.event);
    }
    const b = median(baseline);
    const read = median(reads);
    const sent = median(events);
    rows.push(
      {
        case: 'baseline GET /api/session (gates, no engine)',
        metric: 'throughput',
        unit: 'req/s',
        median: b,
        runs: RUNS,
      },
      {
        case: `read a user file (${FILES} files)`,
        metric: 'throughput',
        unit: 'req/s',
        median: read,
        baseline: b,
        ratio: read / b,
        runs: RUNS,
      },
      {
        case: `send a workflow event (${FILES} files), against reading a file`,
        metric: 'throughput',
        unit: 'req/s',
        median: sent,
        baseline: read,
        ratio: sent / read,
        target: '≥ ×0.5 of a read',
        runs: RUNS,
      },
      {
        case: 'read a user file',
        metric: 'latency p50 (p99 beside)',
        unit: 'ms',
        median: quantile(readLatency, 0.5),
        p99: quantile(readLatency, 0.99),
        runs: readLatency.length,
      },
      {
        case: 'send a workflow event',
        metric: 'latency p50 (p99 beside)',
        unit: 'ms',
        median: quantile(eventLatency, 0.5),
        p99: quantile(eventLatency, 0.99),
        runs: eventLatency.length,
      },
    );
    ctx.log(
      `read ${read.toFixed(0)} req/s, event ${sent.toFixed(0)} req/s (×${(sent / read).toFixed(2)} of a read; baseline ${b.toFixed(0)})`,
    );
    return {
      id: 'server',
      title: 'HTTP server over the lowdb store',
      description: `Loopback, ${CONCURRENCY} requests in flight, ${RUNS} runs of ${SLICES} interleaved slices; ${FILES} user files; every read and event is policy-checked and audited; an event answers with the instance view.`,
      rows,
      notes: [
        'Throughput ratios: the read against GET /api/session, the event against the read, both medians of the same server and run.',
        'Latencies: every request of every run, p50 in the median column and p99 beside it.',
      ],
    };
  } finally {
    await app.close();
    await opened.close();
    await rm(dir, { recursive: true, force: true });
  }
}
