/**
 * Workflow step: the current step of an instance with its deadline, form and events.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { NOW, director, nurse } from '../test/components/fixtures/data.js';

const meta: Meta = {
  title: 'Workflow/Workflow step',
  component: 'dui-workflow-step',
};
export default meta;

const step = (opts: Parameters<typeof createFixtureBackend>[0], now = NOW) =>
  html`<dui-provider .backend=${createFixtureBackend(opts)}>
    <dui-workflow-step instance-id="wi-001" .now=${now}></dui-workflow-step>
  </dui-provider>`;

/** The director on an overdue contract signature: form, "signed" and an irreversible "refuse". */
export const OverdueSignature: StoryObj = {
  name: 'Overdue signature',
  render: () => step({ actor: director }),
};

/** Before the deadline: time left is shown. */
export const TimeLeft: StoryObj = {
  name: 'Time left',
  render: () => step({ actor: director }, new Date('2026-02-20T09:00:00Z')),
};

/** A nurse may not act here: the buttons stay visible with the reason. */
export const NotAllowed: StoryObj = { name: 'Not allowed', render: () => step({ actor: nurse }) };

/** The decision step: « Accepter » asks for the planned entry date, « Refuser » for a coded reason (both in a dialog). */
export const Decision: StoryObj = { render: () => step({ actor: director, state: 'decision' }) };

/** The workflow reached a final state. */
export const Finished: StoryObj = { render: () => step({ actor: director, state: 'admitted' }) };

/** A parallel state: one block per region, each with its own form and actions; one is done. */
export const ParallelRegions: StoryObj = {
  name: 'Parallel regions',
  render: () => step({ actor: director, state: 'contractualisation' }),
};

/** English: event forms and coded values are labelled in the page's language. */
export const DecisionInEnglish: StoryObj = {
  name: 'Decision (English)',
  render:
    () => html`<dui-provider locale="en" .backend=${createFixtureBackend({ actor: director, state: 'decision' })}>
    <dui-workflow-step instance-id="wi-001" .now=${NOW}></dui-workflow-step>
  </dui-provider>`,
};
