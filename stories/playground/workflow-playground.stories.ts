/**
 * Playground › Workflow: choose or paste a definition, see its diagram and its validation errors,
 * and step through it as any role with a simulated clock (in-memory engine, synthetic data).
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import './workflow-playground.js';
import visitRequest from './visit-request.workflow.json';

interface Args {
  source: string;
  text?: string;
}

const meta: Meta<Args> = {
  title: 'Playground/Workflow',
  // The toolbar locale is passed explicitly so switching it re-renders the playground's texts.
  render: (args, { globals }) =>
    html`<duikit-workflow-playground
      source=${args.source}
      .text=${args.text}
      locale=${globals.locale ?? 'fr'}
    ></duikit-workflow-playground>`,
  argTypes: {
    source: { control: 'text', description: 'Id of the definition shown first (`admission@1.0.0`…).' },
    text: { control: 'text', description: 'A pasted definition (shown instead of `source`).' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Pick a standard workflow, a variant or the guide example, or paste your own. The linter ' +
          'names every problem by JSON Pointer; a valid definition is drawn and runs on an in-memory ' +
          'engine: choose a role, send events (a refusal says why), move the clock by days or months ' +
          'and watch reminders and deadlines fall due.',
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
    const el = canvasElement.querySelector('duikit-workflow-playground')!;
    const $ = <T extends Element>(sel: string) => el.shadowRoot!.querySelector<T>(sel);
    await waitFor(() => expect($('#role')).not.toBeNull(), { timeout: 20_000 });
    const role = $<HTMLSelectElement>('#role')!;
    role.value = 'secretariat';
    role.dispatchEvent(new Event('change'));
    const payload = $<HTMLTextAreaElement>('#payload')!;
    payload.value = '{ "visitDate": "2026-03-05" }';
    payload.dispatchEvent(new Event('input'));
    const schedule = () =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('SCHEDULE'));
    await waitFor(() => expect(schedule()?.getAttribute('aria-disabled')).toBe('false'));
    schedule()!.click();
    await waitFor(() => expect($('.log')!.textContent).toContain('SCHEDULE (secretariat) → scheduled'));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => /1 (mois|month)/.test(b.textContent))!.click();
    await waitFor(() => expect($('.log')!.textContent).toMatch(/P1M/));
  },
};

const broken = structuredClone(visitRequest) as unknown as {
  events: Record<string, { roles?: string[] }>;
  states: Record<string, { on?: Record<string, unknown> }>;
};
delete broken.events.VISIT_DONE.roles;
broken.states.scheduled.on = { VISIT_DONE: { target: 'visitd' } };

/** A definition with mistakes: each is listed with the JSON Pointer of its place. */
export const WithErrors: StoryObj<Args> = {
  args: { source: 'visit-request@1.0.0', text: JSON.stringify(broken, null, 2) },
};
