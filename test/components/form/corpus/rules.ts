/** Compatibility cases from JSON Forms' "UI Schema: Rules" page: every effect and condition shape. */
import { expect } from 'chai';
import { ctl, str, vertical, type CompatCase } from './types.js';

const schema = {
  type: 'object',
  properties: {
    married: { type: 'boolean', title: 'Marié' },
    spouse: str('Conjoint'),
    age: { type: 'integer', title: 'Âge' },
    kind: { type: 'string', title: 'Type', enum: ['a', 'b', 'c'] },
    other: str('Autre'),
  },
};

const rule = (effect: string, condition: object) => ({ rule: { effect, condition } }) as { rule: never };
const on = (scope: string, s: object) => ({ scope: `#/properties/${scope}`, schema: s });

export const ruleCases: CompatCase[] = [
  {
    id: 'show-schema-const',
    doc: 'rules#schema-based condition, SHOW',
    schema,
    uischema: vertical(ctl('married'), ctl('spouse', rule('SHOW', on('married', { const: true })))),
    check: (h) => {
      expect(h.shown('Conjoint')).to.equal(false);
      h.click('Marié');
      expect(h.shown('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'hide-schema-enum',
    doc: 'rules#HIDE with enum',
    schema,
    data: { kind: 'a' },
    uischema: vertical(ctl('kind'), ctl('other', rule('HIDE', on('kind', { enum: ['a', 'b'] })))),
    check: (h) => {
      expect(h.shown('Autre')).to.equal(false);
      h.choose('Type', 'c');
      expect(h.shown('Autre')).to.equal(true);
    },
  },
  {
    id: 'enable-minimum',
    doc: 'rules#ENABLE with minimum',
    schema,
    data: { age: 12 },
    uischema: vertical(ctl('age'), ctl('spouse', rule('ENABLE', on('age', { minimum: 18 })))),
    check: (h) => {
      expect(h.enabled('Conjoint')).to.equal(false);
      h.type('Âge', '30');
      expect(h.enabled('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'disable-const',
    doc: 'rules#DISABLE',
    schema,
    data: { married: true },
    uischema: vertical(ctl('married'), ctl('spouse', rule('DISABLE', on('married', { const: false })))),
    check: (h) => {
      expect(h.enabled('Conjoint')).to.equal(true);
      h.click('Marié');
      expect(h.enabled('Conjoint')).to.equal(false);
    },
  },
  {
    id: 'leaf-condition',
    doc: 'rules#LeafCondition (type LEAF, expectedValue)',
    schema,
    data: { kind: 'b' },
    uischema: vertical(
      ctl('kind'),
      ctl('other', rule('SHOW', { type: 'LEAF', scope: '#/properties/kind', expectedValue: 'b' })),
    ),
    check: (h) => {
      expect(h.shown('Autre')).to.equal(true);
      h.choose('Type', 'a');
      expect(h.shown('Autre')).to.equal(false);
    },
  },
  {
    id: 'leaf-without-type',
    doc: 'rules#legacy condition (scope + expectedValue, no type)',
    schema,
    data: { kind: 'b' },
    uischema: vertical(
      ctl('kind'),
      ctl('other', rule('HIDE', { scope: '#/properties/kind', expectedValue: 'b' })),
    ),
    check: (h) => {
      expect(h.shown('Autre')).to.equal(false);
    },
  },
  {
    id: 'or-condition',
    doc: 'rules#OrCondition',
    schema,
    data: { kind: 'c' },
    uischema: vertical(
      ctl('kind'),
      ctl(
        'other',
        rule('SHOW', { type: 'OR', conditions: [on('kind', { const: 'a' }), on('kind', { const: 'b' })] }),
      ),
    ),
    check: (h) => {
      expect(h.shown('Autre')).to.equal(false);
      h.choose('Type', 'b');
      expect(h.shown('Autre')).to.equal(true);
    },
  },
  {
    id: 'and-condition',
    doc: 'rules#AndCondition',
    schema,
    data: { married: true, age: 17 },
    uischema: vertical(
      ctl('married'),
      ctl('age'),
      ctl(
        'spouse',
        rule('SHOW', {
          type: 'AND',
          conditions: [on('married', { const: true }), on('age', { minimum: 18 })],
        }),
      ),
    ),
    check: (h) => {
      expect(h.shown('Conjoint')).to.equal(false);
      h.type('Âge', '18');
      expect(h.shown('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'fail-when-undefined',
    doc: 'rules#failWhenUndefined',
    schema,
    uischema: vertical(
      ctl('age'),
      ctl('spouse', rule('SHOW', { ...on('age', { not: { const: 0 } }), failWhenUndefined: true })),
    ),
    check: (h) => {
      expect(h.shown('Conjoint')).to.equal(false);
      h.type('Âge', '4');
      expect(h.shown('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'undefined-validates',
    doc: 'rules#scope resolving to undefined validates',
    schema,
    uischema: vertical(ctl('age'), ctl('spouse', rule('SHOW', on('age', { not: { const: 0 } })))),
    check: (h) => {
      expect(h.shown('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'scope-root-required',
    doc: 'rules#scope "#" with required',
    schema,
    uischema: vertical(
      ctl('spouse'),
      ctl('other', rule('SHOW', { scope: '#', schema: { required: ['spouse'] } })),
    ),
    check: (h) => {
      expect(h.shown('Autre')).to.equal(false);
      h.type('Conjoint', 'Anne');
      expect(h.shown('Autre')).to.equal(true);
    },
  },
  {
    id: 'rule-on-group',
    doc: 'rules#rule on a layout',
    schema,
    uischema: vertical(ctl('married'), {
      type: 'Group',
      label: 'Couple',
      elements: [ctl('spouse')],
      ...rule('SHOW', on('married', { const: true })),
    }),
    check: (h) => {
      expect(h.shown('Conjoint')).to.equal(false);
      h.click('Marié');
      expect(h.shown('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'disable-group',
    doc: 'rules#DISABLE on a layout disables its controls',
    schema,
    data: { married: false },
    uischema: vertical(ctl('married'), {
      type: 'Group',
      label: 'Couple',
      elements: [ctl('spouse'), ctl('age')],
      ...rule('ENABLE', on('married', { const: true })),
    }),
    check: (h) => {
      expect([h.enabled('Conjoint'), h.enabled('Âge')]).to.deep.equal([false, false]);
      h.click('Marié');
      expect([h.enabled('Conjoint'), h.enabled('Âge')]).to.deep.equal([true, true]);
    },
  },
  {
    id: 'rule-on-category',
    doc: 'rules#rule on a Category',
    schema,
    uischema: {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [
        { type: 'Category', label: 'Base', elements: [ctl('married')] },
        {
          type: 'Category',
          label: 'Couple',
          elements: [ctl('spouse')],
          ...rule('SHOW', on('married', { const: true })),
        },
      ],
    },
    check: (h) => {
      expect(h.shown('Conjoint')).to.equal(false);
      h.click('Marié');
      expect(h.shown('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'rule-in-array-item',
    doc: 'rules#conditions in array items are relative to the item',
    schema: {
      type: 'object',
      properties: {
        contacts: {
          type: 'array',
          title: 'Contacts',
          items: {
            type: 'object',
            properties: {
              role: { type: 'string', title: 'Rôle', enum: ['aidant', 'autre'] },
              detail: str('Précision'),
            },
          },
        },
      },
    },
    data: { contacts: [{ role: 'aidant' }, { role: 'autre' }] },
    uischema: vertical({
      type: 'Control',
      scope: '#/properties/contacts',
      options: { detail: vertical(ctl('role'), ctl('detail', rule('SHOW', on('role', { const: 'autre' })))) },
    }),
    check: (h) => {
      const fields = [...h.form.shadowRoot!.querySelectorAll('li.item')].map(
        (li) => li.querySelectorAll('.field')[1] as HTMLElement,
      );
      expect(fields.map((f) => f.hidden)).to.deep.equal([true, false]);
    },
  },
  {
    id: 'rule-nested-scope',
    doc: 'rules#condition scope into a nested object',
    schema: {
      type: 'object',
      properties: {
        address: { type: 'object', properties: { country: str('Pays') } },
        region: str('Département'),
      },
    },
    data: { address: { country: 'FR' } },
    uischema: vertical(
      { type: 'Control', scope: '#/properties/address/properties/country' },
      ctl(
        'region',
        rule('SHOW', { scope: '#/properties/address/properties/country', schema: { const: 'FR' } }),
      ),
    ),
    check: (h) => {
      expect(h.shown('Département')).to.equal(true);
      h.type('Pays', 'BE');
      expect(h.shown('Département')).to.equal(false);
    },
  },
  {
    id: 'if-then-required',
    doc: 'rules#conditional required with if/then (JSON Schema)',
    schema: {
      type: 'object',
      properties: { married: { type: 'boolean', title: 'Marié' }, spouse: str('Conjoint') },
      if: { properties: { married: { const: true } }, required: ['married'] },
      then: { required: ['spouse'] },
    },
    check: async (h) => {
      await h.settle();
      expect(h.required('Conjoint')).to.equal(false);
      h.click('Marié');
      await h.settle();
      expect(h.required('Conjoint')).to.equal(true);
    },
  },
  {
    id: 'calculated-field',
    doc: 'DUI Kit extension: options.calculate (JSON Forms leaves computed values to the host)',
    schema: {
      type: 'object',
      properties: {
        a: { type: 'integer', title: 'A' },
        b: { type: 'integer', title: 'B' },
        total: { type: 'integer', title: 'Total' },
      },
    },
    uischema: vertical(
      ctl('a'),
      ctl('b'),
      ctl('total', {
        options: { calculate: { function: 'sum', args: ['#/properties/a', '#/properties/b'] } },
      }),
    ),
    check: async (h) => {
      h.type('A', '2');
      h.type('B', '3');
      await h.settle();
      expect(h.data()).to.deep.equal({ a: 2, b: 3, total: 5 });
      expect(h.control('Total').readOnly).to.equal(true);
    },
  },
];
