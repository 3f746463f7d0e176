/**
 * The workflow operations of the in-process backend: tasks, instances, events, drafts, starting
 * workflows, deadlines and definitions — over the engine's workflow runtime, which checks the
 * access policy and audits every change.
 */
import { lintTranslator } from '../workflow/problem.js';
import { validatePayload } from '../workflow/payload.js';
import { taskAt } from '../workflow/roles.js';
import type { WorkflowInstance } from '../workflow/runtime-types.js';
import { taskCategories } from '../engine/workflow-read.js';
import { deadlineView } from './deadlines.js';
import { engineError, failure, fieldPath, refusalError } from './errors.js';
import { instanceView, shownCategories } from './instance-view.js';
import { fromEngine, noWorkflows, type Scope } from './scope.js';
import type { BackendResult, DuiBackend, PersonRef, TaskSummary, WorkflowSummary } from './types.js';

type WorkflowOps = Pick<
  DuiBackend,
  | 'getTasks'
  | 'getInstance'
  | 'sendEvent'
  | 'saveStepResponse'
  | 'getInstanceEvents'
  | 'getWorkflows'
  | 'startWorkflow'
  | 'getInstances'
  | 'getDeadlines'
  | 'getWorkflowDefinition'
  | 'getFormDefinition'
>;

/** Names of the files of a list, as person references (files the actor cannot read are left out). */
async function people(s: Scope, ids: string[]): Promise<Map<string, PersonRef>> {
  const names = await s.engine.names(s.ctx, ids);
  return new Map(
    [...names].map(([id, n]) => [
      id,
      {
        userFileId: id,
        displayName: n.displayName ?? id,
        ...(n.birthDate ? { birthDate: n.birthDate } : {}),
      },
    ]),
  );
}

/**
 * The workflow operations bound to one call scope.
 *
 * @example
 * const ops = workflowOps(scope);
 */
export function workflowOps(s: Scope): WorkflowOps {
  const { labels } = s;
  const compiled = (inst: WorkflowInstance) => s.runtime!.registry.get(inst.definition)!;
  const refused = (r: Parameters<typeof refusalError>[0], inst?: WorkflowInstance) => {
    // The definition words the refusal even when the actor may not read the instance.
    const ref = inst?.definition ?? r.params?.definition;
    const def = ref ? s.runtime!.registry.get(ref)?.definition : undefined;
    return failure(refusalError(r, labels, s.engine.policy, s.ctx.actor.role, def, inst));
  };

  /** The instance, or the refusal (not found, not reachable) in words. */
  const load = async (id: string): Promise<BackendResult<WorkflowInstance>> => {
    const r = await s.runtime!.get(s.ctx, id);
    return r.ok ? { ok: true, value: r.instance } : refused(r.reason);
  };

  return {
    async getTasks(filter) {
      if (!s.runtime) return noWorkflows(s);
      const items = await s.runtime.tasks({
        actor: s.ctx.actor,
        now: s.clock(),
        ...(filter?.userFileId ? { fileId: filter.userFileId } : {}),
      });
      const names = await people(
        s,
        items.map((t) => t.fileId),
      );
      const tasks = items
        .filter((t) => names.has(t.fileId))
        .map((t): TaskSummary => {
          const def = s.runtime!.registry.get(t.definition)!.definition;
          const dueAt = t.deadlines.map((d) => d.dueAt).sort()[0];
          return {
            id: `${t.instanceId}#${t.state}`,
            instanceId: t.instanceId,
            workflow: { id: def.id, version: def.version, title: def.title },
            step: { id: t.state, title: t.title },
            person: names.get(t.fileId)!,
            status: t.overdue ? 'overdue' : 'open',
            ...(dueAt ? { dueAt } : {}),
            createdAt: t.enteredAt ?? '',
            roles: t.roles,
            roleTitles: t.roles.map((r) => labels.role(r)),
          };
        })
        .filter(
          (t) =>
            (!filter?.workflowId || t.workflow.id === filter.workflowId) &&
            (!filter?.status || filter.status.includes(t.status)),
        );
      return { ok: true, value: tasks };
    },

    async getInstance(id) {
      if (!s.runtime) return noWorkflows(s);
      const r = await load(id);
      if (!r.ok) {
        // A refused view is audited like a refused read of the file (an unknown id is not).
        if (r.error.code === 'forbidden')
          await s.engine.readWorkflow(s.ctx, { instanceId: id, view: 'instance', categories: [] });
        return r;
      }
      const wf = compiled(r.value);
      const shown = taskCategories(s.engine.policy, shownCategories(wf, r.value));
      const read = await s.engine.readWorkflow(s.ctx, {
        fileId: r.value.fileId,
        instanceId: id,
        view: 'instance',
        categories: shown,
      });
      if (!read.ok) return fromEngine(s, read);
      return { ok: true, value: await instanceView(s, wf, r.value, undefined, read.value) };
    },

    async sendEvent(id, event) {
      if (!s.runtime) return noWorkflows(s);
      const r = await s.runtime.send(s.ctx, id, event);
      if (!r.ok) {
        // Word the refusal with the instance's titles (read only on this path).
        const now = await s.runtime.get(s.ctx, id);
        return refused(r.reason, now.ok ? now.instance : undefined);
      }
      await s.engine.dropDrafts(id, r.instance.states);
      return { ok: true, value: await instanceView(s, compiled(r.instance), r.instance) };
    },

    async saveStepResponse(id, response, options = {}) {
      if (!s.runtime) return noWorkflows(s);
      const r = await load(id);
      if (!r.ok) return r;
      const inst = r.value;
      const def = compiled(inst).definition;
      const withForm = inst.states.filter((l) => taskAt(def, l)?.form);
      const step = options.step ?? (withForm.length === 1 ? withForm[0] : undefined);
      const stepTitle = (p: string) => labels.text(labels.state(def, p));
      if (!step)
        return failure({ code: 'invalid', message: labels.t('backend.error.stepChoose'), path: '/step' });
      if (!inst.states.includes(step))
        return failure({
          code: 'wrong-state',
          reason: 'wrong-state',
          message: labels.t('backend.error.stepNotActive', { step: stepTitle(step) }),
        });
      const task = taskAt(def, step);
      const form = task?.form ? s.runtime.registry.form(task.form) : undefined;
      if (!task || !form)
        return failure({
          code: 'invalid',
          message: labels.t('backend.error.stepNoForm', { step: stepTitle(step) }),
        });
      if (!task.roles.includes(s.ctx.actor.role))
        return failure({
          code: 'forbidden',
          reason: 'role',
          message: labels.t('backend.error.stepRole', {
            step: labels.text(task.title),
            roles: labels.roleList(task.roles),
          }),
        });
      if (options.submit) {
        const problems = validatePayload(form.schema, response, lintTranslator(labels.locale)).map((p) => ({
          path: fieldPath(p),
          message: p.message,
        }));
        if (problems.length)
          return failure({
            code: 'invalid',
            message: labels.t('backend.error.responseInvalid', { step: labels.text(task.title) }),
            path: problems[0].path,
            details: problems,
          });
      }
      const saved = await s.engine.saveDraft(
        s.ctx,
        {
          fileId: inst.fileId,
          instanceId: id,
          step,
          categories: taskCategories(s.engine.policy, task.dataCategories),
        },
        response,
        options.expectedVersion,
      );
      return fromEngine(s, saved);
    },

    async getInstanceEvents(id) {
      const r = await this.getInstance(id);
      if (!r.ok) return r;
      return { ok: true, value: [...r.value.events, ...(r.value.regions ?? []).flatMap((g) => g.events)] };
    },

    async getWorkflows() {
      if (!s.runtime) return noWorkflows(s);
      const category = s.engine.establishment(s.ctx.actor.establishment).category;
      const all = s.runtime.registry.list();
      const applies = (c: (typeof all)[number]) =>
        !category || c.definition.appliesTo.includes('*') || c.definition.appliesTo.includes(category);
      const chosen = all.filter(applies);
      // A variant for this category hides what it extends, through every level (admission-mas
      // extends admission-ime, which extends admission: a MAS is offered admission-mas only).
      const replaced = new Set<string>();
      for (const c of chosen) {
        if (!c.variantOf || !category || !c.definition.appliesTo.includes(category)) continue;
        for (let base: string | undefined = c.variantOf; base; base = s.runtime.registry.get(base)?.variantOf)
          replaced.add(base);
      }
      const latest = new Map<string, (typeof all)[number]>();
      for (const c of chosen) if (!replaced.has(c.ref)) latest.set(c.definition.id, c);
      return {
        ok: true,
        value: [...latest.values()].map((c): WorkflowSummary => ({
          ref: c.ref,
          id: c.definition.id,
          version: c.definition.version,
          title: c.definition.title,
          ...(c.variantOf ? { variantOf: c.variantOf } : {}),
        })),
      };
    },

    async startWorkflow(input) {
      if (!s.runtime) return noWorkflows(s);
      const r = await s.runtime.start(s.ctx, {
        definition: input.definition,
        fileId: input.userFileId,
        ...(input.input ? { data: input.input } : {}),
      });
      if (!r.ok) return refused(r.reason);
      return { ok: true, value: await instanceView(s, compiled(r.instance), r.instance) };
    },

    async getInstances(userFileId) {
      if (!s.runtime) return noWorkflows(s);
      // The list shows where each workflow stands, none of its tasks' answers.
      const read = await s.engine.readWorkflow(s.ctx, {
        fileId: userFileId,
        view: 'instances',
        categories: [],
      });
      if (!read.ok) return failure(engineError(read.error, labels, s.engine.policy, s.ctx));
      const list = (await s.runtime.list({ fileId: userFileId })).sort((a, b) =>
        a.createdAt.localeCompare(b.createdAt),
      );
      return {
        ok: true,
        value: list.map((inst) => {
          const def = compiled(inst).definition;
          const state = inst.states[0] ?? '';
          return {
            id: inst.id,
            definition: inst.definition,
            workflowTitle: def.title,
            status: inst.status,
            states: inst.states,
            stateTitle: labels.state(def, inst.states.length > 1 ? state.split('.')[0] : state),
            ...(inst.outcome ? { outcome: inst.outcome } : {}),
            createdAt: inst.createdAt,
            updatedAt: inst.updatedAt,
          };
        }),
      };
    },

    async getDeadlines(filter) {
      if (!s.runtime) return noWorkflows(s);
      const due = await s.runtime.due({
        establishment: s.ctx.actor.establishment,
        now: s.clock(),
        includeUpcoming: true,
        ...(filter?.userFileId ? { fileId: filter.userFileId } : {}),
      });
      const names = await people(
        s,
        due.map((d) => d.fileId),
      );
      return {
        ok: true,
        value: due
          .filter((d) => names.has(d.fileId))
          .map((d) => deadlineView(d, names.get(d.fileId)))
          .filter(
            (d) =>
              (!filter?.before || d.dueAt < filter.before) &&
              (!filter?.status || filter.status.includes(d.status)),
          ),
      };
    },

    async getWorkflowDefinition(ref) {
      if (!s.runtime) return noWorkflows(s);
      const def = s.runtime.registry.get(ref)?.definition;
      return def
        ? { ok: true, value: def }
        : failure({ code: 'not-found', message: labels.t('backend.error.definitionNotFound', { ref }) });
    },

    async getFormDefinition(ref) {
      if (!s.runtime) return noWorkflows(s);
      const form = s.runtime.registry.form(ref);
      return form
        ? { ok: true, value: form }
        : failure({ code: 'not-found', message: labels.t('backend.error.formNotFound', { ref }) });
    },
  };
}
