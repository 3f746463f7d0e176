import { expect } from 'chai';
import type { DuiWorkflowDiagram } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { admissionDefinition } from './fixtures/workflow.js';

async function diagram(markup: string, locale = 'fr') {
  const backend = createFixtureBackend();
  const el = await mount<DuiWorkflowDiagram>(markup, backend, { locale });
  await settle(el);
  return { el, root: shadow(el), backend };
}

describe('<dui-workflow-diagram>', () => {
  it('draws every state and transition of a given definition as one labelled image', async () => {
    const { el, root } = await diagram('<dui-workflow-diagram></dui-workflow-diagram>');
    el.definition = admissionDefinition;
    await settle(el);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(root.getElementById('svg-title')!.textContent).to.contain(
      'Admission en EHPAD (admission-ehpad@1)',
    );
    expect(
      [...svg.querySelectorAll('[data-state]')].map((g) => g.getAttribute('data-state')),
    ).to.have.members(['request', 'decision', 'entry', 'contract', 'admitted', 'refused']);
    expect(svg.querySelectorAll('.edge').length).to.be.greaterThan(5);
    const box = svg.querySelector('[data-state=contract] rect')!;
    expect(Number(box.getAttribute('width'))).to.be.greaterThan(0);
  });

  it('highlights the current state of an instance, in the image and in the text', async () => {
    const { root, backend } = await diagram(
      '<dui-workflow-diagram instance-id="wi-001"></dui-workflow-diagram>',
    );
    expect(backend.calls.map((c) => c.method)).to.include.members(['getInstance', 'getWorkflowDefinition']);
    expect(root.querySelector('svg [data-state=contract]')!.classList.contains('node--current')).to.equal(
      true,
    );
    expect(root.querySelectorAll('svg .node--current')).to.have.length(1);
    expect(root.getElementById('svg-desc')!.textContent).to.contain(
      'L’état actuel est Signature du contrat de séjour.',
    );
    const item = root.querySelector('li[data-state=contract]')!;
    expect(item.getAttribute('aria-current')).to.equal('step');
    expect(item.textContent).to.contain('état actuel');
  });

  it('describes transitions, deadlines and tasks in text', async () => {
    const { root } = await diagram(
      '<dui-workflow-diagram definition-ref="admission-ehpad@1" current="decision"></dui-workflow-diagram>',
    );
    const decision = root.querySelector('li[data-state=decision]')!.textContent;
    expect(decision).to.contain('« Refuser l’admission » mène à Refusé');
    expect(decision).to.contain('Tâche : director');
    const contract = root.querySelector('li[data-state=contract]')!.textContent;
    expect(contract).to.contain('Échéance « Signature du contrat (1 mois) » : P1M');
    expect(root.querySelector('li[data-state=admitted]')!.textContent).to.contain('état final');
    expect(root.querySelector('li[data-state=request]')!.textContent).to.contain('état initial');
  });

  it('speaks English', async () => {
    const { root } = await diagram(
      '<dui-workflow-diagram definition-ref="admission-ehpad@1"></dui-workflow-diagram>',
      'en',
    );
    expect(root.querySelector('li[data-state=decision]')!.textContent).to.contain(
      '“Refuse admission” leads to Refused',
    );
  });

  it('shows a load error', async () => {
    const { root } = await diagram('<dui-workflow-diagram definition-ref="nope@9"></dui-workflow-diagram>');
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('Définition nope@9 introuvable.');
  });

  it('has no axe-core violations, description open', async () => {
    const { el, root } = await diagram('<dui-workflow-diagram instance-id="wi-001"></dui-workflow-diagram>');
    root.querySelector('details')!.open = true;
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
