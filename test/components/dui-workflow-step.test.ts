import { expect } from 'chai';
import type { DuiWorkflowStep } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { NOW, nurse } from './fixtures/data.js';

async function step(opts: Parameters<typeof createFixtureBackend>[0] = {}, locale = 'fr') {
  const backend = createFixtureBackend(opts);
  const el = await mount<DuiWorkflowStep>(
    '<dui-workflow-step instance-id="wi-001"></dui-workflow-step>',
    backend,
    {
      locale,
    },
  );
  el.now = NOW;
  await settle(el);
  return { el, backend, root: shadow(el) };
}

const button = (root: ShadowRoot, type: string) =>
  root.querySelector<HTMLButtonElement>(`[data-event="${type}"]`)!;

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
    expect(form).to.be.instanceOf(HTMLElement);
    expect(form.schema.required).to.deep.equal(['signedOn']);
    expect(backend.calls.map((c) => c.method)).to.include('getFormDefinition');
  });

  it('offers the events the actor may send, and gives the reason for the others', async () => {
    const { root } = await step({ actor: nurse });
    const sign = button(root, 'SIGN');
    expect(sign.getAttribute('aria-disabled')).to.equal('true');
    const why = root.getElementById(sign.getAttribute('aria-describedby')!)!;
    expect(why.textContent).to.contain('réservé aux rôles : director');
  });

  it('asks for confirmation before an irreversible event and sends it only once confirmed', async () => {
    const { el, root, backend } = await step();
    button(root, 'REFUSE').click();
    await settle(el);
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Confirmer : Refuser l’admission');
    root.querySelector<HTMLButtonElement>('dialog button:not([data-confirm])')!.click();
    await settle(el);
    expect(dialog.open).to.equal(false);
    expect(backend.calls.some((c) => c.method === 'sendEvent')).to.equal(false);
    button(root, 'REFUSE').click();
    await settle(el);
    const sent: string[] = [];
    el.addEventListener('dui-event-sent', (e) => sent.push(e.detail.event));
    root.querySelector<HTMLButtonElement>('dialog [data-confirm]')!.click();
    await settle(el);
    expect(sent).to.deep.equal(['REFUSE']);
    expect(root.querySelector('h2')!.textContent).to.contain('Ce processus est terminé.');
  });

  it('shows the engine’s refusal reason and attaches it to the form field', async () => {
    const { el, root } = await step();
    const refused: string[] = [];
    el.addEventListener('dui-event-refused', (e) => refused.push(e.detail.error.message));
    // Skip client validation to reach the engine's own refusal.
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

  it('sends the form response with a form-carrying event', async () => {
    const { el, root, backend } = await step();
    const form = root.querySelector('dui-form')!;
    form.dispatchEvent(
      new CustomEvent('dui-change', {
        detail: { data: { signedOn: '2026-03-09' }, errors: [], path: '/signedOn' },
      }),
    );
    (form as unknown as { validate: () => Promise<unknown[]> }).validate = async () => [];
    button(root, 'SIGN').click();
    await settle(el);
    const call = backend.calls.find((c) => c.method === 'sendEvent')!;
    expect(call.args[1]).to.deep.equal({ type: 'SIGN', payload: { signedOn: '2026-03-09' } });
    expect(root.querySelector('[role=status]')!.textContent).to.contain(
      'Action « Contrat signé » enregistrée.',
    );
  });

  it('saves a draft of the form', async () => {
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
    const backend = createFixtureBackend();
    const el = await mount<DuiWorkflowStep>(
      '<dui-workflow-step instance-id="nope"></dui-workflow-step>',
      backend,
    );
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.contain('Instance nope introuvable.');
  });

  it('has no axe-core violations, with the confirmation dialog open too', async () => {
    await step({ actor: nurse });
    expect(await axeViolations()).to.deep.equal([]);
    const { el, root } = await step();
    button(root, 'REFUSE').click();
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
