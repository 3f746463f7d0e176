// Coded choices read as words: a select, radios and a multi-select over codes show each code's
// name in the page's language (`x-enumLabels`, a `oneOf` branch's `x-label`, then its `title`),
// never the code, and store the code. Expected words are those the schemas below (and the
// shipped `common` schema's telecom kinds) give, written out by hand.
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { schemaDefs } from '../../packages/core/src/generated/schemas.js';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import { $, $$, axeViolations, mount } from './form/helpers.js';

const sex = {
  type: 'string',
  title: 'Sexe',
  oneOf: [
    { const: 'F', title: 'Féminin', 'x-label': { fr: 'Féminin', en: 'Female' } },
    { const: 'M', title: 'Masculin', 'x-label': { fr: 'Masculin', en: 'Male' } },
    { const: 'U', title: 'Inconnu' },
  ],
};

const schema: JsonSchema = {
  type: 'object',
  properties: {
    // oneOf + const + title only (JSON Forms' own way to name enum values).
    gir: {
      type: 'integer',
      title: 'GIR',
      oneOf: [
        { const: 1, title: 'GIR 1 — dépendance totale' },
        { const: 6, title: 'GIR 6 — autonomie' },
      ],
    },
    sex,
    // The shipped telecom kinds: an enum named through x-enumLabels.
    system: (schemaDefs as unknown as Record<string, { $defs: Record<string, JsonSchema> }>).common.$defs
      .telecom.properties!.system,
    aids: {
      type: 'array',
      title: 'Aides',
      uniqueItems: true,
      items: {
        type: 'string',
        anyOf: [
          {
            const: 'apa',
            title: 'APA',
            'x-label': { fr: 'Allocation personnalisée d’autonomie', en: 'APA' },
          },
          { const: 'pch', 'x-label': { fr: 'Prestation de compensation du handicap', en: 'PCH' } },
        ],
      },
    },
  },
};

const uischema: UiSchema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/gir' },
    { type: 'Control', scope: '#/properties/sex', options: { format: 'radio' } },
    { type: 'Control', scope: '#/properties/system' },
    { type: 'Control', scope: '#/properties/aids' },
  ],
};

const optionTexts = (select: HTMLSelectElement) => [...select.options].slice(1).map((o) => o.textContent);
const groupTexts = (form: Parameters<typeof $>[0], legend: string) => {
  const set = $$<HTMLElement>(form, '[role=radiogroup], [role=group]').find((f) =>
    f.querySelector('legend')?.textContent?.startsWith(legend),
  )!;
  return [...set.querySelectorAll('label')].map((l) => l.textContent);
};

describe('<dui-form> coded choices', () => {
  it('names each code in French in a select, radios and a multi-select, and stores the code', async () => {
    const form = await mount({ schema, uischema, data: {} }, { locale: 'fr' });
    const [gir, system] = $$<HTMLSelectElement>(form, 'select');
    expect(optionTexts(gir)).to.deep.equal(['GIR 1 — dépendance totale', 'GIR 6 — autonomie']);
    expect(optionTexts(system)).to.deep.equal([
      'Téléphone',
      'Courriel',
      'Télécopie',
      'Messagerie MSSanté',
      'Site web',
    ]);
    expect(groupTexts(form, 'Sexe')).to.deep.equal(['Féminin', 'Masculin', 'Inconnu']);
    expect(groupTexts(form, 'Aides')).to.deep.equal([
      'Allocation personnalisée d’autonomie',
      'Prestation de compensation du handicap',
    ]);

    gir.selectedIndex = 2;
    gir.dispatchEvent(new Event('change', { bubbles: true }));
    system.selectedIndex = 2;
    system.dispatchEvent(new Event('change', { bubbles: true }));
    const radio = $$(form, 'input[type=radio]')[1];
    radio.click();
    for (const box of $$(form, 'input[type=checkbox]')) box.click();
    expect(form.value).to.deep.equal({ gir: 6, system: 'email', sex: 'M', aids: ['apa', 'pch'] });
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('speaks English on an English page, and switches language in place keeping the choices', async () => {
    const form = await mount({ schema, uischema, data: { sex: 'F', system: 'fax' } }, { locale: 'en' });
    const [, system] = $$<HTMLSelectElement>(form, 'select');
    expect(optionTexts(system)).to.deep.equal(['Phone', 'E-mail', 'Fax', 'MSSanté secure mail', 'Web site']);
    // No English name: the title (then the French x-label) rather than the code.
    expect(groupTexts(form, 'Sexe')).to.deep.equal(['Female', 'Male', 'Inconnu']);
    expect(groupTexts(form, 'Aides')).to.deep.equal(['APA', 'PCH']);

    form.locale = 'fr';
    await form.updateComplete;
    await form.whenReady();
    expect(groupTexts(form, 'Sexe')).to.deep.equal(['Féminin', 'Masculin', 'Inconnu']);
    const [, again] = $$<HTMLSelectElement>(form, 'select');
    expect(again.selectedOptions[0].textContent).to.equal('Télécopie');
    expect($$(form, 'input[type=radio]')[0].checked).to.equal(true);
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('prints the chosen names, not the codes', async () => {
    const form = await mount(
      { schema, uischema, data: { gir: 1, sex: 'M', system: 'phone', aids: ['pch'] } },
      { locale: 'fr', mode: 'print' },
    );
    const text = form.shadowRoot!.textContent;
    for (const name of ['GIR 1 — dépendance totale', 'Masculin', 'Téléphone', 'Prestation de compensation'])
      expect(text).to.contain(name);
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('takes a choice’s words from the host’s label catalogue, per code and language, in every view', async () => {
    // Keys as JSON Forms: `<key>.<code>` (the key is the dotted scope), `<key>.<title>`, a
    // branch's own `i18n`; a choice the catalogue leaves out keeps the schema's words.
    const labels = {
      'gir.1': { fr: 'GIR 1 (catalogue)', en: 'AGGIR group 1' },
      'sex.F': { fr: 'Femme', en: 'Woman' },
      'sex.Masculin': { fr: 'Homme', en: 'Man' },
      'system.fax': { fr: 'Fax', en: 'Facsimile' },
      'aids.pch': { fr: 'PCH (catalogue)', en: 'Disability compensation' },
    };
    const form = await mount(
      { schema, uischema, data: { sex: 'F', aids: ['pch'] } },
      { locale: 'fr', labels },
    );
    const [gir, system] = $$<HTMLSelectElement>(form, 'select');
    expect(optionTexts(gir)).to.deep.equal(['GIR 1 (catalogue)', 'GIR 6 — autonomie']);
    expect(optionTexts(system)[2]).to.equal('Fax');
    expect(groupTexts(form, 'Sexe')).to.deep.equal(['Femme', 'Homme', 'Inconnu']);
    expect(groupTexts(form, 'Aides')).to.deep.equal([
      'Allocation personnalisée d’autonomie',
      'PCH (catalogue)',
    ]);
    expect(await axeViolations(form)).to.deep.equal([]);

    form.locale = 'en';
    await form.updateComplete;
    await form.whenReady();
    const [girEn, systemEn] = $$<HTMLSelectElement>(form, 'select');
    expect(optionTexts(girEn)).to.deep.equal(['AGGIR group 1', 'GIR 6 — autonomie']);
    expect(optionTexts(systemEn)).to.deep.equal([
      'Phone',
      'E-mail',
      'Facsimile',
      'MSSanté secure mail',
      'Web site',
    ]);
    expect(groupTexts(form, 'Sexe')).to.deep.equal(['Woman', 'Man', 'Inconnu']);
    expect(groupTexts(form, 'Aides')).to.deep.equal(['APA', 'Disability compensation']);
    // The code is what is stored, whatever the words.
    expect(form.value).to.deep.equal({ sex: 'F', aids: ['pch'] });

    const printed = await mount(
      { schema, uischema, data: { gir: 1, sex: 'M', aids: ['pch'] } },
      { locale: 'fr', mode: 'print', labels },
    );
    for (const name of ['GIR 1 (catalogue)', 'Homme', 'PCH (catalogue)'])
      expect(printed.shadowRoot!.textContent).to.contain(name);
    expect(await axeViolations(printed)).to.deep.equal([]);
  });
});
