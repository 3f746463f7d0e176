/**
 * The in-process {@link DuiBackend}: the screens call the engine in the same page (Storybook,
 * demos, offline use, the reference server's screen routes). Every call goes through the engine
 * with the bound {@link CallContext}, so the access policy and the audit trail apply exactly as
 * over HTTP; this module only reshapes results into screen views.
 */
import type { CallContext } from '../actor.js';
import type { Engine, UserFileView } from '../engine/types.js';
import type { EngineResult } from '../engine/result.js';
import type { Locale } from '../i18n/index.js';
import type { WorkflowRuntime } from '../workflow/runtime.js';
import type { DueItem, RefusalReason } from '../workflow/runtime-types.js';
import { workflowFacade } from './in-process-workflow.js';
import { assessments, glance, personRef, supportPlans, toStoredPlan } from './in-process-map.js';
import { submitAggir } from '../aggir/submit.js';
import { recordPlanAgreement } from '../workflow/agreement-record.js';
import type {
  BackendResult,
  DeadlineView,
  DuiBackend,
  PersonRef,
  TimelineEntry,
  TimelineKind,
} from './types.js';

/** Options of {@link createInProcessBackend}. */
export interface InProcessOptions {
  /** The workflow runtime, when it is not the engine's own (`engine.workflows`). */
  runtime?: WorkflowRuntime | null;
  /** Locale of the messages the backend writes itself (restriction reasons). Default `fr`. */
  locale?: Locale;
  /** The clock for "overdue"; default: now. */
  clock?: () => Date;
  /** The establishment category of a FINESS (`ehpad`, `ime`…): its variants apply (AGGIR validation in an EHPAD). */
  categoryOf?: (finess: string) => string | undefined;
}

/** Turns an engine result into a backend result (the error shapes are compatible). */
export function fromEngine<T, U = T>(r: EngineResult<T>, map?: (v: T) => U): BackendResult<U> {
  if (!r.ok) {
    const { code, message, path, details } = r.error;
    return {
      ok: false,
      error: { code, message, ...(path ? { path } : {}), ...(details ? { details } : {}) },
    };
  }
  return { ok: true, value: map ? map(r.value) : (r.value as unknown as U) };
}

/** A workflow refusal as a backend error; payload problems become field errors. */
export function fromRefusal(reason: RefusalReason): BackendResult<never> {
  const code =
    reason.code === 'unknown-instance' ? 'not-found' : reason.code === 'conflict' ? 'conflict' : 'refused';
  const problems = reason.problems ?? [];
  return {
    ok: false,
    error: {
      code,
      message: reason.message,
      ...(problems[0] ? { path: problems[0].pointer } : {}),
      ...(problems.length ? { details: problems.map((p) => ({ path: p.pointer, message: p.message })) } : {}),
    },
  };
}

/** A due item of the runtime as a deadline view. */
export function deadlineView(d: DueItem, person?: PersonRef): DeadlineView {
  return {
    id: `${d.instanceId}/${d.state}/${d.deadlineId}`,
    instanceId: d.instanceId,
    label: d.title,
    dueAt: d.dueAt,
    status: d.status === 'overdue' ? 'overdue' : 'pending',
    ...(person ? { person } : {}),
  };
}

const KIND_OF: [string, TimelineKind][] = [
  ['/assessments', 'assessment'],
  ['/documents', 'document'],
  ['/notes', 'note'],
];

const ACTION_TITLES: Record<string, { fr: string; en: string }> = {
  create: { fr: 'Création du dossier', en: 'File created' },
  write: { fr: 'Mise à jour du dossier', en: 'File updated' },
  sign: { fr: 'Signature', en: 'Signature' },
  rectify: { fr: 'Rectification', en: 'Rectification' },
  restrict: { fr: 'Limitation du traitement', en: 'Processing restricted' },
  object: { fr: 'Opposition au partage', en: 'Objection to sharing' },
  workflow: { fr: 'Étape du processus', en: 'Workflow step' },
  'identity-status': { fr: 'Statut de l’identité', en: 'Identity status' },
  'care-team': { fr: 'Équipe de soins', en: 'Care team' },
};

/**
 * Creates the backend bound to one actor.
 *
 * @example
 * const engine = await createEngine({ store: createMemoryStore(), policy: defaultAccessPolicy, workflows: [standardWorkflowFiles] });
 * const backend = createInProcessBackend(engine, { actor, purpose: 'care' });
 * const tasks = await backend.getTasks({ status: ['overdue'] });
 */
export function createInProcessBackend(
  engine: Engine,
  ctx: CallContext,
  options: InProcessOptions = {},
): DuiBackend {
  const locale = options.locale ?? 'fr';
  const clock = options.clock ?? (() => new Date());
  const today = () => clock().toISOString().slice(0, 10);
  const runtime = options.runtime ?? engine.workflows;
  const wf = workflowFacade(engine, ctx, runtime, clock);

  const readFile = async (id: string): Promise<BackendResult<UserFileView>> =>
    fromEngine(await engine.getUserFile(ctx, id));

  return {
    actor: ctx.actor,
    getTasks: wf.getTasks,
    getInstance: wf.getInstance,
    sendEvent: wf.sendEvent,
    saveStepResponse: wf.saveStepResponse,
    getWorkflowDefinition: wf.getWorkflowDefinition,
    getFormDefinition: wf.getFormDefinition,
    getDeadlines: wf.getDeadlines,

    async getUserFile(id) {
      const r = await readFile(id);
      if (!r.ok) return r;
      const due = await wf.getDeadlines({ userFileId: id });
      const person = personRef(r.value);
      const deadlines = due.ok
        ? { restricted: false as const, value: due.value.map((d) => ({ ...d, person })) }
        : { restricted: true as const, reason: due.error.message };
      return { ok: true, value: glance(r.value, locale, deadlines) };
    },

    async getTimeline(id, filter) {
      const r = await engine.timeline(ctx, id);
      return fromEngine(r, (items) =>
        items
          .map((item, i): TimelineEntry => {
            const pointers = item.pointers ?? [];
            const kind =
              item.action === 'workflow'
                ? 'transition'
                : (KIND_OF.find(([p]) => pointers.some((x) => x.startsWith(p)))?.[1] ?? 'note');
            return {
              id: `${id}-${i}`,
              at: item.at,
              kind,
              title: ACTION_TITLES[item.action] ?? item.action,
              ...(pointers.length ? { detail: pointers.join(', ') } : {}),
              actor: {
                id: item.actor.professionalId,
                name: item.actor.name ?? item.actor.role,
                role: item.actor.role,
              },
            };
          })
          .filter(
            (e) =>
              (!filter?.kinds || filter.kinds.includes(e.kind)) &&
              (!filter?.from || e.at.slice(0, 10) >= filter.from) &&
              (!filter?.to || e.at.slice(0, 10) <= filter.to),
          ),
      );
    },

    async getAssessments(id) {
      const r = await readFile(id);
      return r.ok ? { ok: true, value: assessments(r.value.file) } : r;
    },

    async saveAggir(id, input) {
      const category = options.categoryOf?.(ctx.actor.establishment);
      const r = await submitAggir(engine, ctx, id, input, { now: clock(), category, locale });
      return fromEngine(r, (v) => assessments(v.file.file).find((a) => a.id === v.assessmentId)!);
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
      if ((latest?.version ?? null) !== expectedVersion) {
        return {
          ok: false,
          error: {
            code: 'conflict',
            message: `Version ${latest?.version} was saved meanwhile: reload before saving.`,
          },
        };
      }
      const bad = plan.objectives.findIndex((o) => !o.title.trim());
      if (bad >= 0)
        return {
          ok: false,
          error: {
            code: 'invalid',
            message: 'An objective needs a title.',
            path: `/objectives/${bad}/title`,
          },
        };
      const version = (latest?.version ?? 0) + 1;
      const previous = stored.find((p) => Number(p.version) === latest?.version);
      const personId = String((r.value.file.person as { id?: string } | undefined)?.id ?? id);
      const record = toStoredPlan(plan, { version, personId, previous, today: today() });
      const saved = await engine.addItem(ctx, id, 'supportPlans', record, {
        expectedVersion: r.value.version,
      });
      return fromEngine(saved, (v) => supportPlans(id, v.file).find((p) => p.version === version)!);
    },

    async agreeSupportPlan(id, version, agreement) {
      const saved = await recordPlanAgreement(engine, ctx, id, version, agreement, {
        today: today(),
        locale,
      });
      return fromEngine(saved, (v) => supportPlans(id, v.file).find((p) => p.version === version)!);
    },
  };
}
