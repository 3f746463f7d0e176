/**
 * Forms › dui-form: one story per control and per state (empty, filled, error, read-only,
 * disabled, print, wizard, tabs), all built from the shared fixtures in `fixtures/forms`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import type { DuiForm } from '../packages/components/src/dui-form/dui-form.component.js';
import type { JsonSchema } from '@duikit/core/form/types';
import { applyTheme } from '../packages/components/src/styles/themes.js';
import { formFixtures, type FormFixture } from './fixtures/forms/index.js';
import { noteCall } from '../.storybook/story-source.js';

/** Builds a `<dui-form>` for a fixture; `show` reveals every error as a submit would. */
function form(f: FormFixture, props: Partial<DuiForm> = {}, show = false): DuiForm {
  const el = document.createElement('dui-form');
  Object.assign(el, { schema: f.schema, uischema: f.uischema, data: f.data, ...props });
  if (show) {
    void el.whenReady().then(() => el.validate());
    noteCall(el, 'validate();');
  }
  el.addEventListener('dui-submit', (e) => console.info('dui-submit', e.detail));
  return el;
}

/** One control over a one-property schema. */
function control(
  schema: JsonSchema,
  value: unknown,
  options: Record<string, unknown> = {},
  required = false,
): FormFixture {
  return {
    title: String(schema.title),
    schema: { type: 'object', required: required ? ['v'] : [], properties: { v: schema } },
    uischema: {
      type: 'VerticalLayout',
      elements: [{ type: 'Control', scope: '#/properties/v', options }],
    },
    data: value === undefined ? {} : { v: value },
  };
}

const meta: Meta = {
  title: 'Forms/dui-form',
  component: 'dui-form',
  parameters: {
    docs: {
      description: {
        component:
          'Renders a JSON Schema and a JSON Forms UI schema as one shadow tree of native inputs. ' +
          'Errors show after a field is left or on submit; `validate()` shows them all with a summary.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Text: Story = {
  render: () =>
    form(control({ type: 'string', title: 'Nom', description: 'Nom de naissance' }, 'Martin', {}, true)),
};
export const Textarea: Story = {
  render: () => form(control({ type: 'string', title: 'Observations' }, 'Aime le jardin.', { multi: true })),
};
export const Integer: Story = {
  render: () => form(control({ type: 'integer', title: 'Âge', minimum: 0, maximum: 130 }, 81)),
};
export const Slider: Story = {
  name: 'Slider (options.slider)',
  render: () =>
    form(
      control(
        { type: 'integer', title: 'Douleur ressentie (EVA, 0 à 10)', minimum: 0, maximum: 10, default: 0 },
        3,
        { slider: true },
      ),
    ),
};
export const NumberField: Story = {
  name: 'Number',
  render: () => form(control({ type: 'number', title: 'Poids (kg)', multipleOf: 0.1 }, 62.5)),
};
export const DateField: Story = {
  name: 'Date',
  render: () => form(control({ type: 'string', format: 'date', title: 'Date de naissance' }, '1948-05-12')),
};
export const Time: Story = {
  render: () => form(control({ type: 'string', format: 'time', title: 'Heure du lever' }, '07:30:00')),
};
export const DateTime: Story = {
  name: 'Date-time',
  render: () =>
    form(control({ type: 'string', format: 'date-time', title: 'Entrée le' }, '2026-03-01T08:30:00.000Z')),
};
export const Select: Story = {
  render: () =>
    form(control({ type: 'string', title: 'Mesure', enum: ['aucune', 'curatelle', 'tutelle'] }, 'curatelle')),
};
export const Radios: Story = {
  render: () =>
    form(
      control(
        {
          type: 'string',
          title: 'Sexe',
          oneOf: [
            { const: 'F', title: 'Féminin' },
            { const: 'M', title: 'Masculin' },
          ],
        },
        'F',
        { format: 'radio' },
      ),
    ),
};
export const Checkboxes: Story = {
  render: () =>
    form(
      control(
        {
          type: 'array',
          title: 'Langues',
          uniqueItems: true,
          items: { enum: ['français', 'anglais', 'LSF'] },
        },
        ['français'],
      ),
    ),
};
export const Boolean: Story = {
  render: () => form(control({ type: 'boolean', title: 'Consentement recueilli' }, true)),
};
export const Switch: Story = {
  render: () => form(control({ type: 'boolean', title: 'Notifications' }, false, { toggle: true })),
};
export const NestedObject: Story = {
  name: 'Nested object',
  render: () =>
    form(formFixtures.person, {
      uischema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/address' }] },
    }),
};
export const ArrayOfObjects: Story = {
  name: 'Array of objects (item-scoped rule)',
  render: () => form(formFixtures.contacts),
};
export const Ins: Story = { name: 'INS matricule', render: () => form(formFixtures.identifiers) };
export const InsInvalid: Story = {
  name: 'INS matricule, wrong key',
  render: () => form(formFixtures.identifiers, { data: { ins: '255081416802539' } }, true),
};
export const Attachments: Story = {
  name: 'File and signature',
  render: () =>
    form(formFixtures.attachments, {
      uploadFile: async (file) => ({
        id: crypto.randomUUID(),
        name: file.name,
        size: file.size,
        type: file.type,
      }),
    }),
};
export const Calculated: Story = { name: 'Calculated field', render: () => form(formFixtures.calculated) };
export const Conditional: Story = {
  name: '$ref, allOf, if/then',
  render: () => form(formFixtures.conditional, { data: { kind: 'tutelle' } }),
};

export const Empty: Story = { render: () => form(formFixtures.person, { data: {} }) };
export const Filled: Story = { render: () => form(formFixtures.person) };
export const WithErrors: Story = {
  name: 'Error',
  render: () => form(formFixtures.person, { data: { age: 200, email: 'pas-un-courriel' } }, true),
};
export const ServerErrors: Story = {
  name: 'Host-injected error',
  render: () =>
    form(formFixtures.person, {
      additionalErrors: [
        { path: '/lastName', keyword: 'server', message: 'Un dossier existe déjà sous ce nom.', params: {} },
      ],
    }),
};
export const ReadOnly: Story = {
  name: 'Read-only',
  render: () => form(formFixtures.person, { mode: 'readonly' }),
};
export const Disabled: Story = { render: () => form(formFixtures.person, { disabled: true }) };
export const Print: Story = { render: () => form(formFixtures.person, { mode: 'print' }) };
export const Wizard: Story = { render: () => form(formFixtures.wizard) };
export const Tabs: Story = { render: () => form(formFixtures.tabs) };
export const English: Story = { render: () => form(formFixtures.person, { locale: 'en', data: {} }, true) };
export const DsfrTheme: Story = {
  name: 'DSFR-like theme',
  render: () => {
    applyTheme(document, 'dsfr');
    return form(formFixtures.person);
  },
};
export const ConditionalRequired: Story = {
  name: 'Conditional required (if/then)',
  parameters: {
    docs: {
      description: {
        story:
          'Tick the protection box: « Mesure prononcée » and « Date du jugement » gain the required mark ' +
          'and `aria-required` at once, and lose them when it is unticked.',
      },
    },
  },
  render: () => form(formFixtures.guardianship),
};
export const OneOfBranches: Story = {
  name: 'oneOf of objects (branch selector)',
  parameters: {
    docs: {
      description: {
        story:
          'A legal representative is a natural person or an organisation (court-appointed agent). ' +
          'Only the chosen branch’s fields show; switching away from filled-in fields asks first.',
      },
    },
  },
  render: () => form(formFixtures.representative),
};
