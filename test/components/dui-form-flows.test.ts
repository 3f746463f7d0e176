import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { sendKeys } from '@web/test-runner-commands';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import { checkFiness, checkIns } from '@duikit/core/form/identifiers';
import { $, $$, axeViolations, blur, byLabel, mount, ready, type } from './form/helpers.js';

describe('<dui-form> wizard, summary, association, keyboard', () => {
  it('validates each wizard step before moving on and focuses the next step heading', async () => {
    const form = await mount(formFixtures.wizard);
    await ready(form);
    const visibleStep = () => $$<HTMLElement>(form, 'section.step').findIndex((s) => !s.hidden);
    expect(visibleStep()).to.equal(0);
    $<HTMLButtonElement>(form, 'button.next').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(visibleStep()).to.equal(0);
    expect(form.shadowRoot!.activeElement).to.equal(byLabel(form, 'Nom'));
    type(byLabel(form, 'Nom'), 'Durand');
    $<HTMLButtonElement>(form, 'button.next').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(visibleStep()).to.equal(1);
    expect(form.shadowRoot!.activeElement!.textContent).to.contain('Étape 2 sur 3');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('shows an error summary on submit linking to the fields, and fires dui-submit when valid', async () => {
    const form = await mount(formFixtures.person, { data: { sex: 'F' } });
    let submitted: unknown;
    form.addEventListener('dui-submit', (e) => (submitted = e.detail.data));
    expect(await form.submit()).to.equal(false);
    await form.updateComplete;
    const links = $$<HTMLAnchorElement>(form, '.summary a');
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Nom de naissance : Ce champ est obligatoire.',
      'Date de naissance : Ce champ est obligatoire.',
    ]);
    links[1].click();
    expect(form.shadowRoot!.activeElement).to.equal(byLabel(form, 'Date de naissance'));
    type(byLabel(form, 'Nom de naissance'), 'Martin');
    type(byLabel(form, 'Date de naissance'), '1950-01-02');
    expect(await form.submit()).to.equal(true);
    expect(submitted).to.deep.equal({ sex: 'F', lastName: 'Martin', birthDate: '1950-01-02' });
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('shows host-injected errors at once, in English when asked', async () => {
    const form = await mount(formFixtures.person, {
      locale: 'en',
      data: {},
      additionalErrors: [{ path: '/email', keyword: 'server', message: 'Already used', params: {} }],
    });
    expect(byLabel(form, 'Courriel').getAttribute('aria-invalid')).to.equal('true');
    expect($(form, 'button.submit').textContent).to.equal('Submit');
    const errors = await form.validate();
    expect(errors.map((e) => e.path)).to.include.members([
      '/email',
      '/lastName'.replace('/lastName', '/birthDate'),
    ]);
  });

  it('takes part in a native form: value, validity, reset', async () => {
    document.body.innerHTML = '<main><form><dui-form name="usager" no-submit></dui-form></form></main>';
    const form = document.querySelector('dui-form')!;
    Object.assign(form, {
      schema: formFixtures.calculated.schema,
      uischema: formFixtures.calculated.uischema,
      data: { a: 1, b: 2 },
    });
    await form.updateComplete;
    await ready(form);
    const total = byLabel(form, 'Total');
    expect(total.value).to.equal('3');
    expect(total.readOnly).to.equal(true);
    type(byLabel(form, 'Item A'), '10');
    expect(total.value).to.equal('12');
    expect(JSON.parse(new FormData(document.querySelector('form')!).get('usager') as string)).to.deep.equal({
      a: 10,
      b: 2,
      total: 12,
    });
    expect(form.checkValidity()).to.equal(true);
    document.querySelector('form')!.reset();
    expect(byLabel(form, 'Item A').value).to.equal('1');
    expect(form.dirty).to.equal(false);
  });

  it('walks the form with the keyboard', async () => {
    document.body.innerHTML =
      '<main><button id="before">avant</button><dui-form locale="fr"></dui-form></main>';
    const form = document.querySelector('dui-form')!;
    Object.assign(form, { schema: formFixtures.tabs.schema, uischema: formFixtures.tabs.uischema, data: {} });
    await form.updateComplete;
    document.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    const tab0 = $$<HTMLButtonElement>(form, '[role=tab]')[0];
    expect(form.shadowRoot!.activeElement).to.equal(tab0);
    await sendKeys({ press: 'ArrowRight' });
    expect(form.shadowRoot!.activeElement!.textContent).to.equal('Séjour');
    const room = byLabel(form, 'Chambre');
    // A date input takes one Tab stop per segment (day, month, year) in Chromium.
    for (let i = 0; i < 8 && form.shadowRoot!.activeElement !== room; i++) await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement).to.equal(room);
    await sendKeys({ type: '12' });
    expect((form.value as { room: number }).room).to.equal(12);
    blur(room);
  });

  it('checks INS and FINESS keys in their widgets', async () => {
    expect(checkIns('2 55 08 14 168 025 38')).to.equal('ok');
    expect(checkIns('255081416802539')).to.equal('key');
    expect(checkIns('2550814')).to.equal('format');
    expect(checkFiness('750712184')).to.equal('ok');
    expect(checkFiness('750712185')).to.equal('key');
    const form = await mount(formFixtures.identifiers);
    const ins = byLabel(form, 'Matricule INS');
    type(ins, '2 55 08 14 168 025 39');
    blur(ins);
    expect(ins.getAttribute('aria-invalid')).to.equal('true');
    type(ins, '2 55 08 14 168 025 38');
    expect(ins.hasAttribute('aria-invalid')).to.equal(false);
    expect((form.value as { ins: string }).ins).to.equal('255081416802538');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('marks a read-only checkbox group per checkbox, as ARIA allows', async () => {
    const form = await mount(
      {
        schema: {
          type: 'object',
          required: ['languages'],
          properties: {
            languages: { type: 'array', title: 'Langues', uniqueItems: true, items: { enum: ['fr', 'en'] } },
            sex: { type: 'string', title: 'Sexe', enum: ['F', 'M'] },
          },
        },
        uischema: {
          type: 'VerticalLayout',
          elements: [
            { type: 'Control', scope: '#/properties/languages' },
            { type: 'Control', scope: '#/properties/sex', options: { format: 'radio' } },
          ],
        },
        data: { languages: ['fr'], sex: 'F' },
      },
      { mode: 'readonly' },
    );
    const group = $(form, '[role="group"]');
    expect(group.hasAttribute('aria-readonly')).to.equal(false);
    expect(group.hasAttribute('aria-required')).to.equal(false);
    expect([...group.querySelectorAll('input')].map((i) => i.getAttribute('aria-readonly'))).to.deep.equal([
      'true',
      'true',
    ]);
    expect($(form, '[role="radiogroup"]').getAttribute('aria-readonly')).to.equal('true');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('renders read-only (focusable) and print views', async () => {
    const form = await mount(formFixtures.person, { mode: 'readonly' });
    expect(byLabel(form, 'Nom de naissance').readOnly).to.equal(true);
    expect(byLabel(form, 'Nom de naissance').disabled).to.equal(false);
    form.mode = 'print';
    await form.whenReady();
    const dts = $$(form, '.print dt').map((d) => d.textContent);
    expect(dts).to.include('Sexe');
    const sex = $$(form, '.print dt').find((d) => d.textContent === 'Sexe')!;
    expect(sex.nextElementSibling!.textContent).to.equal('Féminin');
    expect(await axeViolations(form)).to.deep.equal([]);
  });
});
