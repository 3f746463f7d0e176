/**
 * Forms › Playground: edit the JSON Schema, the UI schema and the data in the controls panel;
 * the form re-renders, and every `dui-change` / `dui-submit` shows in the console.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import { formFixtures } from './fixtures/forms/index.js';

interface Args {
  schema: object;
  uischema: object;
  data: object;
  locale: 'fr' | 'en';
  mode: 'edit' | 'readonly' | 'print';
  hiddenValue: 'keep' | 'clear' | 'exclude';
}

const meta: Meta<Args> = {
  title: 'Forms/Playground',
  component: 'dui-form',
  argTypes: {
    schema: { control: 'object' },
    uischema: { control: 'object' },
    data: { control: 'object' },
    locale: { control: 'inline-radio', options: ['fr', 'en'] },
    mode: { control: 'inline-radio', options: ['edit', 'readonly', 'print'] },
    hiddenValue: { control: 'inline-radio', options: ['keep', 'clear', 'exclude'] },
  },
  render: (args) => {
    const el = document.createElement('dui-form');
    Object.assign(el, args);
    el.addEventListener('dui-change', (e) =>
      console.info('dui-change', e.detail.path, e.detail.data, e.detail.errors),
    );
    el.addEventListener('dui-submit', (e) => console.info('dui-submit', e.detail.data));
    return el;
  },
};
export default meta;

/** Start from the person fixture and edit anything. */
export const Playground: StoryObj<Args> = {
  args: {
    schema: formFixtures.person.schema,
    uischema: formFixtures.person.uischema as object,
    data: formFixtures.person.data as object,
    locale: 'fr',
    mode: 'edit',
    hiddenValue: 'keep',
  },
};
