import { expect } from 'chai';
import type { DuiWorkflowDiagram } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { admissionDefinition } from './fixtures/workflow.js';
import { standardWorkflowFiles, type WorkflowDefinition } from '@duikit/core';

const admission = standardWorkflowFiles.definitions.find((d) => d.id === 'admission')!;

/** The segments of every edge path, read back from the drawn `d` attributes. */
function segments(svg: SVGSVGElement): [DOMPoint, DOMPoint][] {
  return [...svg.querySelectorAll<SVGPathElement>('.edge path')].flatMap((p) => {
    const pts = [...p.getAttribute('d')!.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map(
      (m) => new DOMPoint(Number(m[1]), Number(m[2])),
    );
    return pts.slice(1).map((b, i) => [pts[i], b] as [DOMPoint, DOMPoint]);
  });
}

/** Whether segment a→b meets box r (sampled finely: the boxes are a few px tall). */
function crosses([a, b]: [DOMPoint, DOMPoint], r: DOMRect): boolean {
  for (let i = 0; i <= 200; i++) {
    const x = a.x + ((b.x - a.x) * i) / 200;
    const y = a.y + ((b.y - a.y) * i) / 200;
    if (x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height) return true;
  }
  return false;
}

async function drawn(def: WorkflowDefinition, locale: string) {
  const { el, root } = await diagram('<dui-workflow-diagram></dui-workflow-diagram>', locale);
  el.definition = def;
  await settle(el);
  return { el, root, svg: root.querySelector('svg')! };
}

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

  it('fits every title in its box, wraps long ones, and keeps edge labels off every line', async () => {
    for (const def of standardWorkflowFiles.definitions) {
      for (const locale of ['fr', 'en']) {
        const { svg } = await drawn(def, locale);
        for (const g of svg.querySelectorAll<SVGGElement>('.node')) {
          const box = g.querySelector('rect')!.getBBox();
          const text = g.querySelector('text')!.getBBox();
          const where = `${def.id} ${locale} ${g.dataset.state}`;
          expect(text.x, where).to.be.greaterThan(box.x);
          expect(text.x + text.width, where).to.be.lessThan(box.x + box.width);
          expect(text.y, where).to.be.greaterThan(box.y);
          expect(text.y + text.height, where).to.be.lessThan(box.y + box.height);
        }
        const lines = segments(svg);
        for (const label of svg.querySelectorAll<SVGTextElement>('.edge-label')) {
          const r = label.getBBox();
          const hit = lines.find((s) => crosses(s, r));
          expect(hit, `${def.id} ${locale} « ${label.textContent} » crosses a line`).to.equal(undefined);
        }
      }
    }
  });

  it('starts an edge leaving a composite state on that state’s border (« Retrait », « terminé »)', async () => {
    const { svg } = await drawn(admission, 'fr');
    const border = (id: string) => svg.querySelector<SVGRectElement>(`[data-state="${id}"] rect`)!.getBBox();
    const start = (event: string) => {
      const d = svg.querySelector(`.edge[data-event=${event}] path`)!.getAttribute('d')!;
      const [, x, y] = /^M([\d.-]+) ([\d.-]+)/.exec(d)!.map(Number);
      return { x, y };
    };
    for (const [event, state] of [
      ['WITHDRAW', 'preAdmission'],
      ['done', 'contractualisation'],
    ]) {
      const b = border(state);
      const p = start(event);
      const onBorder =
        (Math.abs(p.y - b.y) < 1.5 || Math.abs(p.y - (b.y + b.height)) < 1.5) &&
        p.x >= b.x - 1 &&
        p.x <= b.x + b.width + 1;
      const onSide =
        (Math.abs(p.x - b.x) < 1.5 || Math.abs(p.x - (b.x + b.width)) < 1.5) &&
        p.y >= b.y - 1 &&
        p.y <= b.y + b.height + 1;
      expect(onBorder || onSide, `${event} starts at ${p.x},${p.y} on ${state}`).to.equal(true);
    }
    expect(svg.querySelector('.edge[data-event=WITHDRAW]')!.getAttribute('data-from')).to.equal(
      'preAdmission',
    );
  });

  it('has a legend of tasks, deadlines, final states and parallel regions', async () => {
    const { root } = await drawn(admission, 'fr');
    const legend = root.querySelector('[part=legend]')!;
    expect(legend.getAttribute('aria-label')).to.equal('Légende du schéma');
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent.trim())).to.deep.equal([
      'tâche (un rôle agit)',
      'échéance et sa transition',
      'état final',
      'régions parallèles',
      'transition sous condition',
    ]);
    expect(root.querySelectorAll('svg .task-mark').length).to.be.greaterThan(5);
    expect(root.querySelector('[data-state="contractualisation.contract.handover"] .clock')).to.not.equal(
      null,
    );
  });

  it('outlines and lists the states that have problems', async () => {
    const { el, root } = await drawn(admission, 'fr');
    el.problems = [
      { pointer: '/states/preAdmission/states/decision/on/ACCEPT/0/target', message: 'aucun état « x »' },
    ];
    await settle(el);
    const node = root.querySelector('svg [data-state="preAdmission.decision"]')!;
    expect(node.classList.contains('node--problem')).to.equal(true);
    expect(node.querySelector('title')!.textContent).to.equal('aucun état « x »');
    expect(root.querySelectorAll('svg .node--problem')).to.have.length(1);
    expect(root.querySelector('li[data-state="preAdmission.decision"]')!.textContent).to.contain(
      '1 problème(s)',
    );
    expect(root.querySelector('.legend-problem')).to.not.equal(null);
    root.querySelector('details')!.open = true;
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('has no axe-core violations, description open', async () => {
    const { el, root } = await diagram('<dui-workflow-diagram instance-id="wi-001"></dui-workflow-diagram>');
    root.querySelector('details')!.open = true;
    await settle(el);
    expect(await axeViolations()).to.deep.equal([]);
  });
});
