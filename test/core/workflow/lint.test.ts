import { describe, expect, it } from 'vitest';
import {
  lintForm,
  lintWorkflow,
  standardWorkflowFiles,
  createWorkflowRegistry,
  WorkflowDefinitionError,
} from '@duikit/core';
import { tinyWorkflow, loose, type Loose } from './fixtures.js';

const pointers = (def: unknown, opts = {}) => lintWorkflow(def, opts).map((p) => `${p.pointer} ${p.code}`);

describe('lintWorkflow', () => {
  it('accepts the fixture and every shipped definition, form and variant', () => {
    expect(lintWorkflow(tinyWorkflow())).toEqual([]);
    // The registry lints everything it is given and throws on the first problem found.
    expect(() => createWorkflowRegistry(standardWorkflowFiles)).not.toThrow();
  });

  it('rejects a structural error with the exact pointer', () => {
    const def = loose(tinyWorkflow());
    delete def.version;
    def.states.draft.colour = 'blue';
    expect(pointers(def)).toEqual(['/ schema', '/states/draft/colour schema']);
    expect(lintWorkflow(def)[0]).toMatchObject({
      key: 'workflow.lint.file.required',
      params: { name: 'version' },
      message: 'propriété obligatoire manquante : « version »',
    });
  });

  it('names unknown guards, actions, roles, forms and events', () => {
    const def = loose(tinyWorkflow());
    def.states.review.on.APPROVE[0].guard = 'isComplet';
    def.states.draft.on.SUBMIT.actions[1].type = 'sendFax';
    def.states.review.task.roles = ['director', 'janitor'];
    def.states.review.task.form = 'review@1.0.0';
    def.states.review.on.ARCHIVE = { target: 'approved' };
    expect(pointers(def, { forms: [] })).toEqual([
      '/states/draft/on/SUBMIT/actions/1/type unknown-action',
      '/states/review/task/roles/1 unknown-role',
      '/states/review/task/form unknown-form',
      '/states/review/on/APPROVE/0/guard unknown-guard',
      '/states/review/on/ARCHIVE unknown-event',
    ]);
    expect(lintWorkflow(def, { forms: [] }).find((p) => p.code === 'unknown-guard')?.message).toMatch(
      /^garde inconnue « isComplet » \(connues : .*validOrientation/,
    );
  });

  it('finds unreachable states, dead ends and unhandled deadline events', () => {
    const def = loose(tinyWorkflow());
    def.states.orphan = {
      title: { fr: 'Orphelin', en: 'Orphan' },
      on: { APPROVE: { target: 'approved', roles: ['director'] } },
    };
    expect(pointers(def)).toEqual(['/states/orphan unreachable']);
    const stuck = loose(tinyWorkflow());
    stuck.states.review.on.REJECT.target = 'limbo';
    stuck.states.limbo = { title: { fr: 'Limbes', en: 'Limbo' } };
    // "rejected" is no longer a target: the linter says so as well.
    expect(pointers(stuck)).toEqual(['/states/rejected unreachable', '/states/limbo dead-end']);
    const deaf = loose(tinyWorkflow());
    delete deaf.states.review.on.REVIEW_OVERDUE;
    expect(pointers(deaf)).toEqual(['/states/review/deadlines/0/event unhandled-deadline']);
  });

  it('refuses payload and condition schemas that do not compile, and bad durations', () => {
    const def = loose(tinyWorkflow());
    def.events.SUBMIT.payload = { type: 'strnig' };
    def.states.review.on.APPROVE[0].guard.schema = { minLength: 'five' };
    def.states.review.deadlines[0].duration = { param: 'missing' };
    const found = lintWorkflow(def);
    expect(found.map((p) => p.pointer)).toEqual([
      '/events/SUBMIT/payload/type',
      // The payload no longer declares "reason": the action reading it designates nothing.
      '/states/draft/on/SUBMIT/actions/0/params/from',
      '/states/review/on/APPROVE/0/guard/schema/minLength',
      '/states/review/deadlines/0/duration',
    ]);
    expect(found.map((p) => p.message)).toEqual([
      'type inconnu « strnig »',
      '« /event/payload/reason » : les données de « SUBMIT » ne déclarent pas « reason »',
      '« minLength » doit être un entier positif ou nul',
      'paramètre inconnu « missing » (déclarez-le sous /parametersSchema, sa valeur sous /parameters)',
    ]);
  });

  it('requires deadline events to be system events and someone to send every other event', () => {
    const def = loose(tinyWorkflow());
    def.events.REVIEW_OVERDUE.system = false;
    delete def.states.review.task;
    expect(pointers(def)).toEqual([
      '/states/review/on/APPROVE/0 no-roles',
      '/states/review/on/REJECT no-roles',
      '/states/review/on/REVIEW_OVERDUE no-roles',
      '/states/review/deadlines/0/event deadline-event',
    ]);
  });

  it('checks action parameters', () => {
    const def = loose(tinyWorkflow());
    def.states.draft.on.SUBMIT.actions.push(
      { type: 'notify', params: { roles: ['ghost'] } },
      { type: 'startWorkflow', params: { definition: 'nope@1.0.0' } },
      { type: 'record', params: { value: 1 } },
    );
    expect(pointers(def, { workflows: ['tiny@1.0.0'] })).toEqual([
      '/states/draft/on/SUBMIT/actions/2/params/message action-params',
      '/states/draft/on/SUBMIT/actions/2/params/roles/0 unknown-role',
      '/states/draft/on/SUBMIT/actions/3/params/definition unknown-workflow',
      '/states/draft/on/SUBMIT/actions/4/params/path action-params',
    ]);
  });

  it('reports every problem of a registry with the definition it belongs to', () => {
    const def = loose(tinyWorkflow());
    def.states.review.on.REJECT.target = 'nowhere';
    try {
      createWorkflowRegistry({ definitions: [def] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(WorkflowDefinitionError);
      expect((e as WorkflowDefinitionError).message).toMatch(/^Configuration de workflow invalide/);
      expect((e as WorkflowDefinitionError).message).toContain(
        'tiny@1.0.0:/states/review/on/REJECT/target: aucun état « nowhere » à côté de « review »',
      );
    }
  });
});

describe('lintForm', () => {
  it('accepts shipped forms and locates a control pointing nowhere', () => {
    for (const f of standardWorkflowFiles.forms) expect(lintForm(f)).toEqual([]);
    const form = structuredClone(
      standardWorkflowFiles.forms.find((f) => f.id === 'medical-opinion')!,
    ) as Loose;
    form.uischema.elements[1].scope = '#/properties/reservation';
    expect(lintForm(form).map((p) => p.pointer)).toEqual(['/uischema/elements/1/scope']);
  });
});
