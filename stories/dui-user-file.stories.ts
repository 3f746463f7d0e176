/**
 * User file: a person's file at a glance, filtered for the actor.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { NOW, director, secretary } from '../test/components/fixtures/data.js';

const meta: Meta = {
  title: 'User file/User file',
  component: 'dui-user-file',
};
export default meta;

const file = (actor = director, id = 'uf-001') =>
  html`<dui-provider .backend=${createFixtureBackend({ actor })}>
    <dui-user-file file-id=${id} .now=${NOW}></dui-user-file>
  </dui-provider>`;

/** The director's view: health data are restricted (not in the care team). */
export const Director: StoryObj = { render: () => file() };

/** The secretariat also loses the support-plan objectives. */
export const Secretariat: StoryObj = { render: () => file(secretary) };

/** An unknown file: the backend's message is shown. */
export const NotFound: StoryObj = { name: 'Not found', render: () => file(director, 'uf-404') };
