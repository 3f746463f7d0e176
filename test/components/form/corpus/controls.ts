/** Compatibility cases from JSON Forms' "UI Schema: Controls", "Options" and "Labels" pages. */
import { expect } from 'chai';
import type { JsonSchema } from '@duikit/core/form/types';
import { ctl, str, vertical, type CompatCase } from './types.js';

const one = (
  name: string,
  s: JsonSchema,
  ui: object = {},
  data?: unknown,
): Pick<CompatCase, 'schema' | 'uischema' | 'data'> => ({
  schema: { type: 'object', properties: { [name]: s } },
  uischema: vertical(ctl(name, ui)),
  data,
});

export const controlCases: CompatCase[] = [
  {
    id: 'string',
    doc: 'controls#string',
    ...one('name', str('Nom')),
    check: (h) => expect(h.control('Nom').type).to.equal('text'),
  },
  {
    id: 'multi-line',
    doc: 'options#multi',
    ...one('note', str('Note'), { options: { multi: true } }),
    check: (h) => expect(h.control('Note').tagName).to.equal('TEXTAREA'),
  },
  {
    id: 'integer',
    doc: 'controls#integer',
    ...one('n', { type: 'integer', title: 'Nombre', minimum: 0 }),
    check: (h) => {
      h.type('Nombre', '4');
      expect(h.data()).to.deep.equal({ n: 4 });
    },
  },
  {
    id: 'number',
    doc: 'controls#number',
    ...one('w', { type: 'number', title: 'Poids' }),
    check: (h) => {
      h.type('Poids', '61.5');
      expect(h.data()).to.deep.equal({ w: 61.5 });
    },
  },
  {
    id: 'boolean',
    doc: 'controls#boolean',
    ...one('ok', { type: 'boolean', title: 'Accord' }),
    check: (h) => expect(h.control('Accord').type).to.equal('checkbox'),
  },
  {
    id: 'boolean-toggle',
    doc: 'options#toggle',
    ...one('ok', { type: 'boolean', title: 'Accord' }, { options: { toggle: true } }),
    check: (h) => expect(h.control('Accord').getAttribute('role')).to.equal('switch'),
  },
  {
    id: 'date',
    doc: 'controls#date format',
    ...one('d', str('Date', { format: 'date' })),
    check: (h) => expect(h.control('Date').type).to.equal('date'),
  },
  {
    id: 'time',
    doc: 'controls#time format',
    ...one('t', str('Heure', { format: 'time' })),
    check: (h) => expect(h.control('Heure').type).to.equal('time'),
  },
  {
    id: 'date-time',
    doc: 'controls#date-time format',
    ...one('dt', str('Le', { format: 'date-time' })),
    check: (h) => expect(h.control('Le').type).to.equal('datetime-local'),
  },
  {
    id: 'enum-select',
    doc: 'controls#enum',
    ...one('k', { type: 'string', title: 'Type', enum: ['a', 'b'] }),
    check: (h) => {
      h.choose('Type', 'b');
      expect(h.data()).to.deep.equal({ k: 'b' });
    },
  },
  {
    id: 'enum-radio',
    doc: 'options#format radio',
    ...one('k', { type: 'string', title: 'Type', enum: ['a', 'b'] }, { options: { format: 'radio' } }),
    check: (h) => {
      h.click('b');
      expect(h.data()).to.deep.equal({ k: 'b' });
      expect(h.count('input[type=radio]')).to.equal(2);
    },
  },
  {
    id: 'oneOf-const-title',
    doc: 'controls#oneOf enum with titles',
    ...one('k', {
      title: 'Sexe',
      oneOf: [
        { const: 'F', title: 'Féminin' },
        { const: 'M', title: 'Masculin' },
      ],
    }),
    check: (h) => {
      h.choose('Sexe', 'Masculin');
      expect(h.data()).to.deep.equal({ k: 'M' });
    },
  },
  {
    id: 'enum-array-multi-select',
    doc: 'controls#array of enums (multi select)',
    ...one('tags', {
      type: 'array',
      title: 'Besoins',
      uniqueItems: true,
      items: { type: 'string', enum: ['repas', 'toilette'] },
    }),
    check: (h) => {
      h.click('toilette');
      expect(h.data()).to.deep.equal({ tags: ['toilette'] });
    },
  },
  {
    id: 'enum-array-oneOf-ref',
    doc: 'controls#array of oneOf consts through $ref',
    schema: {
      type: 'object',
      $defs: {
        need: {
          oneOf: [
            { const: 1, title: 'Repas' },
            { const: 2, title: 'Toilette' },
          ],
        },
      },
      properties: { needs: { type: 'array', title: 'Besoins', items: { $ref: '#/$defs/need' } } },
    },
    check: (h) => {
      h.click('Repas');
      expect(h.data()).to.deep.equal({ needs: [1] });
    },
  },
  {
    id: 'array-of-primitives',
    doc: 'controls#array of strings',
    ...one(
      'phones',
      { type: 'array', title: 'Téléphones', items: { type: 'string' } },
      {},
      { phones: ['01'] },
    ),
    check: (h) => {
      h.click('Ajouter : Téléphones');
      expect(h.data()).to.deep.equal({ phones: ['01', ''] });
      expect(h.count('li.item input')).to.equal(2);
    },
  },
  {
    id: 'array-item-defaults',
    doc: 'controls#array items with defaults',
    ...one('rows', {
      type: 'array',
      title: 'Lignes',
      items: {
        type: 'object',
        properties: {
          qty: { type: 'integer', title: 'Quantité', default: 1 },
          unit: str('Unité', { default: 'g' }),
        },
      },
    }),
    check: (h) => {
      h.click('Ajouter : Lignes');
      expect(h.data()).to.deep.equal({ rows: [{ qty: 1, unit: 'g' }] });
    },
  },
  {
    id: 'array-detail',
    doc: 'options#detail (array)',
    ...one(
      'people',
      {
        type: 'array',
        title: 'Personnes',
        items: { type: 'object', properties: { name: str('Nom'), age: { type: 'integer', title: 'Âge' } } },
      },
      {
        options: {
          detail: { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] },
        },
      },
      { people: [{ name: 'Anne' }] },
    ),
    check: (h) => {
      expect(h.count('li.item .horizontal input')).to.equal(1);
      expect(h.has('Âge')).to.equal(false);
    },
  },
  {
    id: 'array-element-label-prop',
    doc: 'options#elementLabelProp',
    ...one(
      'people',
      { type: 'array', title: 'Personnes', items: { type: 'object', properties: { name: str('Nom') } } },
      { options: { elementLabelProp: 'name' } },
      { people: [{ name: 'Anne' }] },
    ),
    check: (h) => expect(h.form.shadowRoot!.querySelector('.item-title')!.textContent).to.equal('Anne'),
  },
  {
    id: 'array-sort-buttons',
    doc: 'options#showSortButtons',
    ...one(
      'l',
      { type: 'array', title: 'Liste', items: { type: 'string' } },
      { options: { showSortButtons: true } },
      { l: ['a', 'b'] },
    ),
    check: (h) => {
      h.click('Descendre : Liste n° 1');
      expect(h.data()).to.deep.equal({ l: ['b', 'a'] });
    },
  },
  {
    id: 'list-with-detail',
    doc: 'layouts#ListWithDetail',
    schema: {
      type: 'object',
      properties: {
        people: {
          type: 'array',
          title: 'Personnes',
          items: { type: 'object', properties: { name: str('Nom') } },
        },
      },
    },
    uischema: {
      type: 'ListWithDetail',
      scope: '#/properties/people',
      options: { elementLabelProp: 'name', detail: vertical(ctl('name')) },
    } as never,
    data: { people: [{ name: 'Anne' }, { name: 'Paul' }] },
    check: (h) => {
      expect(h.count('.master button')).to.equal(2);
      h.click('Paul');
      expect(h.value('Nom')).to.equal('Paul');
      h.type('Nom', 'Paula');
      expect(h.count('.master button[aria-current]')).to.equal(1);
      expect(h.data()).to.deep.equal({ people: [{ name: 'Anne' }, { name: 'Paula' }] });
    },
  },
  {
    id: 'object-detail',
    doc: 'options#detail (object)',
    ...one(
      'a',
      { type: 'object', title: 'Adresse', properties: { city: str('Ville'), zip: str('Code') } },
      { options: { detail: vertical({ type: 'Control', scope: '#/properties/a/properties/city' }) } },
    ),
    check: (h) => expect(h.labels()).to.deep.equal(['Adresse', 'Ville']),
  },
  {
    id: 'readonly-option',
    doc: 'options#readonly',
    ...one('n', str('Nom'), { options: { readonly: true } }),
    check: (h) => expect(h.control('Nom').readOnly).to.equal(true),
  },
  {
    id: 'readOnly-schema',
    doc: 'controls#readOnly in the schema',
    ...one('n', str('Nom', { readOnly: true })),
    check: (h) => expect(h.control('Nom').readOnly).to.equal(true),
  },
  {
    id: 'label-string',
    doc: 'labels#label string',
    ...one('n', str('Nom'), { label: 'Nom d’usage' }),
    check: (h) => expect(h.has('Nom d’usage')).to.equal(true),
  },
  {
    id: 'label-false',
    doc: 'labels#label false',
    ...one('n', str('Nom'), { label: false }),
    check: (h) =>
      expect(h.field('Nom').querySelector('label')!.classList.contains('visually-hidden')).to.equal(true),
  },
  {
    id: 'label-show-false',
    doc: 'labels#label { text, show }',
    ...one('n', str('Nom'), { label: { text: 'Nom usuel', show: false } }),
    check: (h) =>
      expect(h.field('Nom usuel').querySelector('label')!.classList.contains('visually-hidden')).to.equal(
        true,
      ),
  },
  {
    id: 'label-key-as-written',
    doc: 'labels#no title: the property key',
    ...one('lastName', { type: 'string' }),
    check: (h) => expect(h.labels()).to.deep.equal(['lastName']),
  },
  {
    id: 'description',
    doc: 'controls#description',
    ...one('n', str('Nom', { description: 'Nom de naissance' }), {
      options: { showUnfocusedDescription: true },
    }),
    check: (h) => expect(h.field('Nom').querySelector('.hint')!.textContent).to.equal('Nom de naissance'),
  },
  {
    id: 'required-star',
    doc: 'controls#required',
    schema: { type: 'object', required: ['n'], properties: { n: str('Nom') } },
    check: (h) => expect(h.required('Nom')).to.equal(true),
  },
  {
    id: 'hide-required-asterisk',
    doc: 'options#hideRequiredAsterisk',
    schema: { type: 'object', required: ['n'], properties: { n: str('Nom') } },
    uischema: vertical(ctl('n', { options: { hideRequiredAsterisk: true } })),
    check: (h) => {
      expect(h.required('Nom')).to.equal(false);
      expect(h.control('Nom').ariaRequired).to.equal('true');
    },
  },
  {
    id: 'i18n-key',
    doc: 'i18n#i18n key',
    ...one('n', str('Nom'), { i18n: 'person.name' }),
    check: (h) => expect(h.has('Nom')).to.equal(true),
  },
  {
    id: 'slider-integer',
    doc: 'options#slider (integer with minimum, maximum and default)',
    ...one(
      'pain',
      { type: 'integer', title: 'Douleur', minimum: 0, maximum: 10, default: 5 },
      {
        options: { slider: true },
      },
    ),
    check: (h) => {
      const range = h.control('Douleur');
      // A native range, labelled by its <label for>: keyboard and screen readers as the browser gives.
      expect([range.type, range.min, range.max, range.step]).to.deep.equal(['range', '0', '10', '1']);
      // No data: the schema's default is the value, shown beside the range and announced by it.
      expect(h.data()).to.deep.equal({ pain: 5 });
      const out = range.parentElement!.querySelector('output')!;
      expect([range.value, out.textContent, out.htmlFor.value]).to.deep.equal(['5', '5', range.id]);
      expect(range.hasAttribute('aria-valuetext')).to.equal(false);
      range.stepUp(2);
      range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect([h.data(), out.textContent]).to.deep.equal([{ pain: 7 }, '7']);
    },
  },
  {
    id: 'slider-number-unset',
    doc: 'options#slider (number, no value yet)',
    ...one(
      'share',
      { type: 'number', title: 'Part', minimum: 0, maximum: 1, multipleOf: 0.1 },
      {
        options: { slider: true },
      },
      {},
    ),
    check: (h) => {
      const range = h.control('Part');
      const out = range.parentElement!.querySelector('output')!;
      // A range always shows a position: without a value it reads « — » and says it has none.
      expect([range.type, range.step, range.value, out.textContent]).to.deep.equal([
        'range',
        '0.1',
        '0',
        '—',
      ]);
      expect(range.getAttribute('aria-valuetext')).to.equal('Aucune valeur');
      expect(h.data()).to.deep.equal({});
      range.stepUp(3);
      range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect([h.data(), out.textContent]).to.deep.equal([{ share: 0.3 }, '0,3']);
      expect(range.hasAttribute('aria-valuetext')).to.equal(false);
    },
  },
  {
    id: 'slider-without-bounds',
    doc: 'options#slider needs minimum and maximum (else a number field)',
    ...one('n', { type: 'integer', title: 'Nombre' }, { options: { slider: true } }),
    check: (h) => expect(h.control('Nombre').type).to.equal('number'),
  },
];
