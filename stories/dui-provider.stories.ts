/**
 * Provider: `<dui-provider>` hands the backend, the actor and the locale to every
 * DUI Kit element below it. Here it wraps a task inbox over synthetic data.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { NOW, director, nurse } from '../test/components/fixtures/data.js';

const meta: Meta = {
  title: 'Foundations/Provider',
  component: 'dui-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Place one `<dui-provider>` around the screens and set `backend` (in-process over the engine, ' +
          'HTTP, or your own `DuiBackend`), `actor` and `locale`. Elements find it through the context protocol.',
      },
    },
  },
};
export default meta;

/** A director's inbox through a provider. */
export const Director: StoryObj = {
  render: () => html`<dui-provider .backend=${createFixtureBackend({ actor: director })} .actor=${director}>
    <dui-task-inbox .now=${NOW}></dui-task-inbox>
  </dui-provider>`,
};

/** The same screen for a nurse: the backend filters by the actor's role. */
export const Nurse: StoryObj = {
  render: () => html`<dui-provider .backend=${createFixtureBackend({ actor: nurse })} .actor=${nurse}>
    <dui-task-inbox .now=${NOW}></dui-task-inbox>
  </dui-provider>`,
};

/** Without a backend, each screen says how to fix it instead of staying blank. */
export const NoBackend: StoryObj = {
  name: 'No backend',
  render: () => html`<dui-provider><dui-task-inbox></dui-task-inbox></dui-provider>`,
};
