/**
 * Workflow runtime benchmark: 10,000 admissions driven from the request to `admitted` through
 * the runtime API and persisted to the in-memory store (per-transition latency and throughput),
 * then `tick(now)` over 10,000 instances whose contract-signature deadline is pending.
 * Baseline: the same transitions computed by xstate alone (pure `transition()`, no store, no
 * checks), so the ratio shows what persistence, access checks and deadlines cost.
 */
import { initialTransition, transition } from 'xstate';
import {
  createMemoryStore,
  createWorkflowRegistry,
  createWorkflowRuntime,
  INSTANCES,
  standardWorkflowFiles,
  type CallContext,
  type WorkflowInstance,
} from '@duikit/core';
import { median, quantile, type BenchContext, type BenchReport } from './stats.js';

const N = 10_000;
/** Issue 16's targets: the memory store's send throughput and one tick over N overdue instances. */
const THROUGHPUT_TARGET = '≥ 10,000 transitions/s';
const TICK_TARGET = '< 1,000 ms';
const REQUEST = { channel: 'other', receivedOn: '2026-04-01', stayType: 'permanent' };
/** The admission path from request to admitted (base definition: no medical opinion, no withdrawal window). */
const PATH: [string, string, unknown?][] = [
  ['secretariat', 'SUBMIT_REQUEST', REQUEST],
  ['secretariat', 'COMPLETE'],
  ['director', 'ACCEPT', { plannedEntryDate: '2026-04-10' }],
  ['director', 'ENTER', { entryDate: '2026-04-10' }],
  ['director', 'HAND_OVER_CONTRACT', { documentType: 'contrat-sejour' }],
  ['director', 'SIGN_CONTRACT', { signedOn: '2026-04-20', signatories: ['person', 'director'] }],
  ['director', 'INFORM_TRUSTED_PERSON'],
  [
    'director',
    'SIGN_ATTESTATION',
    { informedOn: '2026-04-12', signedByPerson: true, signedByDirector: true },
  ],
  [
    'secretariat',
    'DELIVER_ENTRY_DOCUMENTS',
    { welcomeBooklet: true, charter: true, houseRules: true, deliveredOn: '2026-04-10' },
  ],
];
const ctx = (role: string): CallContext => ({
  actor: { professionalId: `p-${role}`, role, establishment: '750000001' },
  purpose: 'bench',
});

export default async function run(bench: BenchContext): Promise<BenchReport> {
  const registry = createWorkflowRegistry(standardWorkflowFiles);
  const wf = registry.get('admission@1.0.0')!;
  const now = new Date('2026-04-01T08:00:00Z');

  // Baseline: xstate alone over the same path.
  const base: number[] = [];
  for (let i = 0; i < N; i++) {
    let [snap] = initialTransition(wf.machine, {
      context: structuredClone(wf.definition.context ?? {}),
      $now: now.toISOString(),
    });
    for (const [, type, payload] of PATH) {
      const t0 = performance.now();
      [snap] = transition(wf.machine, snap, {
        type,
        payload,
        $now: now.toISOString(),
        $actor: 'system',
      });
      base.push(performance.now() - t0);
    }
    if (snap.status !== 'done') throw new Error(`baseline ended in ${JSON.stringify(snap.value)}`);
  }
  bench.log(`baseline: ${base.length} xstate transitions`);

  const store = createMemoryStore(() => now);
  const runtime = createWorkflowRuntime({ store, registry, clock: () => now });
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    const s = await runtime.start(ctx('secretariat'), { definition: 'admission@1.0.0', fileId: `file-${i}` });
    if (!s.ok) throw new Error(s.reason.message);
    for (const [role, type, payload] of PATH) {
      const t0 = performance.now();
      const r = await runtime.send(ctx(role), s.instance.id, { type, payload });
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(`${type}: ${r.reason.message}`);
    }
    if (i % 2000 === 1999) bench.log(`${i + 1} admissions`);
  }
  const seconds = (performance.now() - started) / 1000;
  const admitted = await runtime.list({ definition: 'admission@1.0.0', status: 'done' });
  if (admitted.length !== N) throw new Error(`${admitted.length} admitted instead of ${N}`);

  // tick(now) over 10,000 instances waiting for the contract signature (deadline 2026-05-10).
  const tickStore = createMemoryStore(() => now);
  const tickRuntime = createWorkflowRuntime({ store: tickStore, registry, clock: () => now });
  const seed = await tickRuntime.start(ctx('secretariat'), { definition: 'admission@1.0.0', fileId: 'seed' });
  if (!seed.ok) throw new Error(seed.reason.message);
  for (const [role, type, payload] of PATH.slice(0, 5))
    await tickRuntime.send(ctx(role), seed.instance.id, { type, payload });
  const template = (await tickStore.get<WorkflowInstance>(INSTANCES, seed.instance.id))!.data;
  for (let i = 0; i < N - 1; i++) {
    await tickStore.put(INSTANCES, `wf-${i}`, { ...template, id: `wf-${i}`, fileId: `file-${i}` }, null);
  }
  const quiet: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const fired = await tickRuntime.tick(new Date('2026-04-20T08:00:00Z'));
    quiet.push(performance.now() - t0);
    if (fired.length !== 0) throw new Error('nothing should be due on 20 April');
  }
  const t0 = performance.now();
  const fired = await tickRuntime.tick(new Date('2026-05-11T08:00:00Z'));
  const dueMs = performance.now() - t0;
  const deadlines = fired.filter((f) => f.kind === 'deadline').length;
  if (deadlines !== N) throw new Error(`${deadlines} deadlines fired instead of ${N}`);

  const perTransition = median(times);
  const baseline = median(base);
  return {
    id: 'workflow',
    title: 'Workflow runtime (admission, in-memory store)',
    description:
      `${N.toLocaleString('en')} admissions driven from the request to "admitted" (${PATH.length} transitions each, plus the support plan each admission starts), ` +
      'every transition validated, checked against roles and guards, deadlines recomputed and persisted. Baseline: xstate `transition()` alone on the same machine.',
    rows: [
      {
        case: 'send (request → admitted)',
        metric: 'latency per transition',
        unit: 'ms',
        median: perTransition,
        p99: quantile(times, 0.99),
        baseline,
        ratio: perTransition / baseline,
        runs: times.length,
      },
      {
        case: 'send (request → admitted)',
        metric: 'throughput',
        unit: 'transitions/s',
        median: times.length / seconds,
        runs: 1,
        target: THROUGHPUT_TARGET,
      },
      {
        case: `tick, ${N.toLocaleString('en')} pending, none due`,
        metric: 'scan',
        unit: 'ms',
        median: median(quiet),
        p99: Math.max(...quiet),
        runs: quiet.length,
      },
      {
        case: `tick, ${N.toLocaleString('en')} overdue signatures`,
        metric: 'fire all',
        unit: 'ms',
        median: dueMs,
        runs: 1,
        target: TICK_TARGET,
      },
      {
        case: `tick, ${N.toLocaleString('en')} overdue signatures`,
        metric: 'per instance',
        unit: 'ms',
        median: dueMs / N,
        runs: 1,
      },
    ],
    notes: [
      'Each send reads the instance from the store, restores the snapshot, validates the payload (ajv, as in a Node server; the CSP-safe interpreter only where ajv cannot load), checks roles and guards, computes the transition, reschedules deadlines and writes the record, its history entry and (with an audit hook; none here) its audit line in one transaction with a version check.',
      "The memory store deep-copies records in and out (a JSON walk giving structuredClone's result), as a real store would serialise them; put hands back the caller's own data. The snapshot an event computed is reused by the next event on the same instance only while the stored record is the version that event wrote (ADR 0021).",
      'tick: each overdue instance is fired in its own transaction (instance, history, inbox entries), from the copy its indexed query read (ADR 0021, ADR 0027).',
    ],
  };
}
