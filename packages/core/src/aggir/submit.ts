/**
 * An AGGIR grid goes through its assessment workflow: the engine recomputes the GIR with the
 * combination rules the grid was rated with (the host's, once checked, or the default), stores
 * the grid, then submits it to the file's assessment workflow — the establishment's variant, so
 * an EHPAD's grid waits for the coordinating physician's validation (CASF D312-158) and the
 * yearly re-evaluation deadline starts when it is validated (arrêté of 26 April 1999).
 */
import type { CallContext } from '../actor.js';
import type { AggirAssessmentInput } from '../backend/types.js';
import type { EngineResult } from '../engine/result.js';
import type { Engine, UserFileView } from '../engine/types.js';
import { createTranslator, type Locale } from '../i18n/index.js';
import { definitionFor } from '../workflow/choose.js';
import type { WorkflowInstance } from '../workflow/runtime-types.js';
import { DEFAULT_AGGIR_COMBINATION, combinationRulesProblem } from './combination.js';
import { evaluateAggir } from './evaluate.js';
import type { AggirItemAnswers } from './types.js';
import { aggirRecord } from './record.js';

type Obj = Record<string, unknown>;

/** Where the grid went: the stored record's id, the file after it, the workflow instance. */
export interface AggirSubmitted {
  assessmentId: string;
  file: UserFileView;
  instance?: WorkflowInstance;
}

/**
 * Checks, stores and submits an AGGIR grid.
 *
 * @example
 * const r = await submitAggir(engine, ctx, 'uf-1', input, { now: new Date(), category: 'ehpad' });
 */
export async function submitAggir(
  engine: Engine,
  ctx: CallContext,
  fileId: string,
  input: AggirAssessmentInput,
  o: { now: Date; category?: string; locale?: Locale },
): Promise<EngineResult<AggirSubmitted>> {
  const t = createTranslator(o.locale ?? 'fr');
  const invalid = (key: string, path: string, params?: Record<string, string | number>) => ({
    ok: false as const,
    error: { code: 'invalid' as const, key, message: t(key, params), path },
  });
  const rules = input.rules ?? DEFAULT_AGGIR_COMBINATION;
  const bad = combinationRulesProblem(rules);
  if (bad) return invalid('law.aggir.rules', `/rules${bad.path}`, { reason: bad.reason });
  const ev = evaluateAggir(input.answers as AggirItemAnswers, rules);
  if (!ev.result)
    return invalid('law.aggir.itemMissing', `/answers/${ev.missing[0]}`, { item: ev.missing[0] });
  if (ev.result.gir !== input.result.gir)
    return invalid('law.aggir.girMismatch', '/result/gir', {
      sent: input.result.gir,
      computed: ev.result.gir,
    });

  const view = await engine.getUserFile(ctx, fileId);
  if (!view.ok) return view;
  const personId = String((view.value.file.person as { id?: string } | undefined)?.id ?? fileId);
  const record = aggirRecord(input, ev, {
    personId,
    evaluator: ctx.actor,
    at: o.now,
    rules: input.rules ? rules : undefined,
  });
  const saved = await engine.addItem(ctx, fileId, 'assessments', record, {
    expectedVersion: view.value.version,
  });
  if (!saved.ok) return saved;
  const assessmentId = saved.value.itemId;

  const runtime = engine.workflows;
  if (!runtime) return { ok: true, value: { assessmentId, file: saved.value } };
  const waiting = (await runtime.list({ fileId, status: 'active' })).find(
    (i) =>
      /^assessment(-[a-z0-9-]+)?@/.test(i.definition) &&
      (i.states.includes('planned') || i.states.includes('inProgress')),
  );
  let instance = waiting;
  if (!instance) {
    const def = definitionFor(runtime.registry, 'assessment', o.category);
    const started = def ? await runtime.start(ctx, { definition: def.ref, fileId }) : undefined;
    if (!started?.ok)
      return invalid('law.aggir.workflowRefused', '', { reason: started?.reason.message ?? 'assessment' });
    instance = started.instance;
  }
  const steps: { type: string; payload?: Obj }[] = [
    ...(instance.states.includes('planned') ? [{ type: 'START_ASSESSMENT' }] : []),
    {
      type: 'SUBMIT_ASSESSMENT',
      payload: { kind: 'aggir', performedOn: input.date.slice(0, 10), assessmentId },
    },
  ];
  for (const step of steps) {
    const r = await runtime.send(ctx, instance.id, step);
    if (!r.ok) return invalid('law.aggir.workflowRefused', '', { reason: r.reason.message });
    instance = r.instance;
  }
  const after = await engine.getUserFile(ctx, fileId);
  if (!after.ok) return after;
  return { ok: true, value: { assessmentId, file: after.value, instance } };
}
