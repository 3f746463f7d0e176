/**
 * An AGGIR grid goes through its assessment workflow: the engine computes the GIR (CASF annex
 * 2-2) with the rules the grid was rated with, the EHPAD variant waits for the coordinating
 * physician's validation (CASF D312-158), and the yearly re-evaluation (arrêté of 26 April 1999)
 * starts at the validation. No GIR is ever typed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AGGIR_ITEMS,
  DEFAULT_AGGIR_COMBINATION,
  createInProcessBackend,
  evaluateAggir,
  type AggirCombinationRules,
  type AggirItemAnswers,
} from '@duikit/core';
import { ctxOf, director, headNurse, seed, type Seeded } from '../backend/seed.js';

const physician = {
  professionalId: 'pro-medco',
  role: 'coordinating-physician',
  establishment: director.establishment,
};
const yes = { spontanement: true, totalement: true, habituellement: true, correctement: true };
const no = { spontanement: false, totalement: false, habituellement: false, correctement: false };
/** Élimination C (both C), alimentation se servir A / manger C, everything else A. */
function answers(): AggirItemAnswers {
  const a: AggirItemAnswers = {};
  for (const i of AGGIR_ITEMS) if (i.kind === 'discriminant') a[i.id] = yes;
  return { ...a, 'elimination.urinaire': no, 'elimination.fecale': no, 'alimentation.manger': no };
}
/** A host reading of the guide: alimentation is C as soon as one sub-variable is C. */
const anyCIsC: AggirCombinationRules = {
  ...DEFAULT_AGGIR_COMBINATION,
  alimentation: {
    rules: [
      { patterns: ['AA'], letter: 'A' },
      { patterns: ['C*', '*C'], letter: 'C' },
    ],
    otherwise: 'B',
  },
};

let s: Seeded;
beforeEach(async () => {
  s = await seed();
  await s.engine.addCareTeamMember(ctxOf(director), s.fileId, physician);
});
afterEach(async () => {
  await s.engine.close();
});
const backend = (actor = headNurse) =>
  createInProcessBackend(s.engine, ctxOf(actor), { clock: () => s.clock.now });
/** The seeded file in an establishment the engine knows as an EHPAD. */
async function inEhpad() {
  await s.engine.close();
  s = await seed({ category: 'ehpad' });
  await s.engine.addCareTeamMember(ctxOf(director), s.fileId, physician);
}
const instanceOf = async () =>
  (await s.engine.workflows!.list({ fileId: s.fileId })).find((i) => i.definition.startsWith('assessment'))!;

describe('saving an AGGIR grid', () => {
  it('in an EHPAD: waits for the coordinating physician, then the yearly re-evaluation starts', async () => {
    await inEhpad();
    const a = answers();
    const ev = evaluateAggir(a);
    const saved = await backend(headNurse).saveAggir(s.fileId, {
      date: '2026-03-10',
      answers: a,
      letters: ev.letters,
      result: ev.result!,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    // Default rules: alimentation A + C → B; with élimination C: group G, 700 → rank 10 → GIR 4.
    expect(saved.value).toMatchObject({
      status: 'to-validate',
      gir: { gir: 4, group: 'G', score: 700, rank: 10 },
    });
    let inst = await instanceOf();
    expect(inst).toMatchObject({ definition: 'assessment-ehpad@1.0.0', states: ['toValidate'] });
    expect(inst.deadlines).toEqual([]);
    // The head nurse may not validate; the coordinating physician does.
    const nurse = await s.engine.workflows!.send(ctxOf(headNurse), inst.id, { type: 'VALIDATE' });
    expect(nurse).toMatchObject({ ok: false, reason: { code: 'role' } });
    const v = await s.engine.workflows!.send(ctxOf(physician), inst.id, { type: 'VALIDATE' });
    if (!v.ok) throw new Error(v.reason.message);
    inst = v.instance;
    // Validated 10 March 2026 + 1 year = 10 March 2027 (CET): due 11 March 2027 00:00 Paris.
    expect(inst.deadlines.map((d) => [d.deadlineId, d.dueAt])).toEqual([
      ['reevaluation', '2027-03-10T23:00:00Z'],
    ]);
    const list = await backend(physician).getAssessments(s.fileId);
    expect(list.ok && list.value.map((x) => x.status)).toEqual(['validated']);
  });

  it('elsewhere: validated on submission, re-evaluation a year later', async () => {
    const a = answers();
    const ev = evaluateAggir(a);
    const saved = await backend().saveAggir(s.fileId, {
      date: '2026-03-10',
      answers: a,
      letters: ev.letters,
      result: ev.result!,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.status).toBe('validated');
    const inst = await instanceOf();
    expect(inst).toMatchObject({ definition: 'assessment@1.0.0', states: ['validated'] });
    expect(inst.deadlines.map((d) => d.dueAt)).toEqual(['2027-03-10T23:00:00Z']);
  });

  it('accepts the host’s combination rules, recomputes with them and keeps them with the grid', async () => {
    const a = answers();
    const ev = evaluateAggir(a, anyCIsC);
    // alimentation C and élimination C: group D, 2000+400 = 2400 → rank 7 → GIR 2.
    expect(ev.result).toEqual({ gir: 2, group: 'D', score: 2400, rank: 7 });
    const withoutRules = await backend().saveAggir(s.fileId, {
      date: '2026-03-10',
      answers: a,
      letters: ev.letters,
      result: ev.result!,
    });
    expect(withoutRules).toMatchObject({ ok: false, error: { code: 'invalid', path: '/result/gir' } });
    const saved = await backend().saveAggir(s.fileId, {
      date: '2026-03-10',
      answers: a,
      letters: ev.letters,
      result: ev.result!,
      rules: anyCIsC,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.gir).toEqual({ gir: 2, group: 'D', score: 2400, rank: 7 });
    const file = await s.engine.getUserFile(ctxOf(headNurse), s.fileId);
    const stored = file.ok && (file.value.file.assessments as { aggir: Record<string, never> }[])[0].aggir;
    expect(stored && stored.combinationRules).toEqual(anyCIsC);
    expect(stored && (stored.discriminant as { alimentation: { result: string } }).alimentation.result).toBe(
      'C',
    );
  });

  it('refuses malformed rules, naming the pattern', async () => {
    const a = answers();
    const ev = evaluateAggir(a);
    const bad = {
      ...DEFAULT_AGGIR_COMBINATION,
      toilette: { rules: [{ patterns: ['A'], letter: 'A' as const }], otherwise: 'B' as const },
    };
    const r = await backend().saveAggir(s.fileId, {
      date: '2026-03-10',
      answers: a,
      letters: ev.letters,
      result: ev.result!,
      rules: bad,
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid', path: '/rules/toilette/rules/0/patterns/0' },
    });
  });
});

describe('the assessment report never takes a typed GIR', () => {
  it('refuses a GIR in the payload, an AGGIR report without its grid, and a grid that is not stored', async () => {
    const wf = s.engine.workflows!;
    const started = await wf.start(ctxOf(headNurse), {
      definition: 'assessment-ehpad@1.0.0',
      fileId: s.fileId,
    });
    if (!started.ok) throw new Error(started.reason.message);
    const id = started.instance.id;
    await wf.send(ctxOf(headNurse), id, { type: 'START_ASSESSMENT' });
    const submit = (payload: unknown) =>
      wf.send(ctxOf(headNurse), id, { type: 'SUBMIT_ASSESSMENT', payload });
    const typed = await submit({ kind: 'aggir', performedOn: '2026-03-10', gir: 2, assessmentId: 'x' });
    expect(typed).toMatchObject({
      ok: false,
      reason: { code: 'invalid-payload', problems: [{ pointer: '/gir' }] },
    });
    const noGrid = await submit({ kind: 'aggir', performedOn: '2026-03-10' });
    expect(!noGrid.ok && noGrid.reason.code).toBe('invalid-payload');
    expect(!noGrid.ok && noGrid.reason.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pointer: '/assessmentId',
          keyword: 'required',
          message: 'Ce champ est obligatoire.',
        }),
      ]),
    );
    const unknown = await submit({ kind: 'aggir', performedOn: '2026-03-10', assessmentId: 'EVAL-none' });
    expect(unknown).toMatchObject({ ok: false, reason: { code: 'guard' } });
    expect(!unknown.ok && unknown.reason.message).toContain('annex 2-2'.replace('annex', 'annexe'));
  });
});
