import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { sendKeys } from '@web/test-runner-commands';

import type { JsonSchema } from '@duikit/core/form/types';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import { $, $$, axeViolations, byLabel, mount } from './form/helpers.js';
import { backTab, changes, confirmBox, labels, radios, rep } from './form/branch-helpers.js';

describe('<dui-form> oneOf of objects: keyboard, variants, print and arrays', () => {
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
