/**
 * Task inbox: the actor's tasks across user files, overdue first.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { DuiBackend } from '@duikit/core';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';
import { NOW, director, secretary } from '../test/components/fixtures/data.js';

type Args = { status: string; person: string; workflow: string };

const meta: Meta<Args> = {
  title: 'Workflow/Task inbox',
  component: 'dui-task-inbox',
  args: { status: '', person: '', workflow: '' },
  argTypes: {
    status: { control: 'select', options: ['', 'open', 'overdue', 'done'] },
    person: { control: 'select', options: ['', 'uf-001', 'uf-002', 'uf-003'] },
    workflow: { control: 'select', options: ['', 'admission-ehpad', 'support-plan-review'] },
  },
  render: (args) => html`<dui-provider .backend=${createFixtureBackend({ actor: director })}>
    <dui-task-inbox .now=${NOW} status=${args.status} person=${args.person} workflow=${args.workflow}
      @dui-task-open=${(e: CustomEvent) => console.info('dui-task-open', e.detail)}></dui-task-inbox>
  </dui-provider>`,
};
export default meta;

/** Every task of the director, overdue ones on top. */
export const AllTasks: StoryObj<Args> = { name: 'All tasks' };

/** Filtered on overdue tasks. */
export const Overdue: StoryObj<Args> = { args: { status: 'overdue' } };

/** One person's tasks. */
export const OnePerson: StoryObj<Args> = { name: 'One person', args: { person: 'uf-001' } };

/** Nothing to do: the secretariat has no task in these fixtures. */
export const Empty: StoryObj<Args> = {
  render: () => html`<dui-provider .backend=${createFixtureBackend({ actor: secretary })}>
    <dui-task-inbox .now=${NOW}></dui-task-inbox>
  </dui-provider>`,
};

const failing: DuiBackend = {
  ...createFixtureBackend(),
  getTasks: async () => ({ ok: false, error: { code: 'unavailable', message: 'Le serveur ne répond pas.' } }),
};

/** The backend failed: the reason is shown with a retry button. */
export const BackendError: StoryObj<Args> = {
  name: 'Backend error',
  render: () =>
    html`<dui-provider .backend=${failing}><dui-task-inbox .now=${NOW}></dui-task-inbox></dui-provider>`,
};

/** While the backend answers. */
export const Loading: StoryObj<Args> = {
  render: () => html`<dui-provider .backend=${createFixtureBackend({ delay: 600_000 })}>
    <dui-task-inbox .now=${NOW}></dui-task-inbox>
  </dui-provider>`,
};
