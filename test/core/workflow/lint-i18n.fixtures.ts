/**
 * Definitions broken in every way the linter knows, for the catalogue coverage test.
 */
import type { WorkflowFileKind } from '@duikit/core';
import { loose, tinyWorkflow, type Loose } from './fixtures.js';

const title = (text: string) => ({ fr: text, en: text });

/** Structurally valid, but wrong in every name, state, deadline, action and embedded schema. */
export function brokenEverywhere(): Loose {
  const def = loose(tinyWorkflow());
  def.parameters = { ...def.parameters, negative: '-P1D', count: 5, words: '15 jours' };
  def.events.SUBMIT.payload = {
    type: ['strnig', 3],
    colour: 'blue',
    minLength: -1,
    maximum: 'ten',
    required: [1],
    enum: 'a',
    format: 'postcode',
    pattern: '(',
    $ref: '#/$defs/missing',
    properties: { a: { $ref: 7 } },
    allOf: {},
    $defs: [],
    items: 42,
  };
  def.events.REVIEW_OVERDUE.roles = ['director'];
  def.events.LOOSE = { title: title('Loose') };
  def.events.REVIEW_OVERDUE_2 = { title: title('Late'), system: false };
  const draft = def.states.draft;
  draft.initial = 'nothing';
  draft.on.SUBMIT.actions.push(
    'sendFax',
    { type: 'setDate', params: { path: 'no-slash', add: 'soon' } },
    { type: 'produceDocument', params: {} },
    { type: 'startWorkflow', params: { definition: 'other@1.0.0' } },
    { type: 'startWorkflow', params: { definition: 'bad ref' } },
    { type: 'notify', params: { roles: ['ghost'] } },
    { type: 'notify', params: { roles: [], message: title('x') } },
  );
  draft.on.ARCHIVE = { target: 'approved' };
  draft.on.LOOSE = { target: 'nowhere', guard: 'isComplet' };
  const review = def.states.review;
  review.task.roles = ['director', 'janitor'];
  review.task.form = 'review@1.0.0';
  review.on.REJECT.guard = { scope: '#/properties/context', schema: { type: 'strnig' } };
  review.deadlines.push(
    { ...review.deadlines[0], duration: { param: 'missing' }, reminders: [{ param: 'count' }] },
    { ...review.deadlines[0], id: 'b', duration: { param: 'negative' }, event: 'UNDECLARED' },
    { ...review.deadlines[0], id: 'c', duration: { param: 'words' }, event: 'REVIEW_OVERDUE_2' },
  );
  def.states.box = {
    title: title('Box'),
    initial: 'missing',
    states: { inner: { title: title('Inner'), on: { APPROVE: { target: '#tiny.approved' } } } },
  };
  def.states.shell = { title: title('Shell'), states: { x: { title: title('X'), type: 'final' } } };
  def.states.approved.on = { APPROVE: { target: 'draft' } };
  def.states.endless = { title: title('End'), type: 'final' };
  def.migrations = [{ from: '0.9.0', states: { old: 'vanished' } }];
  return def;
}

/** Clean except for one graph problem each (graph checks run only on otherwise clean definitions). */
export function brokenGraphs(): Loose[] {
  const orphan = loose(tinyWorkflow());
  orphan.states.orphan = {
    title: title('Orphan'),
    on: { APPROVE: { target: 'approved', roles: ['director'] } },
  };
  const stuck = loose(tinyWorkflow());
  stuck.states.review.on.REJECT.target = 'limbo';
  stuck.states.limbo = { title: title('Limbo') };
  const deaf = loose(tinyWorkflow());
  delete deaf.states.review.on.REVIEW_OVERDUE;
  const noInitial = loose(tinyWorkflow());
  noInitial.initial = 'start';
  return [orphan, stuck, deaf, noInitial];
}

/** Files whose structure the schemas refuse, one way each. */
export function brokenSchemas(): [WorkflowFileKind, unknown][] {
  const wf = () => loose(tinyWorkflow());
  const typed = wf();
  typed.title = 'Mini';
  const listed = wf();
  listed.appliesTo = [];
  const directed = wf();
  directed.states.review.deadlines[0].direction = 'sideways';
  const versioned = wf();
  versioned.version = 'one';
  const variant = { id: 'v', version: '1.0.0', extends: 'admission', patch: { id: 'w' } };
  return [
    ['workflow', typed],
    ['workflow', listed],
    ['workflow', directed],
    ['workflow', versioned],
    ['variant', variant],
    ['form', 'not an object'],
  ];
}
