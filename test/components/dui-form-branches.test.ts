import { expect } from 'chai';
import 'axe-core/axe.min.js';

import type { JsonSchema } from '@duikit/core/form/types';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import { $, axeViolations, byLabel, mount, ready } from './form/helpers.js';
import { changes, confirmBox, labels, radios, rep } from './form/branch-helpers.js';

describe('<dui-form> oneOf of objects: the branch selector', () => {
  it('chooses the branch the data is in and renders only its fields, in a radio fieldset', async () => {
    const form = await mount(formFixtures.representative);
    const group = $<HTMLFieldSetElement>(form, 'fieldset.combinator-choice');
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(group.querySelector('legend')!.textContent).to.equal('Représentant légal *');
    expect(radios(form).map((r) => r.labels![0].textContent)).to.deep.equal([
      'Personne physique (proche, famille)',
      'Organisme (mandataire judiciaire à la protection des majeurs)',
    ]);
    expect(radios(form).map((r) => r.checked)).to.deep.equal([true, false]);
    expect(byLabel(form, 'Prénom').value).to.equal('Anne');
    expect(byLabel(form, 'Nom').getAttribute('aria-required')).to.equal('true');
    expect(labels(form)).to.not.include('Raison sociale');
    expect(labels(form)).to.not.include('Kind'); // the const discriminator is written, not shown
    expect(await axeViolations(form)).to.deep.equal([]);
    const org = await mount({
      ...formFixtures.representative,
      data: { representative: { kind: 'organisme' } },
    });
    expect(radios(org).map((r) => r.checked)).to.deep.equal([false, true]);
    expect(labels(org)).to.include('Raison sociale');
  });

  it('without a discriminator, picks the branch the evaluator finds valid; with no data, none', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        payer: {
          title: 'Payeur',
          oneOf: [
            { title: 'Usager', properties: { ssn: { type: 'string', title: 'NIR' } }, required: ['ssn'] },
            {
              title: 'Département',
              properties: { ref: { type: 'string', title: 'Référence' } },
              required: ['ref'],
            },
          ],
        },
      },
    };
    const form = await mount({ schema, data: { payer: { ref: 'APA-12' } } });
    expect(radios(form).map((r) => r.checked)).to.deep.equal([false, true]);
    expect(byLabel(form, 'Référence').value).to.equal('APA-12');
    const empty = await mount({ schema, data: {} });
    expect(radios(empty).map((r) => r.checked)).to.deep.equal([false, false]);
    expect($<HTMLElement>(empty, '.combinator-branch').hidden).to.equal(true);
    expect(labels(empty)).to.deep.equal(['Usager', 'Département']);
    radios(empty)[0].click();
    expect(labels(empty)).to.include('NIR');
    expect(await axeViolations(empty)).to.deep.equal([]);
  });

  it('switching away from a branch that holds data asks first; confirm drops its fields, one dui-change', async () => {
    const form = await mount(formFixtures.representative);
    const seen = changes(form);
    radios(form)[1].click();
    const box = confirmBox(form);
    expect(box.hidden).to.equal(false);
    expect(box.getAttribute('role')).to.equal('alertdialog');
    expect(box.textContent).to.contain('Nom, Prénom, Lien avec l’usager');
    expect(radios(form).map((r) => r.checked)).to.deep.equal([true, false]);
    expect(form.shadowRoot!.activeElement!.textContent).to.equal('Annuler');
    expect(seen.length).to.equal(0);
    expect(await axeViolations(form)).to.deep.equal([]);
    $<HTMLButtonElement>(form, '.combinator-confirm .confirm').click();
    expect(box.hidden).to.equal(true);
    expect(seen.length).to.equal(1);
    expect(seen[0].path).to.equal('/representative');
    expect(rep(seen[0].data)).to.deep.equal({ kind: 'organisme' });
    expect(rep(formFixtures.representative.data)).to.have.property('firstName', 'Anne'); // never mutated
    expect(radios(form).map((r) => r.checked)).to.deep.equal([false, true]);
    expect(labels(form)).to.include('Raison sociale');
    expect(labels(form)).to.not.include('Prénom');
    expect(form.shadowRoot!.activeElement).to.equal(byLabel(form, 'Raison sociale'));
  });

  it('cancel (or Escape) leaves data, branch and events untouched and focuses the chooser', async () => {
    const form = await mount(formFixtures.representative);
    const seen = changes(form);
    radios(form)[1].click();
    $<HTMLButtonElement>(form, '.combinator-confirm .cancel').click();
    expect(confirmBox(form).hidden).to.equal(true);
    expect(seen.length).to.equal(0);
    expect(rep(form.value)).to.deep.equal(rep(formFixtures.representative.data));
    expect(byLabel(form, 'Prénom').value).to.equal('Anne');
    expect(form.shadowRoot!.activeElement).to.equal(radios(form)[0]);
    radios(form)[1].click();
    confirmBox(form).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(confirmBox(form).hidden).to.equal(true);
    expect(seen.length).to.equal(0);
  });

  it('switches without asking when the branch holds nothing, writing the new discriminator', async () => {
    const form = await mount({
      ...formFixtures.representative,
      data: { representative: { kind: 'personne' } },
    });
    const seen = changes(form);
    radios(form)[1].click();
    expect(confirmBox(form).hidden).to.equal(true);
    expect(seen.map((d) => rep(d.data))).to.deep.equal([{ kind: 'organisme' }]);
  });

  it('shows only the chosen branch’s errors, and « Choisissez une option » when none is chosen', async () => {
    const form = await mount({
      ...formFixtures.representative,
      data: { representative: { kind: 'personne' } },
    });
    await ready(form);
    const errors = await form.validate();
    const paths = errors.map((e) => e.path);
    expect(paths).to.include.members(['/representative/lastName', '/representative/firstName']);
    expect(paths).to.not.include('/representative/organisation');
    expect(paths).to.not.include('/representative/agent');
    expect(paths).to.not.include('/representative/kind');
    expect(errors.filter((e) => e.path === '/representative')).to.deep.equal([]);
    const none = await mount({ ...formFixtures.representative, data: {} });
    await ready(none);
    const all = await none.validate();
    expect(all.map((e) => [e.path, e.message])).to.deep.equal([
      ['/representative', 'Choisissez une option.'],
    ]);
    expect($(none, 'fieldset.combinator-choice .error').textContent).to.equal('Choisissez une option.');
    expect($(none, 'fieldset.combinator-choice').getAttribute('aria-invalid')).to.equal('true');
    expect(await axeViolations(none)).to.deep.equal([]);
    const en = await mount({ ...formFixtures.representative, data: {} }, { locale: 'en' });
    expect((await en.validate())[0].message).to.equal('Choose an option.');
  });
});
