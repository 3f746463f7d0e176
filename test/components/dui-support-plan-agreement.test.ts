import { expect } from 'chai';
import { createInProcessBackend, type Actor } from '@duikit/core';
import type { DuiSupportPlan } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { ctxOf, director, headNurse, nurse, seed, type Seeded } from './fixtures/engine.js';

// The support-plan agreement (CASF L311-3 3°) through the real screen over a real engine in the
// page: the director records the person's agreement — who, when, how — and the support-plan
// workflow waiting for it moves on; the rules of law refuse what is missing, naming the field.
describe('<dui-support-plan> agreement over a real engine', () => {
  let s: Seeded;
  let instanceId = '';
  const backend = (actor: Actor) =>
    createInProcessBackend(s.engine, ctxOf(actor), { clock: () => s.clock.now });

  beforeEach(async () => {
    s = await seed();
    const saved = await backend(headNurse).saveSupportPlan(
      s.fileId,
      {
        expectations: [{ id: 'x1', text: 'Continuer à marcher', origin: 'person' }],
        needs: [{ code: '1.2.1.3' }],
        objectives: [{ id: 'o1', title: 'Maintenir la marche', needCodes: ['1.2.1.3'], actions: [] }],
        reviews: [],
      },
      null,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const wf = s.engine.workflows!;
    const started = await wf.start(ctxOf(director), {
      definition: 'support-plan@1.0.0',
      fileId: s.fileId,
      data: { admissionDate: '2026-03-01' },
    });
    if (!started.ok) throw new Error(started.reason.message);
    instanceId = started.instance.id;
    const steps: [Actor, string, unknown][] = [
      [
        nurse,
        'RECORD_EXPECTATIONS',
        { expectations: [{ text: 'Marcher', origin: 'person' }], collectedOn: '2026-03-05' },
      ],
      [headNurse, 'ANALYSE_NEEDS', { needs: ['1.2.1.3'] }],
      [headNurse, 'PROPOSE', { objectives: [{ domain: 'mobilité', text: 'Maintenir la marche' }] }],
    ];
    for (const [actor, type, payload] of steps) {
      const r = await wf.send(ctxOf(actor), instanceId, { type, payload });
      if (!r.ok) throw new Error(`${type}: ${r.reason.message}`);
    }
  });
  afterEach(async () => {
    await s.engine.close();
  });

  async function screen() {
    const el = await mount<DuiSupportPlan>(
      `<dui-support-plan file-id="${s.fileId}"></dui-support-plan>`,
      backend(director),
    );
    el.now = s.clock.now;
    await settle(el, 8);
    return { el, root: shadow(el) };
  }
  const input = (root: ShadowRoot, selector: string, value: string) => {
    const i = root.querySelector<HTMLInputElement>(selector)!;
    i.value = value;
    i.dispatchEvent(new Event('input'));
  };
  const submit = async (el: DuiSupportPlan, root: ShadowRoot) => {
    root.querySelector<HTMLButtonElement>('[data-agreement] button[type=submit]')!.click();
    await settle(el, 10);
  };

  it('records an oral agreement before a witness, refusing it first without the witness’s name', async () => {
    const { el, root } = await screen();
    root.querySelector<HTMLInputElement>('[data-method] input[value=oral-witnessed]')!.click();
    await settle(el);
    await submit(el, root);
    const name = root.querySelector<HTMLInputElement>('#witness-name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(name.getAttribute('aria-describedby')!)!.textContent).to.contain('témoin');
    expect(root.querySelector('[data-agreement-error]')!.getAttribute('role')).to.equal('alert');
    expect(await axeViolations()).to.deep.equal([]);

    input(root, '#witness-name', 'Aline Roy');
    input(root, '#witness-role', 'aide-soignante');
    await submit(el, root);
    expect(root.querySelector('[data-agreement-error]')).to.equal(null);
    const entry = root.querySelector('[data-agreement-entry]')!.textContent.replace(/\s+/g, ' ');
    expect(entry).to.contain('La personne');
    expect(entry).to.contain('Accord oral devant témoin');
    expect(entry).to.contain('témoin : Aline Roy');
    const plans = await backend(director).getSupportPlans(s.fileId);
    expect(plans.ok && plans.value[0].status).to.equal('agreed');
    const inst = await s.engine.workflows!.get(ctxOf(director), instanceId);
    expect(inst.ok && inst.instance.states).to.deep.equal(['plan.inProgress']);
  });

  it('refuses a legal representative without a measure of representation in the file, naming the mandate', async () => {
    const { el, root } = await screen();
    const party = root.querySelector<HTMLSelectElement>('#party')!;
    party.value = 'legalRepresentative';
    party.dispatchEvent(new Event('change'));
    await settle(el);
    input(root, '#rep-name', 'Marc FICTIVE');
    await submit(el, root);
    const mandate = root.querySelector<HTMLSelectElement>('#mandate')!;
    expect(mandate.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(mandate.getAttribute('aria-describedby')!)!.textContent).to.contain('L311-3');
    const plans = await backend(director).getSupportPlans(s.fileId);
    expect(plans.ok && plans.value[0].agreements).to.deep.equal([]);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('the establishment’s signature alone leaves the plan waiting for the person', async () => {
    const { el, root } = await screen();
    const party = root.querySelector<HTMLSelectElement>('#party')!;
    party.value = 'structure';
    party.dispatchEvent(new Event('change'));
    await settle(el);
    expect(root.querySelector('[data-method]')).to.equal(null);
    await submit(el, root);
    const plans = await backend(director).getSupportPlans(s.fileId);
    expect(plans.ok && plans.value[0].status).to.not.equal('agreed');
    expect(plans.ok && plans.value[0].agreements.map((a) => a.party)).to.deep.equal(['structure']);
    const inst = await s.engine.workflows!.get(ctxOf(director), instanceId);
    expect(inst.ok && inst.instance.states).to.deep.equal(['plan.elaboration.proposed']);
  });
});
