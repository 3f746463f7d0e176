import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { sendKeys } from '@web/test-runner-commands';

import type { DuiFormChangeDetail } from '../../packages/components/src/events/dui-form-events.js';
import type { DuiForm } from '../../packages/components/src/dui-form/dui-form.component.js';
import type { JsonSchema } from '../../packages/components/src/form/types.js';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import { $, $$, axeViolations, byLabel, mount, ready } from './form/helpers.js';

const guardian: JsonSchema = {
  type: 'object',
  properties: {
    hasGuardian: { type: 'boolean', title: 'Sous mesure de protection' },
    guardianName: { type: 'string', title: 'Nom du tuteur' },
  },
  if: { properties: { hasGuardian: { const: true } }, required: ['hasGuardian'] },
  then: { required: ['guardianName'] },
};

const starred = (el: HTMLInputElement) => !!el.labels?.[0]?.querySelector('.req');

describe('<dui-form> required marks from if/then/else', () => {
  it('shows and clears the star and aria-required as the if holds, on mount and on host data', async () => {
    const form = await mount({ schema: guardian, data: {} });
    const name = byLabel(form, 'Nom du tuteur');
    expect(name.hasAttribute('aria-required')).to.equal(false);
    expect(starred(name)).to.equal(false);
    byLabel(form, 'Sous mesure de protection').click();
    expect(name.getAttribute('aria-required')).to.equal('true');
    expect(starred(name)).to.equal(true);
    byLabel(form, 'Sous mesure de protection').click();
    expect(name.hasAttribute('aria-required')).to.equal(false);
    expect(starred(name)).to.equal(false);
    form.data = { hasGuardian: true };
    await form.updateComplete;
    expect(name.getAttribute('aria-required')).to.equal('true');
    const again = await mount({ schema: guardian, data: { hasGuardian: true } });
    expect(byLabel(again, 'Nom du tuteur').getAttribute('aria-required')).to.equal('true');
    expect(await axeViolations(again)).to.deep.equal([]);
    const story = await mount({ ...formFixtures.guardianship, data: { underProtection: true } });
    expect(byLabel(story, 'Date du jugement').getAttribute('aria-required')).to.equal('true');
    expect(await axeViolations(story)).to.deep.equal([]);
  });

  it('reads else, allOf parts and nested objects', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        entry: {
          type: 'object',
          title: 'Admission',
          properties: {
            mode: { type: 'string', title: 'Mode', enum: ['urgence', 'programmée'] },
            reason: { type: 'string', title: 'Motif' },
            date: { type: 'string', format: 'date', title: 'Date prévue' },
          },
          allOf: [
            {
              if: { properties: { mode: { const: 'urgence' } }, required: ['mode'] },
              then: { required: ['reason'] },
              else: { required: ['date'] },
            },
          ],
        },
      },
    };
    const form = await mount({ schema, data: { entry: { mode: 'urgence' } } });
    const [reason, date] = [byLabel(form, 'Motif'), byLabel(form, 'Date prévue')];
    expect([reason.ariaRequired, date.ariaRequired]).to.deep.equal(['true', null]);
    const mode = byLabel<HTMLSelectElement>(form, 'Mode');
    mode.value = '1';
    mode.dispatchEvent(new Event('change'));
    expect([reason.ariaRequired, date.ariaRequired]).to.deep.equal([null, 'true']);
  });

  it('evaluates the if of an array item against that item', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        contacts: {
          type: 'array',
          title: 'Contacts',
          items: {
            type: 'object',
            properties: {
              role: { type: 'string', title: 'Rôle', enum: ['famille', 'médecin'] },
              rpps: { type: 'string', title: 'Numéro RPPS' },
            },
            if: { properties: { role: { const: 'médecin' } }, required: ['role'] },
            then: { required: ['rpps'] },
          },
        },
      },
    };
    const form = await mount({ schema, data: { contacts: [{ role: 'famille' }, { role: 'médecin' }] } });
    const rpps = $$(form, 'input').filter((i) => i.labels?.[0]?.textContent?.startsWith('Numéro RPPS'));
    expect(rpps.map((i) => i.ariaRequired)).to.deep.equal([null, 'true']);
    const role = $$<HTMLSelectElement>(form, 'select')[0];
    role.value = '1';
    role.dispatchEvent(new Event('change'));
    expect(rpps.map((i) => i.ariaRequired)).to.deep.equal(['true', 'true']);
  });
});

const radios = (form: DuiForm) => $$(form, '.combinator-choice input[type=radio]');
const labels = (form: DuiForm) =>
  $$<HTMLLabelElement>(form, 'label').map((l) => l.textContent.replace(' *', ''));
const changes = (form: DuiForm) => {
  const seen: DuiFormChangeDetail[] = [];
  form.addEventListener('dui-change', (e) => seen.push(e.detail));
  return seen;
};
const confirmBox = (form: DuiForm) => $<HTMLElement>(form, '.combinator-confirm');
const backTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const rep = (d: unknown) => (d as { representative: Record<string, unknown> }).representative;

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

  it('keyboard only: Space chooses, arrows switch, the confirmation is reachable, then the branch is filled', async () => {
    const form = await mount({ ...formFixtures.representative, data: {} });
    const seen = changes(form);
    const active = () => form.shadowRoot!.activeElement as HTMLElement;
    radios(form)[0].focus();
    await sendKeys({ press: 'Space' });
    expect(radios(form)[0].checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(byLabel(form, 'Nom'));
    await sendKeys({ type: 'Roux' });
    await backTab();
    expect(active()).to.equal(radios(form)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(confirmBox(form).hidden).to.equal(false);
    expect(active().textContent).to.equal('Annuler');
    await backTab();
    expect(active().textContent).to.equal('Changer et effacer');
    await sendKeys({ press: 'Enter' });
    expect(active()).to.equal(byLabel(form, 'Raison sociale'));
    await sendKeys({ type: 'UDAF 35' });
    expect(rep(seen[seen.length - 1].data)).to.deep.equal({ kind: 'organisme', organisation: 'UDAF 35' });
  });

  it('offers a select past four branches and tabs by option', async () => {
    const many: JsonSchema = {
      type: 'object',
      properties: {
        v: {
          title: 'Hébergement',
          oneOf: ['EHPAD', 'Résidence autonomie', 'Famille d’accueil', 'Domicile', 'USLD'].map(
            (title, i) => ({
              title,
              properties: { k: { const: i }, note: { type: 'string', title: `Précision ${i + 1}` } },
            }),
          ),
        },
      },
    };
    const form = await mount({ schema: many, data: { v: { k: 3 } } });
    const select = byLabel<HTMLSelectElement>(form, 'Hébergement');
    expect(select.tagName).to.equal('SELECT');
    expect(select.selectedOptions[0].textContent).to.equal('Domicile');
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    expect(labels(form)).to.include('Précision 5');
    const tabs = await mount({
      schema: many,
      uischema: {
        type: 'Control',
        scope: '#/properties/v',
        options: {
          variant: 'tabs',
          // options.detail per branch, by title (or index): scopes are relative to the branch.
          detail: {
            'Famille d’accueil': {
              type: 'Group',
              label: 'Accueil familial',
              elements: [{ type: 'Control', scope: '#/properties/note', label: 'Nom de l’accueillant' }],
            },
          },
        },
      },
      data: { v: { k: 1 } },
    });
    const list = $$<HTMLButtonElement>(tabs, '[role=tab]');
    expect(list.map((b) => b.ariaSelected)).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    expect($(tabs, '[role=tabpanel]').getAttribute('aria-labelledby')).to.equal(list[1].id);
    list[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(tabs.shadowRoot!.activeElement).to.equal(list[2]);
    expect(list[1].ariaSelected).to.equal('true'); // moving does not choose
    list[2].click();
    expect(list[2].ariaSelected).to.equal('true');
    expect($(tabs, '[role=tabpanel] legend').textContent).to.equal('Accueil familial');
    expect(labels(tabs)).to.include('Nom de l’accueillant');
    expect(await axeViolations(tabs)).to.deep.equal([]);
  });

  it('prints the chosen branch’s title and values; read-only keeps the chooser focusable', async () => {
    const form = await mount(formFixtures.representative, { mode: 'print' });
    const text = $(form, '.print').textContent;
    expect(text).to.contain('Personne physique (proche, famille)');
    expect(text).to.contain('Anne');
    expect(text).to.not.contain('Raison sociale');
    expect(await axeViolations(form)).to.deep.equal([]);
    const ro = await mount(formFixtures.representative, { mode: 'readonly' });
    const [, org] = radios(ro);
    org.click();
    expect(radios(ro).map((r) => r.checked)).to.deep.equal([true, false]);
    expect(confirmBox(ro).hidden).to.equal(true);
    expect($(ro, 'fieldset.combinator-choice').getAttribute('aria-readonly')).to.equal('true');
  });

  it('gives each array item its own selector: a new item starts empty, print shows each branch', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        helpers: {
          type: 'array',
          title: 'Intervenants',
          items: {
            anyOf: [
              {
                title: 'Aidant',
                properties: { t: { const: 'aidant' }, name: { type: 'string', title: 'Nom' } },
              },
              {
                title: 'SSIAD',
                properties: { t: { const: 'ssiad' }, finess: { type: 'string', title: 'FINESS' } },
              },
            ],
          },
        },
      },
    };
    const form = await mount({ schema, data: { helpers: [{ t: 'ssiad', finess: '350000000' }] } });
    const seen = changes(form);
    expect(radios(form).map((r) => r.checked)).to.deep.equal([false, true]);
    $<HTMLButtonElement>(form, 'button.add').click();
    expect((seen[0].data as { helpers: unknown[] }).helpers[1]).to.deep.equal({});
    radios(form)[2].click();
    expect((seen[1].data as { helpers: unknown[] }).helpers[1]).to.deep.equal({ t: 'aidant' });
    expect(labels(form).filter((l) => l === 'Nom')).to.have.length(1);
    const print = await mount(
      { schema, data: { helpers: [{ t: 'aidant', name: 'Paul' }] } },
      { mode: 'print' },
    );
    expect($(print, '.print').textContent).to.contain('AidantNomPaul');
  });

  it('keeps today’s behaviour for nullable anyOf and oneOf of const', async () => {
    const form = await mount(formFixtures.person);
    expect($$(form, '.combinator').length).to.equal(0);
    const note = await mount(formFixtures.conditional);
    expect(byLabel(note, 'Note').type).to.equal('text');
  });
});
