/**
 * <dui-workflow-workbench> in Chromium: it opens a file, shows problems live (listed with their
 * line, outlined in the diagram), simulates as any role with a clock that moves, and exports the
 * simulation as a scenario that plays back clean.
 */
import { expect } from 'chai';
import { runScenario, standardWorkflowFiles, type WorkflowScenario } from '@duikit/core';
import '@duikit/components/dui-workflow-workbench';
import type { DuiWorkflowWorkbench } from '@duikit/components/dui-workflow-workbench';
import { axeViolations, settle } from './fixtures/helpers.js';

async function bench(attrs = '') {
  document.body.innerHTML = `<main lang="fr"><dui-workflow-workbench ${attrs}></dui-workflow-workbench></main>`;
  const el = document.querySelector('dui-workflow-workbench')!;
  await until(el, () => true);
  return el;
}

/** Waits until `check` holds on the element (lit updates and the engine's promises). */
async function until(el: DuiWorkflowWorkbench, check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    await settle(el);
    if (check()) return;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
const $ = <T extends Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const diagramRoot = (el: Element) => $(el, 'dui-workflow-diagram').shadowRoot!;

function type(el: Element, text: string) {
  const editor = $<HTMLTextAreaElement>(el, '#editor');
  editor.value = text;
  editor.dispatchEvent(new Event('input'));
}

describe('<dui-workflow-workbench>', () => {
  it('opens a file and checks it', async () => {
    const el = await bench('source="discharge@1.0.0"');
    const variant = {
      id: 'admission-x',
      version: '1.0.0',
      extends: 'admission@1.0.0',
      patch: { parameters: { withdrawalPeriod: 'P1M' } },
    };
    const input = $<HTMLInputElement>(el, '#file');
    const files = new DataTransfer();
    files.items.add(
      new File([JSON.stringify(variant, null, 2)], 'admission-x.json', { type: 'application/json' }),
    );
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(el, () => $(el, '#status').textContent.includes('admission-x@1.0.0'));
    expect($(el, '#status').textContent).to.contain('Définition valide : admission-x@1.0.0');
    expect($(el, '#status').textContent).to.contain('variante de admission@1.0.0');
    expect($<HTMLTextAreaElement>(el, '#editor').value).to.contain('"withdrawalPeriod": "P1M"');
  });

  it('lists problems live with their line, and outlines their state in the diagram', async () => {
    const el = await bench('source="admission@1.0.0"');
    await until(el, () => !!el.shadowRoot!.querySelector('dui-workflow-diagram'));
    const text = $<HTMLTextAreaElement>(el, '#editor').value.replace(
      '"target": "decision"',
      '"target": "decisoin"',
    );
    type(el, text);
    await until(el, () => !!el.shadowRoot!.querySelector('.problems li'));
    const line = text.split('\n').findIndex((l) => l.includes('"decisoin"')) + 1;
    const item = $(el, '.problems li');
    expect(item.textContent).to.contain(`ligne ${line}, colonne`);
    expect(item.textContent).to.contain(
      'aucun état « decisoin » à côté de « preAdmission.completeness » — vouliez-vous dire « decision » ?',
    );
    await until(el, () => !!diagramRoot(el).querySelector('.node--problem'));
    expect(diagramRoot(el).querySelector('.node--problem')!.getAttribute('data-state')).to.equal(
      'preAdmission.completeness',
    );
    // The "go to" button puts the caret on the problem's line.
    $<HTMLButtonElement>(el, '.problems button').click();
    const editor = $<HTMLTextAreaElement>(el, '#editor');
    expect(editor.value.slice(0, editor.selectionStart).split('\n').length).to.equal(line);
    expect(el.shadowRoot!.querySelector('.simulation')).to.equal(null);
  });

  it('places a variant’s problem in its own patch', async () => {
    const el = await bench();
    type(
      el,
      JSON.stringify(
        {
          id: 'v',
          version: '1.0.0',
          extends: 'admission@1.0.0',
          patch: { parameters: { contractHandoverDelay: 'P20D' } },
        },
        null,
        2,
      ),
    );
    await until(el, () => !!el.shadowRoot!.querySelector('.problems li'));
    expect($(el, '.problems li').textContent).to.contain('/patch/parameters/contractHandoverDelay');
    expect($(el, '.problems li').textContent).to.contain('au-delà du maximum légal P15D (CASF art. D311)');
  });

  it('simulates as any role with time travel, then exports a scenario that plays back clean', async () => {
    const el = await bench('source="admission@1.0.0"');
    await until(el, () => !!el.shadowRoot!.querySelector('.simulation button[data-event]'));
    const role = $<HTMLSelectElement>(el, '#role');
    role.value = 'secretariat';
    role.dispatchEvent(new Event('change'));
    const payload = $<HTMLTextAreaElement>(el, '#payload');
    payload.value = JSON.stringify({ channel: 'other', receivedOn: '2026-03-02', stayType: 'permanent' });
    payload.dispatchEvent(new Event('input'));
    await until(
      el,
      () => $(el, 'button[data-event=SUBMIT_REQUEST]')?.getAttribute('aria-disabled') === 'false',
    );
    $<HTMLButtonElement>(el, 'button[data-event=SUBMIT_REQUEST]').click();
    await until(el, () => $(el, '.state').textContent.includes('preAdmission.completeness'));
    // A nurse may not declare the file complete: the reason is shown, nothing is sent.
    role.value = 'nurse';
    role.dispatchEvent(new Event('change'));
    await until(el, () => $(el, 'button[data-event=COMPLETE]')?.getAttribute('aria-disabled') === 'true');
    expect($(el, 'button[data-event=COMPLETE]').nextElementSibling!.textContent).to.contain('nurse');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.simulation button')]
      .find((b) => b.textContent.trim() === '+ P1M')!
      .click();
    await until(el, () => $(el, '.log').textContent.includes('Horloge avancée de P1M'));
    expect($(el, '.simulation [role=status]').textContent).to.contain('2 avril 2026');
    let exported: WorkflowScenario | undefined;
    el.addEventListener('dui-scenario-export', (e) => (exported = e.detail.scenario));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent.includes('Exporter'))!
      .click();
    await until(el, () => exported !== undefined);
    expect(exported!.workflow).to.equal('admission@1.0.0');
    expect(exported!.steps.slice(0, 2)).to.deep.equal([
      {
        send: 'SUBMIT_REQUEST',
        as: 'secretariat',
        payload: { channel: 'other', receivedOn: '2026-03-02', stayType: 'permanent' },
      },
      { advance: 'P1M' },
    ]);
    expect(exported!.steps.at(-1)).to.deep.include({
      expect: { state: ['preAdmission.completeness'], status: 'active', due: [], overdue: [] },
    });
    expect(await runScenario(exported!, { ...standardWorkflowFiles, lint: false })).to.deep.equal([]);
    expect($(el, 'a[download]').getAttribute('download')).to.equal('admission.scenario.json');
  });

  it('has no axe-core violations, with problems and with a simulation', async () => {
    const el = await bench('source="admission-ehpad@1.0.0"');
    await until(el, () => !!el.shadowRoot!.querySelector('.simulation'));
    expect(await axeViolations()).to.deep.equal([]);
    type(el, '{ "id": "x", }');
    await until(el, () => !!el.shadowRoot!.querySelector('.problems li'));
    // The stray comma's closing brace is the 14th character of the line.
    expect($(el, '.problems li').textContent).to.contain('ligne 1, colonne 14');
    expect(await axeViolations()).to.deep.equal([]);
  });
});
