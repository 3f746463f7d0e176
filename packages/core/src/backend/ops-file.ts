/**
 * A person's file as screens show it: the glance, the timeline worded for people, assessments
 * and the AGGIR grid, and the support plan — each call through the engine (policy and audit).
 */
import { DEFAULT_AGGIR_COMBINATION, combinationRulesProblem } from '../aggir/combination.js';
import { evaluateAggir } from '../aggir/evaluate.js';
import { submitAggir } from '../aggir/submit.js';
import type { AggirItemAnswers, AggirLetters } from '../aggir/types.js';
import type { UserFileView } from '../engine/types.js';
import { recordPlanAgreement } from '../workflow/agreement-record.js';
import { parisDate } from '../workflow/dates.js';
import { listStates } from '../workflow/walk.js';
import type { WorkflowDefinition } from '../workflow/types.js';
import { assessments, glance, personRef, supportPlans, toStoredPlan } from './in-process-map.js';
import { deadlineView } from './deadlines.js';
import { failure } from './errors.js';
import { fieldLabel } from './field-labels.js';
import { fromEngine, type Scope } from './scope.js';
import type { BackendResult, DuiBackend, TimelineEntry, TimelineKind } from './types.js';

type FileOps = Pick<
  DuiBackend,
  | 'getUserFile'
  | 'getTimeline'
  | 'getAssessments'
  | 'saveAggir'
  | 'getSupportPlans'
  | 'saveSupportPlan'
  | 'agreeSupportPlan'
>;

const KIND_OF: [string, TimelineKind][] = [
  ['/assessments', 'assessment'],
  ['/documents', 'document'],
  ['/notes', 'note'],
];

const deadlineTitle = (def: WorkflowDefinition, id: string) =>
  listStates(def)
    .flatMap((e) => e.state.deadlines ?? [])
    .find((d) => d.id === id)?.title;

/**
 * The file operations bound to one call scope.
 *
 * @example
 * const ops = fileOps(scope);
 */
export function fileOps(s: Scope): FileOps {
  const { labels } = s;
  // The legal day (Paris), as the screens default to: the UTC day lags after 23:00 in winter.
  const today = () => parisDate(s.clock());
  const readFile = async (id: string): Promise<BackendResult<UserFileView>> =>
    fromEngine(s, await s.engine.getUserFile(s.ctx, id));

  /** The title of a workflow entry of the timeline, from its definition. */
  const workflowTitle = (d: Record<string, unknown>, def: WorkflowDefinition | undefined) => {
    if (!def) return labels.action('workflow');
    const workflow = labels.text(def.title);
    const fired = (d.fired as { deadlineId?: string; kind?: string }[] | undefined)?.find(
      (f) => f.kind === 'deadline',
    );
    if (d.step === 'workflow.deadline' && fired?.deadlineId)
      return labels.t('backend.timeline.deadline', {
        deadline: labels.text(deadlineTitle(def, fired.deadlineId) ?? fired.deadlineId),
        workflow,
      });
    if (d.step === 'workflow.send' && typeof d.event === 'string')
      return labels.t('backend.timeline.event', { event: labels.text(labels.event(def, d.event)), workflow });
    if (d.step === 'workflow.start') return labels.t('backend.timeline.started', { workflow });
    return labels.action('workflow');
  };

  return {
    async getUserFile(id) {
      const r = await readFile(id);
      if (!r.ok) return r;
      const person = personRef(r.value);
      const due = s.runtime
        ? await s.runtime.due({
            establishment: r.value.meta.establishment,
            fileId: id,
            now: s.clock(),
            includeUpcoming: true,
          })
        : [];
      const deadlines = { restricted: false as const, value: due.map((d) => deadlineView(d, person)) };
      return { ok: true, value: glance(r.value, labels.locale, deadlines) };
    },

    async getTimeline(id, filter) {
      const r = await s.engine.timeline(s.ctx, id);
      if (!r.ok) return fromEngine(s, r);
      const defs = new Map(
        (s.runtime ? await s.runtime.list({ fileId: id }) : []).map((i) => [
          i.id,
          s.runtime!.registry.get(i.definition)?.definition,
        ]),
      );
      const entries = r.value.map((item, i): TimelineEntry => {
        const pointers = item.pointers ?? [];
        const d = item.details ?? {};
        const instanceId = typeof d.instanceId === 'string' ? d.instanceId : undefined;
        const kind =
          item.action === 'workflow'
            ? 'transition'
            : (KIND_OF.find(([p]) => pointers.some((x) => x.startsWith(p)))?.[1] ?? 'note');
        const fields = [...new Set(pointers.map((p) => fieldLabel(p, labels.locale)).filter(Boolean))];
        return {
          id: `${id}-${i}`,
          at: item.at,
          kind,
          title:
            item.action === 'workflow'
              ? workflowTitle(d, instanceId ? defs.get(instanceId) : undefined)
              : labels.action(item.action),
          ...(fields.length
            ? { detail: fields.slice(0, 4).join(', ') + (fields.length > 4 ? '…' : '') }
            : {}),
          actor: labels.professional(
            item.actor.role === 'system'
              ? 'system'
              : { professionalId: item.actor.professionalId, role: item.actor.role, name: item.actor.name },
          ),
          ...(instanceId ? { instanceId } : {}),
        };
      });
      return {
        ok: true,
        value: entries.filter(
          (e) =>
            (!filter?.kinds || filter.kinds.includes(e.kind)) &&
            (!filter?.from || parisDate(new Date(e.at)) >= filter.from) &&
            (!filter?.to || parisDate(new Date(e.at)) <= filter.to),
        ),
      };
    },

    async getAssessments(id) {
      const r = await readFile(id);
      return r.ok ? { ok: true, value: assessments(r.value.file) } : r;
    },

    async saveAggir(id, input) {
      // The letters sent must be the ones the answers give under the grid's rules, once the GIR
      // agrees; the rest (rules, ratings, GIR, the assessment workflow) is submitAggir's.
      const rules = input.rules ?? DEFAULT_AGGIR_COMBINATION;
      const ev = combinationRulesProblem(rules)
        ? undefined
        : evaluateAggir(input.answers as AggirItemAnswers, rules);
      for (const [group, letters] of Object.entries(
        ev?.result?.gir === input.result.gir ? ev.letters : {},
      ) as [keyof AggirLetters, Record<string, string>][]) {
        for (const [key, letter] of Object.entries(letters)) {
          const sent = (input.letters[group] as Record<string, string | undefined>)[key];
          if (sent !== letter)
            return failure({
              code: 'invalid',
              message: labels.t('backend.error.aggirLetter', { item: key }),
              path: `/letters/${group}/${key}`,
            });
        }
      }
      // The establishment's category picks its variant: an EHPAD's grid waits for validation.
      const category = s.engine.establishment(s.ctx.actor.establishment).category;
      const r = await submitAggir(s.engine, s.ctx, id, input, {
        now: s.clock(),
        ...(category ? { category } : {}),
        locale: labels.locale,
      });
      return fromEngine(s, r, (v) => assessments(v.file.file).find((a) => a.id === v.assessmentId)!);
    },

    async getSupportPlans(id) {
      const r = await readFile(id);
      return r.ok ? { ok: true, value: supportPlans(id, r.value.file) } : r;
    },

    async saveSupportPlan(id, plan, expectedVersion) {
      const r = await readFile(id);
      if (!r.ok) return r;
      const stored = (r.value.file.supportPlans ?? []) as Record<string, unknown>[];
      const latest = supportPlans(id, r.value.file).at(-1);
      if ((latest?.version ?? null) !== expectedVersion)
        return failure({
          code: 'conflict',
          message: labels.t('backend.error.planConflict', { version: latest?.version ?? 0 }),
        });
      const bad = plan.objectives.findIndex((o) => !o.title.trim());
      if (bad >= 0)
        return failure({
          code: 'invalid',
          message: labels.t('backend.error.objectiveTitle'),
          path: `/objectives/${bad}/title`,
          details: [{ message: labels.t('backend.error.objectiveTitle'), path: `/objectives/${bad}/title` }],
        });
      const version = (latest?.version ?? 0) + 1;
      const previous = stored.find((p) => Number(p.version) === latest?.version);
      const personId = String((r.value.file.person as { id?: string } | undefined)?.id ?? id);
      const record = toStoredPlan(plan, { version, personId, previous, today: today() });
      const saved = await s.engine.addItem(s.ctx, id, 'supportPlans', record, {
        expectedVersion: r.value.version,
      });
      return fromEngine(s, saved, (v) => supportPlans(id, v.file).find((p) => p.version === version)!);
    },

    async agreeSupportPlan(id, version, agreement) {
      const saved = await recordPlanAgreement(s.engine, s.ctx, id, version, agreement, {
        today: today(),
        locale: labels.locale,
      });
      return fromEngine(s, saved, (v) => supportPlans(id, v.file).find((p) => p.version === version)!);
    },
  };
}
