/** Compatibility cases from JSON Forms' "Combinators" page, forms without data, label catalogues. */
import { expect } from 'chai';
import type { JsonSchema } from '@duikit/core/form/types';
import { ctl, str, vertical, type CompatCase } from './types.js';

const branches: JsonSchema[] = [
  { title: 'Virement', type: 'object', properties: { iban: str('IBAN') }, required: ['iban'] },
  { title: 'Chèque', type: 'object', properties: { bank: str('Banque') } },
];
const payment: JsonSchema = { title: 'Paiement', oneOf: branches };
const schema: JsonSchema = { type: 'object', properties: { name: str('Nom'), payment } };
const chooser = (h: Parameters<CompatCase['check']>[0]) => {
  expect(h.count('.combinator input[type=radio]')).to.equal(2);
  h.click('Chèque');
  expect(h.has('Banque')).to.equal(true);
  expect(h.has('IBAN')).to.equal(false);
};

export const combinatorCases: CompatCase[] = [
  { id: 'oneOf-no-uischema', doc: 'combinators#oneOf (generated layout)', schema, check: chooser },
  {
    id: 'oneOf-vertical',
    doc: 'combinators#oneOf in a VerticalLayout',
    schema,
    uischema: vertical(ctl('name'), ctl('payment')),
    check: chooser,
  },
  {
    id: 'oneOf-horizontal',
    doc: 'combinators#oneOf in a HorizontalLayout',
    schema,
    uischema: { type: 'HorizontalLayout', elements: [ctl('name'), ctl('payment')] },
    check: chooser,
  },
  {
    id: 'oneOf-group',
    doc: 'combinators#oneOf in a Group',
    schema,
    uischema: { type: 'Group', label: 'Règlement', elements: [ctl('payment')] },
    check: chooser,
  },
  {
    id: 'oneOf-category',
    doc: 'combinators#oneOf in a Category',
    schema,
    uischema: {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [{ type: 'Category', label: 'Règlement', elements: [ctl('payment')] }],
    },
    check: chooser,
  },
  {
    id: 'anyOf-objects',
    doc: 'combinators#anyOf',
    schema: { type: 'object', properties: { payment: { title: 'Paiement', anyOf: branches } } },
    check: chooser,
  },
  {
    id: 'oneOf-array-items',
    doc: 'combinators#oneOf items of an array',
    schema: {
      type: 'object',
      properties: { payments: { type: 'array', title: 'Paiements', items: payment } },
    },
    data: { payments: [{}] },
    check: chooser,
  },
  {
    id: 'oneOf-ref-branches',
    doc: 'combinators#oneOf of $refs',
    schema: {
      type: 'object',
      $defs: { b0: branches[0], b1: branches[1] },
      properties: { payment: { title: 'Paiement', oneOf: [{ $ref: '#/$defs/b0' }, { $ref: '#/$defs/b1' }] } },
    },
    check: chooser,
  },
  {
    id: 'oneOf-chosen-errors-only',
    doc: 'combinators#validation of the chosen branch',
    schema: { ...schema, required: ['payment'] },
    data: { payment: { bank: 'Crédit' } },
    check: async (h) => {
      const r = await h.submit();
      expect(r.ok).to.equal(true);
    },
  },
  {
    id: 'no-data-submit',
    doc: 'data#a form without data starts empty',
    schema: { type: 'object', properties: { n: str('Nom') } },
    check: async (h) => {
      h.type('Nom', 'Anne');
      const r = await h.submit();
      expect(r).to.deep.include({ ok: true, data: { n: 'Anne' } });
    },
  },
  {
    id: 'no-data-invalid',
    doc: 'data#a form without data refuses a submit that misses a required field',
    schema: { type: 'object', required: ['n'], properties: { n: str('Nom') } },
    check: async (h) => {
      const r = await h.submit();
      expect(r.ok).to.equal(false);
      expect(r.errors.map((e) => e.path)).to.deep.equal(['/n']);
    },
  },
  {
    id: 'no-data-defaults',
    doc: 'data#defaults of the schema',
    schema: {
      type: 'object',
      properties: {
        country: str('Pays', { default: 'FR' }),
        address: { type: 'object', properties: { city: str('Ville', { default: 'Paris' }) } },
      },
    },
    check: (h) => {
      expect(h.value('Pays')).to.equal('FR');
      expect(h.data()).to.deep.equal({ country: 'FR', address: { city: 'Paris' } });
    },
  },
  {
    id: 'label-catalogue',
    doc: 'i18n#translating labels by key',
    schema: {
      type: 'object',
      properties: { address: { type: 'object', properties: { city: { type: 'string', title: 'City' } } } },
    },
    props: { labels: { 'address.city.label': { fr: 'Commune', en: 'Town' }, 'address.label': 'Adresse' } },
    check: (h) => expect(h.labels()).to.deep.equal(['Adresse', 'Commune']),
  },
];
