// The default layout, nested objects, radios and checkbox groups load on first use: a form whose
// UI schema names each control among text, number, select and checkbox fields downloads none of
// them. (One page per test file: the first test must see a page that loaded nothing yet.)
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { calculated } from '../../stories/fixtures/forms/advanced.js';
import { generatedForm } from '../../stories/fixtures/forms/generated.js';
import type { JsonSchema } from '@duikit/core/form/types';
import { $, $$, axeViolations, byLabel, mount } from './form/helpers.js';

// The test server serves one file per module: Resource Timing lists what the page fetched.
const fetched = (file: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(`/src/form/${file}.`));
// The layout generator is core's (the form model); the renderers are the element's.
const firstUse = ['uischema', 'renderers/object', 'renderers/choice-group'];

const resident: JsonSchema = {
  type: 'object',
  title: 'Résident',
  required: ['name'],
  properties: {
    name: { type: 'string', title: 'Nom' },
    sex: { type: 'string', title: 'Sexe', enum: ['F', 'M'] },
    address: {
      type: 'object',
      title: 'Adresse',
      properties: { city: { type: 'string', title: 'Commune' } },
    },
    needs: {
      type: 'array',
      title: 'Besoins',
      uniqueItems: true,
      items: { type: 'string', enum: ['Toilette', 'Repas', 'Mobilité'] },
    },
  },
};

describe('<dui-form> layout and choice code on first use', () => {
  it('is not fetched by a form whose UI schema names each control', async () => {
    const { schema, uischema, data } = generatedForm(50);
    const form = await mount({ schema, uischema, data });
    expect($$(form, 'select')).to.have.length(10);
    expect(firstUse.filter(fetched)).to.deep.equal([]);
  });

  it('lays out a form without UI schema, nested objects boxed and choice groups loaded', async () => {
    const form = await mount({ schema: resident, data: { address: { city: 'Lyon' }, needs: ['Repas'] } });
    expect(firstUse.filter(fetched)).to.deep.equal(firstUse);
    // The whole form is not boxed; the nested object is a group with its legend.
    expect($$(form, 'legend').map((l) => l.textContent)).to.include.members(['Adresse', 'Besoins']);
    expect($$(form, 'legend').map((l) => l.textContent)).to.not.include('Résident');
    expect(byLabel(form, 'Commune').value).to.equal('Lyon');
    const boxes = $$(form, 'input[type=checkbox]');
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, true, false]);
    boxes[0].click();
    expect((form.value as { needs: string[] }).needs).to.deep.equal(['Toilette', 'Repas']);
    expect($<HTMLSelectElement>(form, 'select').options).to.have.length(3);
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('settles validity and the native value after calculations loaded on first use', async () => {
    // Item A + Item B = Total, with a precompiled validator that wants Total at most 5.
    const { schema, uischema } = calculated;
    const validator = Object.assign(
      (data: { total?: number }) => {
        const over = (data.total ?? 0) > 5;
        validator.errors = over
          ? [{ keyword: 'maximum', instancePath: '/total', params: { comparison: '<=', limit: 5 } }]
          : null;
        return !over;
      },
      { errors: null as unknown[] | null },
    );
    document.body.innerHTML = '<main><form><dui-form name="scores"></dui-form></form></main>';
    const form = document.querySelector('dui-form')!;
    Object.assign(form, { locale: 'fr', schema, uischema, validator, data: { a: 3, b: 4 } });
    await form.whenReady();
    expect((form.value as { total: number }).total).to.equal(7);
    expect(form.checkValidity()).to.equal(false);
    const native = new FormData(document.querySelector('form')!).get('scores') as string;
    expect(JSON.parse(native)).to.deep.equal({ a: 3, b: 4, total: 7 });
  });
});
