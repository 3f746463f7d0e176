/**
 * Care team: who is in a file's care team, what each member may do, and adding or removing one.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { director, nurse } from '../test/components/fixtures/data.js';

const meta: Meta = {
  title: 'User file/Care team',
  component: 'dui-care-team',
};
export default meta;

const team = (actor = director, locale = 'fr') =>
  html`<dui-provider locale=${locale} .backend=${createFixtureBackend({ actor })}>
    <dui-care-team file-id="uf-001"></dui-care-team>
  </dui-provider>`;

/** The director manages the team: add from the establishment's professionals, remove with confirmation. */
export const Manager: StoryObj = { render: () => team() };

/** A nurse sees the team and what each may do, and who to ask for a change. */
export const ReadOnly: StoryObj = { name: 'Read only', render: () => team(nurse) };

/** English. */
export const English: StoryObj = { render: () => team(director, 'en') };
