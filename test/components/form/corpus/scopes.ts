/** Compatibility cases from JSON Forms' "UI Schema: Controls" (scopes) and "$ref" examples. */
import { expect } from 'chai';
import { ctl, str, vertical, type CompatCase } from './types.js';

const address = {
  type: 'object',
  properties: { street: str('Rue'), city: str('Ville') },
  required: ['city'],
};

export const scopeCases: CompatCase[] = [
  {
    id: 'scope-nested-object',
    doc: 'controls#scope into nested properties',
    schema: { type: 'object', properties: { address } },
    uischema: vertical({ type: 'Control', scope: '#/properties/address/properties/city' }),
    check: (h) => {
      h.type('Ville', 'Lyon');
      expect(h.data()).to.deep.equal({ address: { city: 'Lyon' } });
      expect(h.required('Ville')).to.equal(true);
    },
  },
  {
    id: 'scope-through-ref-definitions',
    doc: 'controls#scope through $ref to definitions',
    schema: {
      type: 'object',
      definitions: { address },
      properties: { home: { $ref: '#/definitions/address' } },
    },
    uischema: vertical({ type: 'Control', scope: '#/properties/home/properties/street' }),
    check: (h) => {
      h.type('Rue', '1 rue Haute');
      expect(h.data()).to.deep.equal({ home: { street: '1 rue Haute' } });
    },
  },
  {
    id: 'scope-through-ref-defs',
    doc: 'controls#$defs (2020-12)',
    schema: { type: 'object', $defs: { address }, properties: { home: { $ref: '#/$defs/address' } } },
    uischema: vertical(ctl('home')),
    check: (h) => {
      expect(h.field('home').querySelectorAll('input')).to.have.length(2);
    },
  },
  {
    id: 'scope-into-definitions',
    doc: 'controls#scope pointing into definitions',
    schema: {
      type: 'object',
      definitions: { city: str('Ville') },
      properties: { city: { $ref: '#/definitions/city' } },
    },
    uischema: vertical({ type: 'Control', scope: '#/properties/city' }),
    check: (h) => {
      expect(h.has('Ville')).to.equal(true);
    },
  },
  {
    id: 'scope-through-allOf',
    doc: 'controls#scope through allOf',
    schema: { type: 'object', allOf: [{ properties: { a: str('A') } }, { properties: { b: str('B') } }] },
    uischema: vertical(
      { type: 'Control', scope: '#/allOf/1/properties/b' },
      { type: 'Control', scope: '#/properties/a' },
    ),
    check: (h) => {
      h.type('B', 'x');
      expect(h.data()).to.deep.equal({ b: 'x' });
      expect(h.has('A')).to.equal(true);
    },
  },
  {
    id: 'scope-through-anyOf',
    doc: 'controls#scope through anyOf',
    schema: {
      type: 'object',
      properties: {
        contact: {
          anyOf: [
            { type: 'object', properties: { mail: str('Courriel') } },
            { type: 'object', properties: { phone: str('Téléphone') } },
          ],
        },
      },
    },
    uischema: vertical({ type: 'Control', scope: '#/properties/contact/anyOf/1/properties/phone' }),
    check: (h) => {
      h.type('Téléphone', '0102030405');
      expect(h.data()).to.deep.equal({ contact: { phone: '0102030405' } });
    },
  },
  {
    id: 'scope-through-oneOf',
    doc: 'controls#scope through oneOf',
    schema: {
      type: 'object',
      properties: {
        pay: { oneOf: [{ properties: { iban: str('IBAN') } }, { properties: { cheque: str('Chèque') } }] },
      },
    },
    uischema: vertical({ type: 'Control', scope: '#/properties/pay/oneOf/0/properties/iban' }),
    check: (h) => {
      h.type('IBAN', 'FR76');
      expect(h.data()).to.deep.equal({ pay: { iban: 'FR76' } });
    },
  },
  {
    id: 'scope-through-then',
    doc: 'controls#scope through if/then/else',
    schema: {
      type: 'object',
      properties: { kind: str('Type') },
      if: { properties: { kind: { const: 'x' } } },
      then: { properties: { extra: str('Précision') } },
      else: { properties: { other: str('Autre') } },
    },
    uischema: vertical(
      ctl('kind'),
      { type: 'Control', scope: '#/then/properties/extra' },
      { type: 'Control', scope: '#/else/properties/other' },
    ),
    check: (h) => {
      h.type('Précision', 'p');
      h.type('Autre', 'o');
      expect(h.data()).to.deep.equal({ extra: 'p', other: 'o' });
    },
  },
  {
    id: 'recursive-ref-tree',
    doc: 'examples#recursive schemas ($ref)',
    schema: {
      type: 'object',
      definitions: {
        node: {
          type: 'object',
          properties: {
            name: str('Nom'),
            children: { type: 'array', title: 'Enfants', items: { $ref: '#/definitions/node' } },
          },
        },
      },
      $ref: '#/definitions/node',
    },
    data: { name: 'Racine', children: [{ name: 'A', children: [{ name: 'A1' }] }] },
    check: (h) => {
      const names = [...h.form.shadowRoot!.querySelectorAll('input')].map((i) => i.value).filter(Boolean);
      expect(names).to.deep.equal(['Racine', 'A', 'A1']);
    },
  },
  {
    id: 'recursive-ref-object',
    doc: 'examples#recursive object (a person and their spouse)',
    schema: {
      type: 'object',
      definitions: {
        person: {
          type: 'object',
          title: 'Personne',
          properties: { name: str('Nom'), spouse: { $ref: '#/definitions/person', title: 'Conjoint' } },
        },
      },
      properties: { person: { $ref: '#/definitions/person' } },
    },
    check: (h) => {
      expect(h.count('input')).to.equal(1);
      h.click('Renseigner : Conjoint');
      expect(h.count('input')).to.equal(2);
      expect(h.data()).to.deep.equal({ person: { spouse: {} } });
    },
  },
  {
    id: 'additional-properties-map',
    doc: 'controls#additionalProperties (maps)',
    schema: {
      type: 'object',
      properties: { scores: { type: 'object', title: 'Scores', additionalProperties: { type: 'integer' } } },
    },
    data: { scores: { lundi: 3 } },
    check: (h) => {
      expect(h.field('Scores').querySelectorAll('li.item')).to.have.length(1);
      h.type('lundi', '5');
      expect(h.data()).to.deep.equal({ scores: { lundi: 5 } });
      h.click('Ajouter : Scores');
      expect(Object.keys(h.data<{ scores: object }>().scores)).to.have.length(2);
    },
  },
  {
    id: 'scope-designates-nothing',
    doc: 'controls#an unknown scope leaves the rest rendered',
    schema: { type: 'object', properties: { a: str('A') } },
    uischema: vertical({ type: 'Control', scope: '#/properties/missing' }, ctl('a')),
    check: (h) => {
      expect(h.labels()).to.deep.equal(['A']);
      expect(h.count('[data-unsupported]')).to.equal(1);
    },
  },
];
