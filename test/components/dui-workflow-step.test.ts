import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import type { DuiWorkflowStep } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { NOW, nurse, secretary } from './fixtures/data.js';
import {
  activeDeep,
  dialogForm,
  fieldByLabel,
  optionTexts,
  pick,
  typeInto,
} from './fixtures/form-helpers.js';

async function step(opts: Parameters<typeof createFixtureBackend>[0] = {}, locale = 'fr') {
  const backend = createFixtureBackend(opts);
  const el = await mount<DuiWorkflowStep>(
    '<dui-workflow-step instance-id="wi-001"></dui-workflow-step>',
    backend,
    { locale },
  );
  el.now = NOW;
  await settle(el);
  return { el, backend, root: shadow(el) };
}

const button = (root: ShadowRoot, type: string) =>
  root.querySelector<HTMLButtonElement>(`[data-event="${type}"]`)!;
const sends = (backend: ReturnType<typeof createFixtureBackend>) =>
  backend.calls.filter((c) => c.method === 'sendEvent').map((c) => c.args[1]);

describe('<dui-workflow-step>', () => {
  it('shows the step title, the person and the overdue deadline', async () => {
    const { root } = await step();
    expect(root.querySelector('h2')!.textContent).to.contain('Signature du contrat de séjour');
    expect(root.textContent).to.contain('Pour Mme Jeanne FICTIVE');
    const deadline = root.querySelector('.deadline')!;
    expect(deadline.className).to.contain('deadline--overdue');
    expect(deadline.textContent).to.contain('En retard');
    expect(deadline.textContent).to.contain('6 mars 2026');
  });

  it('shows the time left when the deadline is ahead, in the locale', async () => {
    const { el, root } = await step({}, 'en');
    el.now = new Date('2026-03-01T09:00:00Z');
    await settle(el);
    expect(root.querySelector('.deadline')!.className).not.to.contain('overdue');
    expect(root.querySelector('.deadline')!.textContent).to.match(/Due by 6 Mar 2026 \(in \d+ days\)/);
  });

  it('embeds the step’s form with its schema and the saved response', async () => {
    const { root, backend } = await step();
    const form = root.querySelector('dui-form') as HTMLElement & { schema: { required: string[] } };
    expect(form.schema.required).to.deep.equal(['signedOn']);
    expect(backend.calls.map((c) => c.method)).to.include('getFormDefinition');
  });

  it('gives the reason of an event the actor may not send, with role titles', async () => {
    const { root } = await step({ actor: nurse });
    const sign = button(root, 'SIGN');
    expect(sign.getAttribute('aria-disabled')).to.equal('true');
    const why = root.getElementById(sign.getAttribute('aria-describedby')!)!;
    expect(why.textContent).to.contain('réservé à : Directeur');
    expect(root.textContent).not.to.match(/\bdirector\b/);
  });

  it('sends an event without data in one click, with no dialog', async () => {
    const { el, root, backend } = await step({ actor: secretary, state: 'request' });
    button(root, 'COMPLETE').click();
    await settle(el);
    expect(sends(backend)).to.deep.equal([{ type: 'COMPLETE' }]);
    expect([...root.querySelectorAll('dialog')].some((d) => d.open)).to.equal(false);
    expect(root.querySelector('h2')!.textContent).to.contain('Décision d’admission');
  });

  it('asks for an event’s data in a dialog, moves focus in, validates, then sends', async () => {
    const { el, root, backend } = await step({ state: 'decision' });
    const accept = button(root, 'ACCEPT');
    expect(accept.getAttribute('aria-haspopup')).to.equal('dialog');
    accept.click();
    await settle(el, 8);
    const dialog = root.querySelector<HTMLDialogElement>('dialog.payload')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h3')!.textContent).to.contain('Accepter l’admission');
    const form = dialogForm(root);
    const date = fieldByLabel(form, 'Date d’entrée prévue');
    expect(activeDeep()).to.equal(date);
    // Empty: the form refuses, nothing is sent.
    dialog.querySelector<HTMLButtonElement>('[data-send]')!.click();
    await settle(el, 6);
    expect(sends(backend)).to.deep.equal([]);
    expect(dialog.open).to.equal(true);
    typeInto(date, '2026-04-01');
    await settle(el);
    dialog.querySelector<HTMLButtonElement>('[data-send]')!.click();
    await settle(el, 8);
    expect(sends(backend)).to.deep.equal([{ type: 'ACCEPT', payload: { plannedEntryDate: '2026-04-01' } }]);
    expect(dialog.open).to.equal(false);
    expect(root.querySelector('[role=status]')!.textContent).to.contain(
      '« Accepter l’admission » enregistrée',
    );
    expect(root.querySelector('h2')!.textContent).to.contain('Entrée');
  });

  it('shows the backend’s field errors on the dialog’s fields and keeps it open', async () => {
    const { el, root, backend } = await step({ state: 'decision' });
    button(root, 'ACCEPT').click();
    await settle(el, 8);
    const form = dialogForm(root);
    typeInto(fieldByLabel(form, 'Date d’entrée prévue'), '2026-01-01');
    await settle(el);
    root.querySelector<HTMLButtonElement>('dialog.payload [data-send]')!.click();
    await settle(el, 8);
    expect(sends(backend)).to.have.length(1);
    const dialog = root.querySelector<HTMLDialogElement>('dialog.payload')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('ne sont pas valides');
    const errors = (dialogForm(root) as unknown as { additionalErrors: { path: string; message: string }[] })
      .additionalErrors;
    expect(errors).to.deep.include({
      path: '/plannedEntryDate',
      keyword: 'server',
      message: 'La date d’entrée prévue ne peut pas être passée.',
      params: {},
    });
    await settle(dialogForm(root), 4);
    expect(dialogForm(root).shadowRoot!.textContent).to.contain('ne peut pas être passée');
  });

  it('cancels the dialog with Escape and gives focus back to the button', async () => {
    const { el, root, backend } = await step({ state: 'decision' });
    const accept = button(root, 'ACCEPT');
    accept.focus();
    accept.click();
    await settle(el, 8);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root.querySelector<HTMLDialogElement>('dialog.payload')!.open).to.equal(false);
    expect(sends(backend)).to.deep.equal([]);
    expect(root.activeElement).to.equal(button(root, 'ACCEPT'));
  });

  it('labels coded values by their titles in the locale, and warns once for an irreversible event', async () => {
    const { el, root, backend } = await step({ state: 'decision' }, 'en');
    button(root, 'REFUSE').click();
    await settle(el, 8);
    const dialog = root.querySelector<HTMLDialogElement>('dialog.payload')!;
    expect(dialog.querySelector('.warning')!.textContent).to.contain('cannot be undone');
    expect(root.querySelector<HTMLDialogElement>('dialog.confirm')!.open).to.equal(false);
    const reason = fieldByLabel<HTMLSelectElement>(dialogForm(root), 'Reason for refusal');
    expect(optionTexts(reason)).to.include.members([
      'No place available',
      'Needs outside the establishment’s scope',
    ]);
    pick(reason, 'No place available');
    await settle(el);
    dialog.querySelector<HTMLButtonElement>('[data-send]')!.click();
    await settle(el, 8);
    expect(sends(backend)).to.deep.equal([{ type: 'REFUSE', payload: { reason: 'no-place' } }]);
    expect(root.querySelector('h2')!.textContent).to.contain('This workflow is finished.');
    expect(root.textContent).to.contain('Outcome: Refused');
  });

  it('asks for confirmation before an irreversible event without data', async () => {
    const { el, root, backend } = await step({ state: 'contractualisation' });
    button(root, 'WITHDRAW').click();
    await settle(el);
    const dialog = root.querySelector<HTMLDialogElement>('dialog.confirm')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Confirmer : Retrait de la demande');
    dialog.querySelector<HTMLButtonElement>('[data-cancel]')!.click();
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(sends(backend)).to.deep.equal([]);
    button(root, 'WITHDRAW').click();
    await settle(el);
    dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
    await settle(el);
    expect(sends(backend)).to.deep.equal([{ type: 'WITHDRAW' }]);
  });

  it('shows a parallel state as one block per region, a finished one saying so', async () => {
    const { root } = await step({ state: 'contractualisation' });
    expect(root.querySelector('h2')!.textContent).to.contain('Entrée et contractualisation');
    const regions = [...root.querySelectorAll<HTMLElement>('section.region')];
    expect(regions.map((r) => r.querySelector('h3')!.textContent.trim())).to.deep.equal([
      'Documents d’accueil',
      'Contrat de séjour ou DIPC',
      'Personne de confiance',
    ]);
    const [documents, contract, trusted] = regions;
    expect(documents.querySelector('dui-form')).to.not.equal(null);
    expect(documents.querySelector('[data-event="DELIVER_ENTRY_DOCUMENTS"]')).to.not.equal(null);
    expect(documents.querySelector('[data-event="HAND_OVER_CONTRACT"]')).to.equal(null);
    expect(contract.querySelector('[data-event="HAND_OVER_CONTRACT"]')).to.not.equal(null);
    expect(contract.querySelector('dui-form')).to.equal(null);
    expect(trusted.textContent).to.contain('Cette partie est terminée');
    expect(trusted.querySelector('button')).to.equal(null);
    // Landmarks named by their titles: a person (or a journey) finds a region and its form by name.
    const name = (el: Element) =>
      root.getElementById(el.getAttribute('aria-labelledby')!)!.textContent.trim();
    expect(name(contract)).to.equal('Contrat de séjour ou DIPC');
    expect(name(documents.querySelector('section.task-form')!)).to.equal('Documents remis');
  });

  it('saves a region’s draft for its own step and sends its task form with its event', async () => {
    const { el, root, backend } = await step({ state: 'contractualisation' });
    const region = root.querySelector<HTMLElement>('[data-region="contractualisation.documents"]')!;
    const form = region.querySelector('dui-form')!;
    await settle(el, 4);
    [...region.querySelectorAll('button')].find((b) => b.textContent.includes('brouillon'))!.click();
    await settle(el);
    const save = backend.calls.find((c) => c.method === 'saveStepResponse')!;
    expect(save.args[2]).to.deep.include({ step: 'contractualisation.documents.deliver' });
    // The engine refuses an empty date: the error shows on the region's field.
    (form as unknown as { validate: () => Promise<unknown[]> }).validate = async () => [];
    region.querySelector<HTMLButtonElement>('[data-event="DELIVER_ENTRY_DOCUMENTS"]')!.click();
    await settle(el, 6);
    const errors = (form as unknown as { additionalErrors: { path: string }[] }).additionalErrors;
    expect(errors.map((e) => e.path)).to.deep.equal(['/deliveredOn']);
    typeInto(fieldByLabel(form, 'Remis le'), '2026-03-09');
    await settle(el);
    region.querySelector<HTMLButtonElement>('[data-event="DELIVER_ENTRY_DOCUMENTS"]')!.click();
    await settle(el, 6);
    expect(sends(backend).at(-1)).to.deep.equal({
      type: 'DELIVER_ENTRY_DOCUMENTS',
      payload: { deliveredOn: '2026-03-09' },
    });
    const done = root.querySelector('[data-region="contractualisation.documents"]')!;
    expect(done.textContent).to.contain('Cette partie est terminée');
  });

  it('shows the engine’s refusal and attaches it to the task form’s field', async () => {
    const { el, root } = await step();
    const refused: string[] = [];
    el.addEventListener('dui-event-refused', (e) => refused.push(e.detail.error.message));
    const form = root.querySelector('dui-form') as HTMLElement & { validate?: () => Promise<unknown[]> };
    form.validate = async () => [];
    button(root, 'SIGN').click();
    await settle(el);
    expect(refused).to.deep.equal(['La date de signature est obligatoire.']);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain(
      'Action refusée : La date de signature est obligatoire.',
    );
    const errors = (form as unknown as { additionalErrors: { path: string }[] }).additionalErrors;
    expect(errors.map((e) => e.path)).to.deep.equal(['/signedOn']);
  });

  it('sends the task form’s response with a form-carrying event', async () => {
    const { el, root, backend } = await step();
    typeInto(fieldByLabel(root.querySelector('dui-form')!, 'Date de signature'), '2026-03-09');
    await settle(el);
    button(root, 'SIGN').click();
    await settle(el, 6);
    expect(sends(backend)).to.deep.equal([{ type: 'SIGN', payload: { signedOn: '2026-03-09' } }]);
    expect(root.querySelector('[role=status]')!.textContent).to.contain(
      'Action « Contrat signé » enregistrée.',
    );
  });

  it('saves a draft of the task form', async () => {
    const { el, root, backend } = await step();
    root.querySelector('dui-form')!.dispatchEvent(
      new CustomEvent('dui-change', {
        detail: { data: { signedBy: 'person' }, errors: [], path: '/signedBy' },
      }),
    );
    [...root.querySelectorAll('button')].find((b) => b.textContent?.includes('brouillon'))!.click();
    await settle(el);
    const call = backend.calls.find((c) => c.method === 'saveStepResponse')!;
    expect(call.args[1]).to.deep.equal({ signedBy: 'person' });
    expect(root.querySelector('[role=status]')!.textContent).to.contain('Brouillon enregistré');
  });

  it('shows an unknown instance as an error with its message', async () => {
    const el = await mount<DuiWorkflowStep>(
      '<dui-workflow-step instance-id="nope"></dui-workflow-step>',
      createFixtureBackend(),
    );
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('Instance nope introuvable.');
  });

  it('has no axe-core violations: refused events, dialogs open, parallel regions', async () => {
    await step({ actor: nurse });
    expect(await axeViolations()).to.deep.equal([]);
    let s = await step({ state: 'decision' });
    button(s.root, 'ACCEPT').click();
    await settle(s.el, 8);
    expect(await axeViolations()).to.deep.equal([]);
    s = await step({ state: 'contractualisation' });
    expect(await axeViolations()).to.deep.equal([]);
    button(s.root, 'WITHDRAW').click();
    await settle(s.el);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
