import { expect } from 'chai';
import type { DuiWorkflowStep } from '@duikit/components';
import { axeViolations, mount, settle, shadow } from './fixtures/helpers.js';
import { createFixtureBackend } from './fixtures/fixture-backend.js';
import { NOW, jeanne, marcel } from './fixtures/data.js';
import { admissionDefinition } from './fixtures/workflow.js';

// The host app's policy forbids style attributes (`style-src 'self'`). This page adopts the same
// directive, then every element renders in its richest states: any `style="…"` it writes is a
// `securitypolicyviolation` event, which the test counts.
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'";
document.head.append(meta);

const violations: string[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => violations.push(`${e.violatedDirective} at ${(e.target as Element)?.nodeName ?? '?'}: ${e.sample}`),
  true,
);

const click = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)!.click();

describe("the elements under a style-src 'self' policy", () => {
  it('sees a violation when a style attribute is written (the listener works)', async () => {
    const div = document.createElement('div');
    document.body.append(div);
    div.setAttribute('style', 'color: red');
    await new Promise((r) => setTimeout(r, 50));
    expect(violations.length).to.be.greaterThan(0);
    violations.length = 0;
    div.remove();
  });

  it('renders every element, dialogs and pickers open, without one violation', async () => {
    const backend = createFixtureBackend();
    document.body.innerHTML = '';
    // The support plan in edit mode: the SERAFIN-PH pickers (indented tree) render.
    const plan = await mount<HTMLElement & { now?: Date }>(
      '<dui-support-plan file-id="uf-001"></dui-support-plan>',
      backend,
    );
    click(shadow(plan), '[data-action=edit]');
    await settle(plan, 6);
    expect(shadow(plan).querySelectorAll('[data-picker] li').length).to.be.greaterThan(20);
    // The SERAFIN-PH tree keeps its indentation: one rem (16 px) a level, from the stylesheet.
    const indent = (depth: number) =>
      getComputedStyle(shadow(plan).querySelector(`[data-picker] li[data-depth="${depth}"]`)!)
        .paddingInlineStart;
    expect([indent(0), indent(1), indent(2)]).to.deep.equal(['0px', '16px', '32px']);
    const markup = [
      '<dui-task-inbox></dui-task-inbox>',
      '<dui-user-file file-id="uf-001"></dui-user-file>',
      '<dui-timeline file-id="uf-001"></dui-timeline>',
      '<dui-aggir-grid file-id="uf-001" date="2026-03-10"></dui-aggir-grid>',
      '<dui-care-team file-id="uf-001"></dui-care-team>',
      '<dui-audit-log page-size="5"></dui-audit-log>',
      '<dui-workflow-diagram></dui-workflow-diagram>',
    ];
    for (const m of markup) {
      const el = await mount<HTMLElement>(m, backend);
      if (el.localName === 'dui-workflow-diagram') Object.assign(el, { definition: admissionDefinition });
      if (el.localName === 'dui-audit-log') Object.assign(el, { persons: [jeanne, marcel] });
      await settle(el, 6);
      expect(el.shadowRoot!.childElementCount, m).to.be.greaterThan(0);
    }
    for (const state of ['decision', 'contractualisation', 'contract']) {
      const step = await mount<DuiWorkflowStep>(
        '<dui-workflow-step instance-id="wi-001"></dui-workflow-step>',
        createFixtureBackend({ state }),
      );
      step.now = NOW;
      await settle(step, 6);
      const first = shadow(step).querySelector<HTMLButtonElement>('[data-event][aria-disabled=false]');
      first?.click();
      await settle(step, 6);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(violations).to.deep.equal([]);
  });

  it('has no axe-core violations in the last screen rendered', async () => {
    expect(await axeViolations()).to.deep.equal([]);
  });
});
