/**
 * Workflow diagram: a definition as an accessible SVG, for configurators.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { standardWorkflowFiles } from '@duikit/core';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { admissionDefinition } from '../test/components/fixtures/workflow.js';

const meta: Meta = {
  title: 'Workflow/Workflow diagram',
  component: 'dui-workflow-diagram',
};
export default meta;

/** A definition given directly, no backend. */
export const Definition: StoryObj = {
  render: () => html`<dui-workflow-diagram .definition=${admissionDefinition}></dui-workflow-diagram>`,
};

/** An instance: its definition loaded through the backend, the current state highlighted. */
export const CurrentState: StoryObj = {
  name: 'Current state',
  render: () => html`<dui-provider .backend=${createFixtureBackend()}>
    <dui-workflow-diagram instance-id="wi-001"></dui-workflow-diagram>
  </dui-provider>`,
};

/** Every standard workflow shipped with DUI Kit. */
export const StandardWorkflows: StoryObj = {
  name: 'Standard workflows',
  render: () =>
    html`${standardWorkflowFiles.definitions.map(
      (d) => html`<dui-workflow-diagram .definition=${d}></dui-workflow-diagram>`,
    )}`,
};
