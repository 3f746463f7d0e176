import { expect } from 'chai';
import { createInProcessBackend } from '@duikit/core';
import type { DuiAggirGrid, DuiTaskInbox, DuiUserFile, DuiWorkflowStep } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { ctxOf, director, headNurse, secretary, seed, type Seeded } from './fixtures/engine.js';

// The screens over a real engine in the page (memory store, shipped policy and workflows).
describe('<dui-provider> with the in-process backend over a real engine', () => {
  let s: Seeded;
  beforeEach(async () => {
    s = await seed();
  });
  afterEach(async () => {
    await s.engine.close();
  });
  const backend = (actor = director) =>
    createInProcessBackend(s.engine, ctxOf(actor), { clock: () => s.clock.now });

  it('lists the secretariat’s admission task and opens it', async () => {
    const el = await mount<DuiTaskInbox>('<dui-task-inbox></dui-task-inbox>', backend(secretary));
    el.now = s.clock.now;
    await settle(el, 8);
    const task = shadow(el).querySelector<HTMLButtonElement>('.task')!;
    expect(task.textContent).to.contain('Jeanne FICTIVE');
    let opened = '';
    el.addEventListener('dui-task-open', (e) => (opened = e.detail.task.instanceId));
    task.click();
    expect(opened).to.equal(s.instanceId);
  });

  it('shows the current step with its form and the events the actor may send', async () => {
    const el = await mount<DuiWorkflowStep>(
      `<dui-workflow-step instance-id="${s.instanceId}"></dui-workflow-step>`,
      backend(secretary),
    );
    await settle(el, 10);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent.trim().length).to.be.greaterThan(0);
    expect(root.querySelector('dui-form')).to.not.equal(null);
    expect(root.querySelector('[data-event="SUBMIT_REQUEST"]')!.getAttribute('aria-disabled')).to.equal(
      'false',
    );
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('shows the file at a glance as the engine filtered it', async () => {
    const el = await mount<DuiUserFile>(
      `<dui-user-file file-id="${s.fileId}"></dui-user-file>`,
      backend(director),
    );
    await settle(el, 8);
    const root = shadow(el);
    expect(root.querySelector('h2')!.textContent).to.contain('Jeanne FICTIVE');
    expect(root.querySelector('[data-section=identity]')!.textContent).to.contain('Identité provisoire');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('saves an AGGIR grid through the engine', async () => {
    const el = await mount<DuiAggirGrid>(
      `<dui-aggir-grid file-id="${s.fileId}" date="2026-03-10"></dui-aggir-grid>`,
      backend(headNurse),
    );
    const yes = { spontanement: true, totalement: true, habituellement: true, correctement: true };
    const { AGGIR_ITEMS } = await import('@duikit/core');
    el.answers = Object.fromEntries(
      AGGIR_ITEMS.filter((i) => i.kind === 'discriminant').map((i) => [i.id, yes]),
    );
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.save button')!.click();
    // The engine checks the report against its form (the payload compiler loads on first use).
    for (let i = 0; i < 100 && !shadow(el).querySelector('[role=status], [role=alert]'); i++)
      await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.contain(
      'Évaluation enregistrée (GIR 6).',
    );
    const stored = await backend(headNurse).getAssessments(s.fileId);
    expect(stored.ok && stored.value.map((a) => a.gir?.gir)).to.deep.equal([6]);
  });
});
