import { describe, expect, it } from 'vitest';
import { profileUrl, validateTddui } from '@duikit/fhir';
import {
  TDDUI_QUESTIONNAIRES,
  formResponseToQuestionnaireResponse,
  questionnaireToForm,
  type Questionnaire,
} from '@duikit/fhir/questionnaire';

/** One item of every type the conversion handles, with the options that go with them. */
const ALL_TYPES: Questionnaire = {
  resourceType: 'Questionnaire',
  url: 'https://duikit.dev/Questionnaire/all-types',
  version: '1',
  title: 'Tous les types',
  contained: [
    {
      resourceType: 'ValueSet',
      id: 'moments',
      expansion: {
        contains: [
          { system: 'urn:x:moments', code: 'matin', display: 'Matin' },
          { system: 'urn:x:moments', code: 'soir', display: 'Soir' },
        ],
      },
    },
  ],
  item: [
    { linkId: 'intro', type: 'display', text: 'Renseignez la fiche.' },
    {
      linkId: 'identite',
      type: 'group',
      text: 'Identité',
      item: [
        { linkId: 'nom', type: 'string', text: 'Nom', required: true, maxLength: 40 },
        { linkId: 'notes', type: 'text', text: 'Observations' },
        { linkId: 'site', type: 'url', text: 'Site' },
      ],
    },
    { linkId: 'autonome', type: 'boolean', text: 'Autonome', initial: [{ valueBoolean: true }] },
    {
      linkId: 'poids',
      type: 'decimal',
      text: 'Poids',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueDecimal: 0 }],
    },
    { linkId: 'enfants', type: 'integer', text: 'Enfants', readOnly: true, initial: [{ valueInteger: 2 }] },
    { linkId: 'naissance', type: 'date', text: 'Né le' },
    { linkId: 'entree', type: 'dateTime', text: 'Entrée' },
    { linkId: 'lever', type: 'time', text: 'Lever' },
    {
      linkId: 'gir',
      type: 'choice',
      text: 'GIR',
      answerOption: [
        { valueCoding: { system: 'urn:x:gir', code: 'G1', display: 'GIR 1' } },
        { valueCoding: { system: 'urn:x:gir', code: 'G2', display: 'GIR 2' }, initialSelected: true },
      ],
    },
    { linkId: 'moment', type: 'choice', text: 'Moment', answerValueSet: '#moments', repeats: true },
    {
      linkId: 'langue',
      type: 'open-choice',
      text: 'Langue',
      answerOption: [{ valueString: 'français' }, { valueString: 'arabe' }],
    },
    {
      linkId: 'taille',
      type: 'quantity',
      text: 'Taille',
      extension: [
        { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit', valueCoding: { code: 'cm' } },
      ],
    },
    { linkId: 'piece', type: 'attachment', text: 'Pièce jointe' },
    {
      linkId: 'precision',
      type: 'string',
      text: 'Précisez',
      enableWhen: [
        { question: 'autonome', operator: '=', answerBoolean: false },
        { question: 'gir', operator: '=', answerCoding: { code: 'G1' } },
      ],
      enableBehavior: 'any',
    },
    {
      linkId: 'couleur',
      type: 'string',
      text: 'Couleur',
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
          valueCodeableConcept: { coding: [{ code: 'radio-button' }] },
        },
      ],
    },
    {
      linkId: 'visites',
      type: 'group',
      text: 'Visites',
      repeats: true,
      item: [{ linkId: 'visiteur', type: 'string', text: 'Visiteur', required: true }],
    },
  ],
};

describe('questionnaireToForm', () => {
  const form = questionnaireToForm(ALL_TYPES);
  const props = form.schema.properties as Record<string, Record<string, unknown>>;

  it('gives every item type its JSON Schema', () => {
    expect(props.nom).toEqual({ type: 'string', title: 'Nom', maxLength: 40 });
    expect(props.autonome).toEqual({ type: 'boolean', title: 'Autonome' });
    expect(props.poids).toEqual({ type: 'number', title: 'Poids', minimum: 0 });
    expect(props.enfants).toEqual({ type: 'integer', title: 'Enfants', readOnly: true });
    expect([props.naissance?.format, props.entree?.format, props.lever?.format, props.site?.format]).toEqual([
      'date',
      'date-time',
      'time',
      'uri',
    ]);
    expect(props.gir).toEqual({
      title: 'GIR',
      oneOf: [
        { const: 'G1', title: 'GIR 1' },
        { const: 'G2', title: 'GIR 2' },
      ],
    });
    expect(props.moment).toEqual({
      type: 'array',
      title: 'Moment',
      items: {
        oneOf: [
          { const: 'matin', title: 'Matin' },
          { const: 'soir', title: 'Soir' },
        ],
      },
    });
    expect(props.langue).toEqual({ type: 'string', title: 'Langue', examples: ['français', 'arabe'] });
    expect(props.taille?.properties).toMatchObject({ unit: { default: 'cm' } });
    expect(props.visites).toMatchObject({ type: 'array', items: { type: 'object', required: ['visiteur'] } });
    expect(form.schema.required).toEqual(['nom']);
  });

  it('lays out groups, labels, multi-line text, the file widget and read-only items', () => {
    const ui = JSON.stringify(form.uischema);
    expect(form.uischema.elements).toContainEqual({ type: 'Label', text: 'Renseignez la fiche.' });
    expect(form.uischema.elements).toContainEqual(
      expect.objectContaining({ type: 'Group', label: 'Identité' }),
    );
    expect(ui).toContain('{"type":"Control","scope":"#/properties/notes","options":{"multi":true}}');
    expect(ui).toContain('{"type":"Control","scope":"#/properties/piece","options":{"widget":"file"}}');
    expect(ui).toContain('{"type":"Control","scope":"#/properties/enfants","options":{"readonly":true}}');
  });

  it('turns enableWhen and enableBehavior into a JSON Forms rule', () => {
    const precision = (form.uischema.elements as Record<string, unknown>[]).find(
      (e) => e.scope === '#/properties/precision',
    );
    expect(precision?.rule).toEqual({
      effect: 'SHOW',
      condition: {
        type: 'OR',
        conditions: [
          { scope: '#/properties/autonome', schema: { const: false }, failWhenUndefined: true },
          { scope: '#/properties/gir', schema: { const: 'G1' }, failWhenUndefined: true },
        ],
      },
    });
  });

  it('takes initial answers as the form data', () =>
    expect(form.data).toEqual({ autonome: true, enfants: 2, gir: 'G2' }));

  it('lists what it does not support, never dropping it silently', () => {
    expect(form.warnings).toEqual([
      expect.objectContaining({
        linkId: 'couleur',
        what: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
      }),
    ]);
    expect(form.warnings[0]?.message.fr).toMatch(/^Extension non prise en charge/);
  });

  it('converts each of the four TDDUI questionnaires without a warning (the browser test renders them)', () => {
    for (const q of Object.values(TDDUI_QUESTIONNAIRES)) expect(questionnaireToForm(q).warnings).toEqual([]);
    const aggir = questionnaireToForm(TDDUI_QUESTIONNAIRES['tddui-questionnaire-aggir-pa-ssiad']);
    // 15 AGGIR items × 4 adverbs + the GIR result + the 15 item results.
    expect(Object.keys(aggir.schema.properties as object)).toHaveLength(76);
  });
});

describe('formResponseToQuestionnaireResponse', () => {
  it('rebuilds the item tree, codes as full Codings, every value type in its value[x]', () => {
    const qr = formResponseToQuestionnaireResponse(
      {
        nom: 'Durand',
        autonome: false,
        poids: 61.5,
        gir: 'G1',
        moment: ['matin', 'soir'],
        langue: 'breton',
        taille: { value: 160, unit: 'cm' },
        piece: { name: 'a.pdf', type: 'application/pdf', url: 'x:1' },
        visites: [{ visiteur: 'Luc' }, { visiteur: 'Anne' }],
      },
      ALL_TYPES,
    );
    expect(qr.questionnaire).toBe('https://duikit.dev/Questionnaire/all-types|1');
    const item = (id: string) => qr.item?.find((i) => i.linkId === id);
    expect(item('identite')).toEqual({
      linkId: 'identite',
      text: 'Identité',
      item: [{ linkId: 'nom', text: 'Nom', answer: [{ valueString: 'Durand' }] }],
    });
    expect(item('gir')?.answer).toEqual([
      { valueCoding: { system: 'urn:x:gir', code: 'G1', display: 'GIR 1' } },
    ]);
    expect(item('moment')?.answer?.map((a) => (a.valueCoding as { code: string }).code)).toEqual([
      'matin',
      'soir',
    ]);
    expect(item('langue')?.answer).toEqual([{ valueString: 'breton' }]);
    expect(item('poids')?.answer).toEqual([{ valueDecimal: 61.5 }]);
    expect(item('taille')?.answer).toEqual([{ valueQuantity: { value: 160, unit: 'cm' } }]);
    expect(item('piece')?.answer).toEqual([
      { valueAttachment: { title: 'a.pdf', url: 'x:1', contentType: 'application/pdf' } },
    ]);
    expect(qr.item?.filter((i) => i.linkId === 'visites').map((i) => i.item?.[0]?.answer)).toEqual([
      [{ valueString: 'Luc' }],
      [{ valueString: 'Anne' }],
    ]);
  });

  for (const [id, q] of Object.entries(TDDUI_QUESTIONNAIRES))
    it(`round-trips ${id}: filled form → QuestionnaireResponse valid against tddui-questionnaire-response`, async () => {
      const form = questionnaireToForm(q);
      // Fill every property with the first allowed value.
      const data: Record<string, unknown> = {};
      for (const [key, s] of Object.entries(
        form.schema.properties as Record<string, Record<string, unknown>>,
      ))
        data[key] = s.oneOf
          ? (s.oneOf as { const: unknown }[])[0]?.const
          : s.type === 'boolean'
            ? true
            : s.type === 'integer'
              ? 1
              : 'x';
      const qr = formResponseToQuestionnaireResponse(data, q, {
        profiles: [profileUrl('tddui-questionnaire-response')],
        identifier: {
          system: 'https://identifiant-medicosocial-evaluation.esante.gouv.fr',
          value: '3690000013/demop01-EVAL-1',
        },
        subject: { reference: 'Patient/demo-p01' },
        authored: '2026-01-05',
      });
      const report = await validateTddui(qr);
      expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const answered = JSON.stringify(qr).match(/"answer"/g)?.length;
      expect(answered).toBe(Object.keys(data).length);
    });
});
