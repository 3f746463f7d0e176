// French first: a French page never downloads the form's English strings; an English one loads
// them on first use and shows no French meanwhile. (One page per test file: the order matters.)
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import type { JsonSchema } from '@duikit/core/form/types';
import { $, axeViolations, mount } from './form/helpers.js';

const schema: JsonSchema = {
  type: 'object',
  required: ['name', 'birthDate'],
  properties: {
    name: { type: 'string', title: 'Nom', minLength: 2 },
    birthDate: { type: 'string', title: 'Date de naissance', format: 'date' },
    level: { type: 'string', title: 'Niveau', enum: ['A', 'B'] },
  },
};

/** The English chunk's requests so far (the test server serves each module as its own file). */
const englishRequests = () =>
  performance.getEntriesByType('resource').filter((e) => /\/i18n\/form-en\.[tj]s/.test(e.name));

describe('<dui-form> strings per language', () => {
  it('speaks French without downloading the English strings', async () => {
    const form = await mount({ schema, data: { name: 'D', birthDate: '2023-02-30' } }, { locale: 'fr' });
    const errors = await form.validate();
    expect(errors.map((e) => e.message)).to.deep.equal([
      'Au moins 2 caractères.',
      'Format attendu : une date existante (AAAA-MM-JJ).',
    ]);
    expect($<HTMLSelectElement>(form, 'select').options[0].textContent).to.equal('— Choisir —');
    expect(englishRequests()).to.have.length(0);
  });

  it('loads English on first use and shows no French meanwhile', async () => {
    document.body.innerHTML = '<main><h1>Test</h1></main>';
    const form = document.createElement('dui-form');
    Object.assign(form, { locale: 'en', schema, data: { name: 'D' } });
    document.querySelector('main')!.append(form);
    await new Promise((r) => setTimeout(r, 0));
    const body = form.shadowRoot!.querySelector<HTMLElement>('[part=body]')!;
    expect(getComputedStyle(body).visibility).to.equal('hidden');
    await form.whenReady();
    expect(getComputedStyle(body).visibility).to.equal('visible');
    expect(englishRequests()).to.have.length(1);
    expect($<HTMLSelectElement>(form, 'select').options[0].textContent).to.equal('— Choose —');
    const errors = await form.validate();
    expect(errors.map((e) => [e.path, e.message])).to.deep.equal([
      ['/birthDate', 'This field is required.'],
      ['/name', 'At least 2 characters.'],
    ]);
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.contain('The form has 2 error(s)');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('switches language in place, keeping what was typed', async () => {
    const form = await mount({ schema, data: {} }, { locale: 'fr' });
    const name = $(form, 'input[type=text]');
    name.value = 'Durand';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.locale = 'en';
    await form.updateComplete;
    await form.whenReady();
    expect($<HTMLSelectElement>(form, 'select').options[0].textContent).to.equal('— Choose —');
    expect((form.value as { name?: string }).name).to.equal('Durand');
    // Already loaded: no second request.
    expect(englishRequests()).to.have.length(1);
  });
});
