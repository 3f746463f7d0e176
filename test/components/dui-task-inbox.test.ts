import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { DuiTaskInbox } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { NOW, secretary } from './fixtures/data.js';

async function inbox(markup = '<dui-task-inbox></dui-task-inbox>', locale = 'fr') {
  const el = await mount<DuiTaskInbox>(markup, createFixtureBackend(), { locale });
  el.now = NOW;
  await settle(el);
  return el;
}

const steps = (el: Element) =>
  [...shadow(el).querySelectorAll('.task__step')].map((n) => n.textContent?.trim());

describe('<dui-task-inbox>', () => {
  it('lists the actor’s tasks overdue first, then by due date, done last', async () => {
    const el = await inbox();
    expect(steps(el)).to.deep.equal([
      'Avis du médecin coordonnateur', // overdue since 28 Feb
      'Signature du contrat de séjour', // open, due 5 Mar < now: overdue
      'Recueil des attentes', // due 20 Mar
      'Information sur la personne de confiance', // no due date
      'Bilan annuel', // done
    ]);
    const first = shadow(el).querySelector('.task')!;
    expect(first.className).to.contain('task--overdue');
    expect(first.textContent).to.contain('En retard');
  });

  it('shows the person, the workflow and the due date with time left in the locale', async () => {
    const el = await inbox();
    const row = shadow(el).querySelectorAll('.task')[2];
    expect(row.textContent).to.contain('M. Marcel EXEMPLE');
    expect(row.textContent).to.contain('Révision du projet personnalisé');
    expect(row.textContent).to.contain('21 mars 2026');
    expect(row.textContent).to.contain('dans 11 jours');
    const en = await inbox('<dui-task-inbox></dui-task-inbox>', 'en');
    expect(shadow(en).querySelectorAll('.task')[2].textContent).to.contain('in 11 days');
  });

  it('filters by workflow, person and status', async () => {
    const el = await inbox('<dui-task-inbox status="overdue"></dui-task-inbox>');
    expect(steps(el)).to.deep.equal(['Avis du médecin coordonnateur', 'Signature du contrat de séjour']);
    el.status = '';
    el.person = 'uf-001';
    await settle(el);
    expect(steps(el)).to.deep.equal(['Signature du contrat de séjour', 'Bilan annuel']);
    const select = shadow(el).querySelector<HTMLSelectElement>('#f-workflow')!;
    select.value = 'support-plan-review';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(steps(el)).to.deep.equal(['Bilan annuel']);
    expect(shadow(el).querySelector('[role=status]')!.textContent).to.contain('1 tâche(s) affichée(s) sur 5');
  });

  it('says so when no task matches', async () => {
    const el = await inbox('<dui-task-inbox person="uf-003" status="done"></dui-task-inbox>');
    expect(shadow(el).textContent).to.contain('Aucune tâche ne correspond à ces filtres.');
  });

  it('moves with the arrow keys (one tab stop) and opens with Enter', async () => {
    const el = await inbox();
    const opened: string[] = [];
    el.addEventListener('dui-task-open', (e) => opened.push(e.detail.task.id));
    const buttons = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('.task')];
    expect(buttons().filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(shadow(el).activeElement).to.equal(buttons()[1]);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(shadow(el).activeElement).to.equal(buttons()[4]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(opened).to.deep.equal(['t4']);
  });

  it('emits a bubbling, composed dui-task-open on click', async () => {
    const el = await inbox();
    let detail: unknown;
    document.addEventListener('dui-task-open', (e) => (detail = e.detail), { once: true });
    shadow(el).querySelectorAll<HTMLButtonElement>('.task')[2].click();
    expect((detail as { task: { instanceId: string } }).task.instanceId).to.equal('wi-002');
  });

  it('shows only the tasks the backend returns for the actor', async () => {
    const el = await mount<DuiTaskInbox>(
      '<dui-task-inbox></dui-task-inbox>',
      createFixtureBackend({ actor: secretary }),
    );
    expect(steps(el)).to.deep.equal([]);
    expect(shadow(el).textContent).to.contain('Aucune tâche');
  });

  it('shows the backend’s error and retries', async () => {
    const backend = createFixtureBackend();
    let fail = true;
    const real = backend.getTasks.bind(backend);
    backend.getTasks = async (f) =>
      fail ? { ok: false, error: { code: 'unavailable', message: 'Serveur injoignable' } } : real(f);
    const el = await mount<DuiTaskInbox>('<dui-task-inbox></dui-task-inbox>', backend);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('Serveur injoignable');
    fail = false;
    shadow(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await settle(el);
    expect(steps(el)).to.have.length(5);
  });

  it('asks for a provider when there is no backend', async () => {
    document.body.innerHTML = '<main><dui-task-inbox></dui-task-inbox></main>';
    const el = document.querySelector('dui-task-inbox')!;
    await settle(el);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('dui-provider');
  });

  it('has no axe-core violations', async () => {
    await inbox();
    expect(await axeViolations()).to.deep.equal([]);
  });
});
