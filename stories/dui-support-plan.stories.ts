/**
 * Support plan: the projet personnalisé with versions, SERAFIN-PH needs and agreement.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { NOW } from '../test/components/fixtures/data.js';

const meta: Meta = {
  title: 'User file/Support plan',
  component: 'dui-support-plan',
};
export default meta;

const plan = (mode: 'view' | 'compare' | 'edit', id = 'uf-001') =>
  html`<dui-provider .backend=${createFixtureBackend()}>
    <dui-support-plan file-id=${id} mode=${mode} .now=${NOW}></dui-support-plan>
  </dui-provider>`;

/** The latest version, proposed, waiting for the person's opinion. */
export const Latest: StoryObj = { render: () => plan('view') };

/** Versions 1 and 2 side by side, changes marked. */
export const Compare: StoryObj = { render: () => plan('compare') };

/** Writing a new version, with the SERAFIN-PH needs picker. */
export const NewVersion: StoryObj = { name: 'New version', render: () => plan('edit') };

/** A person with no plan yet. */
export const NoPlan: StoryObj = { name: 'No plan yet', render: () => plan('view', 'uf-002') };
