/**
 * Forms › dui-form › JSON Forms vocabulary: definitions written for JSON Forms rendered as they
 * are (ListWithDetail, maps, recursive `$ref`s, nested categorizations, scopes through
 * compositions, every condition shape), a form given no data, and a label catalogue.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import type { DuiForm } from '../packages/components/src/dui-form/dui-form.component.js';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';

function form(
  schema: JsonSchema,
  uischema?: UiSchema,
  data?: unknown,
  props: Partial<DuiForm> = {},
): DuiForm {
  const el = document.createElement('dui-form');
  Object.assign(el, { schema, uischema, data, ...props });
  el.addEventListener('dui-submit', (e) => console.info('dui-submit', e.detail));
  return el;
}

const contact: JsonSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', title: 'Nom' },
    role: { type: 'string', title: 'Lien', enum: ['aidant', 'famille', 'autre'] },
    phone: { type: 'string', title: 'Téléphone' },
  },
};

const meta: Meta = {
  title: 'Forms/dui-form/JSON Forms vocabulary',
  component: 'dui-form',
  parameters: {
    docs: {
      description: {
        component:
          'JSON Forms definitions render unchanged. Each story is also a case of the compatibility ' +
          'corpus (`test/components/dui-form-corpus.test.ts`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ListWithDetail: Story = {
  name: 'ListWithDetail',
  render: () =>
    form(
      { type: 'object', properties: { contacts: { type: 'array', title: 'Entourage', items: contact } } },
      {
        type: 'ListWithDetail',
        scope: '#/properties/contacts',
        options: { elementLabelProp: 'name' },
      },
      {
        contacts: [
          { name: 'Anne Leroy', role: 'famille' },
          { name: 'Paul Martin', role: 'aidant' },
        ],
      },
    ),
};

export const Map: Story = {
  name: 'Map (additionalProperties)',
  render: () =>
    form(
      {
        type: 'object',
        properties: {
          hours: {
            type: 'object',
            title: 'Heures d’accompagnement par jour',
            additionalProperties: { type: 'integer', minimum: 0 },
          },
        },
      },
      undefined,
      { hours: { lundi: 2, mardi: 1 } },
    ),
};

export const Recursive: Story = {
  name: 'Recursive $ref',
  render: () =>
    form(
      {
        type: 'object',
        $defs: {
          goal: {
            type: 'object',
            properties: {
              label: { type: 'string', title: 'Objectif' },
              steps: { type: 'array', title: 'Sous-objectifs', items: { $ref: '#/$defs/goal' } },
            },
          },
        },
        $ref: '#/$defs/goal',
      },
      undefined,
      { label: 'Autonomie aux repas', steps: [{ label: 'Se servir seul' }] },
    ),
};

export const NestedCategorization: Story = {
  name: 'Nested Categorization',
  render: () =>
    form(contact, {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [
        { type: 'Category', label: 'Identité', elements: [{ type: 'Control', scope: '#/properties/name' }] },
        {
          type: 'Categorization',
          label: 'Coordonnées',
          elements: [
            { type: 'Category', label: 'Lien', elements: [{ type: 'Control', scope: '#/properties/role' }] },
            {
              type: 'Category',
              label: 'Téléphone',
              elements: [{ type: 'Control', scope: '#/properties/phone' }],
            },
          ],
        },
      ],
    }),
};

export const ConditionShapes: Story = {
  name: 'Rules: OR, LEAF, failWhenUndefined',
  render: () =>
    form(contact, {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/role' },
        {
          type: 'Control',
          scope: '#/properties/phone',
          rule: {
            effect: 'SHOW',
            condition: {
              type: 'OR',
              conditions: [
                { type: 'LEAF', scope: '#/properties/role', expectedValue: 'aidant' },
                { scope: '#/properties/role', schema: { const: 'famille' }, failWhenUndefined: true },
              ],
            },
          },
        },
      ],
    }),
};

export const NoData: Story = {
  name: 'No data (schema defaults)',
  render: () =>
    form({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', title: 'Nom' },
        country: { type: 'string', title: 'Pays', default: 'France' },
      },
    }),
};

export const LabelCatalogue: Story = {
  name: 'Label catalogue, keys without title',
  render: () =>
    form(
      { type: 'object', properties: { birthName: { type: 'string' }, usualName: { type: 'string' } } },
      undefined,
      undefined,
      { labels: { 'birthName.label': { fr: 'Nom de naissance', en: 'Birth name' } } },
    ),
};
