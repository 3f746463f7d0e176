/**
 * Playground › Workflow: the configurator's workbench, `<dui-workflow-workbench>`. Open a file or
 * pick a definition, see its diagram and its problems as you type, and step through it as any
 * role with a simulated clock (in-memory engine, synthetic data); export the run as a scenario.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { standardWorkflowFiles, type WorkflowDefinition } from '@duikit/core';
import '../../packages/components/src/dui-workflow-workbench/dui-workflow-workbench.js';
import visitRequest from './visit-request.workflow.json';

interface Args {
  source: string;
  text?: string;
}

/** The standard files plus the guide's small example. */
const library = {
  ...standardWorkflowFiles,
  definitions: [...standardWorkflowFiles.definitions, visitRequest as WorkflowDefinition],
};

const meta: Meta<Args> = {
  title: 'Playground/Workflow',
  component: 'dui-workflow-workbench',
  render: (args, { globals }) =>
    html`<dui-workflow-workbench
      lang=${globals.locale ?? 'fr'}
      source=${args.source}
      .text=${args.text}
      .library=${library}
    ></dui-workflow-workbench>`,
  argTypes: {
    source: { control: 'text', description: 'Id of the definition shown first (`admission@1.0.0`…).' },
    text: { control: 'text', description: 'A text to open instead of `source` (a file’s content).' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The configurator’s workbench, usable in any page (`import ' +
          "'@duikit/components/dui-workflow-workbench'`). Open a file or pick a standard workflow, a " +
          'variant or the guide example; every problem is listed with its line and outlined in the ' +
          'diagram as you type. A valid definition runs on an in-memory engine: choose a role, send ' +
          'events (a refusal says why), move the clock by days or months, watch the deadlines, then ' +
          'export the run as a `*.scenario.json` for `duikit test`.',
      },
    },
  },
};
export default meta;

/** The standard admission workflow (pre-admission → admission, contract deadlines). */
export const StandardAdmission: StoryObj<Args> = { args: { source: 'admission@1.0.0' } };

/** The EHPAD variant: the admission workflow plus a merge patch (medical opinion, withdrawal). */
export const EhpadVariant: StoryObj<Args> = {
  name: 'EHPAD variant',
  args: { source: 'admission-ehpad@1.0.0' },
};

/** The small example of the configurators' guide: a request, an appointment within 10 days. */
export const GuideExample: StoryObj<Args> = { args: { source: 'visit-request@1.0.0' } };

/**
 * The guide example driven step by step (an interaction test the smoke test runs): the
 * secretariat schedules the visit, then the clock moves a month; the log records both.
 */
export const GuideExampleStepped: StoryObj<Args> = {
  name: 'Guide example, stepped through',
  args: { source: 'visit-request@1.0.0' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dui-workflow-workbench')!;
    const $ = <T extends Element>(sel: string) => el.shadowRoot!.querySelector<T>(sel);
    await waitFor(() => expect($('#role')).not.toBeNull(), { timeout: 20_000 });
    const role = $<HTMLSelectElement>('#role')!;
    role.value = 'secretariat';
    role.dispatchEvent(new Event('change'));
    const payload = $<HTMLTextAreaElement>('#payload')!;
    payload.value = '{ "visitDate": "2026-03-05" }';
    payload.dispatchEvent(new Event('input'));
    await waitFor(() =>
      expect($('button[data-event=SCHEDULE]')?.getAttribute('aria-disabled')).toBe('false'),
    );
    $<HTMLButtonElement>('button[data-event=SCHEDULE]')!.click();
    await waitFor(() => expect($('.log')!.textContent).toContain('SCHEDULE (secretariat) → scheduled'));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === '+ P1M')!.click();
    await waitFor(() => expect($('.log')!.textContent).toMatch(/P1M/));
  },
};

const broken = structuredClone(visitRequest) as unknown as {
  events: Record<string, { roles?: string[] }>;
  states: Record<string, { on?: Record<string, unknown> }>;
};
delete broken.events.VISIT_DONE.roles;
broken.states.scheduled.on = { VISIT_DONE: { target: 'visitd' } };

/** A definition with mistakes: each is listed with its line and outlined in the diagram. */
export const WithErrors: StoryObj<Args> = {
  args: { source: 'visit-request@1.0.0', text: JSON.stringify(broken, null, 2) },
};
