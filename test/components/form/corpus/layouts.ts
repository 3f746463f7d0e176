/** Compatibility cases from JSON Forms' "UI Schema: Layouts" and "Label" pages. */
import { expect } from 'chai';
import { ctl, str, vertical, type CompatCase } from './types.js';

const person = {
  type: 'object',
  properties: { firstName: str('Prénom'), lastName: str('Nom'), city: str('Ville'), note: str('Note') },
};

export const layoutCases: CompatCase[] = [
  {
    id: 'vertical-layout',
    doc: 'layouts#vertical-layout',
    schema: person,
    uischema: vertical(ctl('firstName'), ctl('lastName')),
    check: (h) => {
      expect(h.labels()).to.deep.equal(['Prénom', 'Nom']);
      expect(h.count('.vertical')).to.equal(1);
    },
  },
  {
    id: 'horizontal-layout',
    doc: 'layouts#horizontal-layout',
    schema: person,
    uischema: { type: 'HorizontalLayout', elements: [ctl('firstName'), ctl('lastName')] },
    check: (h) => {
      expect(h.count('.horizontal .field')).to.equal(2);
    },
  },
  {
    id: 'group-with-label',
    doc: 'layouts#group',
    schema: person,
    uischema: { type: 'Group', label: 'Identité', elements: [ctl('firstName'), ctl('lastName')] },
    check: (h) => {
      expect(h.field('Identité').tagName).to.equal('FIELDSET');
      expect(h.field('Identité').querySelectorAll('input')).to.have.length(2);
    },
  },
  {
    id: 'nested-layouts',
    doc: 'layouts#nesting',
    schema: person,
    uischema: vertical(
      { type: 'HorizontalLayout', elements: [ctl('firstName'), ctl('lastName')] },
      {
        type: 'Group',
        label: 'Adresse',
        elements: [vertical(ctl('city'), { type: 'Group', label: 'Divers', elements: [ctl('note')] })],
      },
    ),
    check: (h) => {
      expect(h.labels()).to.deep.equal(['Prénom', 'Nom', 'Adresse', 'Ville', 'Divers', 'Note']);
      expect(h.field('Divers').closest('fieldset:not(.field)')).to.not.equal(null);
    },
  },
  {
    id: 'label-element',
    doc: 'labels#label-element',
    schema: person,
    uischema: vertical({ type: 'Label', text: 'Renseignez l’état civil.' }, ctl('lastName')),
    check: (h) => {
      expect(h.form.shadowRoot!.querySelector('.text')!.textContent).to.equal('Renseignez l’état civil.');
    },
  },
  {
    id: 'categorization-tabs',
    doc: 'layouts#categorization',
    schema: person,
    uischema: {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [
        { type: 'Category', label: 'Identité', elements: [ctl('firstName'), ctl('lastName')] },
        { type: 'Category', label: 'Adresse', elements: [ctl('city')] },
      ],
    },
    check: (h) => {
      expect(h.count('[role=tab]')).to.equal(2);
      h.click('Adresse');
      expect(h.field('Ville').checkVisibility()).to.equal(true);
    },
  },
  {
    id: 'categorization-stepper',
    doc: 'layouts#categorization (stepper variant)',
    schema: person,
    uischema: {
      type: 'Categorization',
      options: { variant: 'stepper' },
      elements: [
        { type: 'Category', label: 'Identité', elements: [ctl('lastName')] },
        { type: 'Category', label: 'Adresse', elements: [ctl('city')] },
      ],
    },
    check: (h) => {
      expect(h.count('.wizard section.step')).to.equal(2);
      expect(h.field('Nom').checkVisibility()).to.equal(true);
      expect(h.field('Ville').checkVisibility()).to.equal(false);
    },
  },
  {
    id: 'nested-categorization',
    doc: 'layouts#categorization (nested)',
    schema: person,
    uischema: {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [
        { type: 'Category', label: 'Identité', elements: [ctl('firstName')] },
        {
          type: 'Categorization',
          label: 'Autres',
          elements: [
            { type: 'Category', label: 'Adresse', elements: [ctl('city')] },
            { type: 'Category', label: 'Divers', elements: [ctl('note')] },
          ],
        } as never,
      ],
    },
    check: (h) => {
      expect(h.count('[role=tab]')).to.equal(4);
      expect(h.has('Ville') && h.has('Note')).to.equal(true);
    },
  },
  {
    id: 'group-in-category',
    doc: 'layouts#group inside a category',
    schema: person,
    uischema: {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [
        {
          type: 'Category',
          label: 'Tout',
          elements: [{ type: 'Group', label: 'Nom complet', elements: [ctl('firstName'), ctl('lastName')] }],
        },
      ],
    },
    check: (h) => {
      expect(h.field('Nom complet').querySelectorAll('input')).to.have.length(2);
    },
  },
  {
    id: 'category-outside-categorization',
    doc: 'layouts#category',
    schema: person,
    uischema: vertical({ type: 'Category', label: 'Identité', elements: [ctl('lastName')] }),
    check: (h) => {
      expect(h.field('Identité').tagName).to.equal('FIELDSET');
    },
  },
  {
    id: 'empty-layout',
    doc: 'layouts#vertical-layout (no elements)',
    schema: person,
    uischema: vertical(),
    check: (h) => {
      expect(h.labels()).to.deep.equal([]);
    },
  },
  {
    id: 'group-label-object',
    doc: 'labels#label object',
    schema: person,
    uischema: { type: 'Group', label: { text: 'Coordonnées' } as never, elements: [ctl('city')] },
    check: (h) => {
      expect(h.has('Coordonnées')).to.equal(true);
    },
  },
  {
    id: 'categorization-errors-in-other-tab',
    doc: 'layouts#categorization: a required field in a tab not shown still blocks the submit',
    schema: { ...person, required: ['city'] },
    uischema: {
      type: 'Categorization',
      options: { variant: 'tabs' },
      elements: [
        { type: 'Category', label: 'Identité', elements: [ctl('lastName')] },
        { type: 'Category', label: 'Adresse', elements: [ctl('city')] },
      ],
    },
    check: async (h) => {
      const r = await h.submit();
      expect(r.ok).to.equal(false);
      expect(r.errors.map((e) => e.path)).to.deep.equal(['/city']);
    },
  },
];
