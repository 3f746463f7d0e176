/**
 * Audit log: the establishment's audit trail, newest first, with filters and paging.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { director, jeanne, marcel, odette } from '../test/components/fixtures/data.js';

const meta: Meta = {
  title: 'Administration/Audit log',
  component: 'dui-audit-log',
};
export default meta;

const log = (locale = 'fr') =>
  html`<dui-provider locale=${locale} .backend=${createFixtureBackend({ actor: director })}>
    <dui-audit-log page-size="5" .persons=${[jeanne, marcel, odette]}></dui-audit-log>
  </dui-provider>`;

/** Five entries a page; « Afficher les entrées plus anciennes » loads the next page. */
export const NewestFirst: StoryObj = { name: 'Newest first', render: () => log() };

/** English. */
export const English: StoryObj = { render: () => log('en') };
