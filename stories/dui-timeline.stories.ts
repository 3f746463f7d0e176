/**
 * Timeline: a file's history with filters.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';

type Args = { kinds: string; from: string; to: string };

const meta: Meta<Args> = {
  title: 'User file/Timeline',
  component: 'dui-timeline',
  args: { kinds: '', from: '', to: '' },
  render: (args) => html`<dui-provider .backend=${createFixtureBackend()}>
    <dui-timeline file-id="uf-001" kinds=${args.kinds} from=${args.from} to=${args.to}></dui-timeline>
  </dui-provider>`,
};
export default meta;

/** The whole history, newest first; a restricted note is marked. */
export const Everything: StoryObj<Args> = {};

/** Documents only. */
export const Documents: StoryObj<Args> = { args: { kinds: 'document' } };

/** A period with no event. */
export const EmptyPeriod: StoryObj<Args> = { name: 'Empty period', args: { from: '2030-01-01' } };
