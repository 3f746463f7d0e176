import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import type { DuiFormChangeDetail } from '../../packages/components/src/events/dui-form-events.js';
import { $, $$, axeViolations, blur, byLabel, mount, ready, type } from './form/helpers.js';

describe('<dui-form> controls', () => {
  it('renders every basic control type from the schema and UI schema', async () => {
    const form = await mount(formFixtures.person);
    expect(byLabel(form, 'Nom de naissance').type).to.equal('text');
    expect(byLabel(form, 'Nom de naissance').value).to.equal('Martin');
    expect(byLabel(form, 'Courriel').type).to.equal('email');
    expect(byLabel(form, 'Observations').tagName).to.equal('TEXTAREA');
    const age = byLabel(form, 'Âge');
    expect([age.type, age.min, age.max, age.step]).to.deep.equal(['number', '0', '130', '1']);
    expect(byLabel(form, 'Poids (kg)').step).to.equal('0.1');
    expect(byLabel(form, 'Date de naissance').type).to.equal('date');
    expect(byLabel(form, 'Heure du lever').type).to.equal('time');
    expect(byLabel(form, 'Entrée le').type).to.equal('datetime-local');
    expect(byLabel<HTMLSelectElement>(form, 'Mesure de protection').tagName).to.equal('SELECT');
    expect(byLabel(form, 'A désigné une personne de confiance').type).to.equal('checkbox');
    const radios = $$(form, 'fieldset[role=radiogroup] input[type=radio]');
    expect(radios.map((r) => r.labels![0].textContent)).to.deep.equal(['Féminin', 'Masculin']);
    expect(radios[0].checked).to.equal(true);
    const legends = $$(form, 'legend').map((l) => l.textContent.replace(' *', ''));
    expect(legends).to.include.members(['Sexe', 'Langues parlées', 'Adresse']);
    expect($$(form, 'input[type=checkbox]').length).to.equal(5);
    expect(byLabel(form, 'Commune').id).to.equal('f-address-city');
  });

  it('links label, hint and error in one shadow tree with aria attributes', async () => {
    const form = await mount(formFixtures.person);
    const first = byLabel(form, 'Prénom');
    expect(form.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Premier prénom de l’acte de naissance',
    );
    const last = byLabel(form, 'Nom de naissance');
    expect(last.getAttribute('aria-required')).to.equal('true');
    await ready(form);
    type(last, '');
    expect(last.hasAttribute('aria-invalid')).to.equal(false); // not before the field is left
    blur(last);
    expect(last.getAttribute('aria-invalid')).to.equal('true');
    const ids = last.getAttribute('aria-describedby')!.split(' ');
    expect(form.shadowRoot!.getElementById(ids[ids.length - 1])!.textContent).to.equal(
      'Ce champ est obligatoire.',
    );
  });

  it('fires dui-change on each keystroke with a new data object, never mutating the host data', async () => {
    const data = { lastName: 'Martin', sex: 'F', birthDate: '1948-05-12' };
    const form = await mount({ ...formFixtures.person, data });
    const seen: DuiFormChangeDetail[] = [];
    form.addEventListener('dui-change', (e) => seen.push(e.detail));
    const input = byLabel(form, 'Nom de naissance');
    type(input, 'M');
    type(input, 'Ma');
    expect(seen.map((d) => (d.data as { lastName: string }).lastName)).to.deep.equal(['M', 'Ma']);
    expect(seen[0].path).to.equal('/lastName');
    expect(seen[0].data).to.not.equal(seen[1].data);
    expect(data.lastName).to.equal('Martin');
    form.data = { lastName: 'Durand' };
    await form.updateComplete;
    expect(seen.length).to.equal(2);
    expect(input.value).to.equal('Durand');
  });

  it('parses numbers, enums, booleans and multi-selects to typed values', async () => {
    const form = await mount(formFixtures.person);
    let last: Record<string, unknown> = {};
    form.addEventListener('dui-change', (e) => (last = e.detail.data as Record<string, unknown>));
    type(byLabel(form, 'Âge'), '81');
    expect(last.age).to.equal(81);
    const select = byLabel<HTMLSelectElement>(form, 'Mesure de protection');
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    expect(last.protection).to.equal('tutelle');
    const box = byLabel(form, 'A désigné une personne de confiance');
    box.click();
    expect(last.hasTrustedPerson).to.equal(true);
    const lsf = $$(form, 'input[type=checkbox]').find((i) => i.labels![0].textContent === 'LSF')!;
    lsf.click();
    expect(last.languages).to.deep.equal(['LSF']);
    type(byLabel(form, 'Commune'), 'Lyon');
    expect(last.address).to.deep.equal({ city: 'Lyon' });
  });

  it('has no axe-core violations, empty, filled and with errors shown', async () => {
    const form = await mount(formFixtures.person);
    expect(await axeViolations(form)).to.deep.equal([]);
    await form.validate();
    await form.updateComplete;
    expect(await axeViolations(form)).to.deep.equal([]);
  });
});

describe('<dui-form> rules and arrays', () => {
  it('shows and hides a control by a schema-based rule', async () => {
    const form = await mount(formFixtures.person);
    const trusted = byLabel(form, 'Personne de confiance');
    expect(trusted.closest('.field')!.hasAttribute('hidden')).to.equal(true);
    byLabel(form, 'A désigné une personne de confiance').click();
    expect(trusted.closest('.field')!.hasAttribute('hidden')).to.equal(false);
  });

  it('evaluates conditions inside array items against the item', async () => {
    const form = await mount(formFixtures.contacts);
    const others = $$(form, 'li.item').map((li) => li.querySelectorAll('.field')[2] as HTMLElement);
    expect(others.map((f) => f.hidden)).to.deep.equal([true, false]);
    const role0 = $$<HTMLSelectElement>(form, 'li.item select')[0];
    role0.value = '2';
    role0.dispatchEvent(new Event('change'));
    const after = $$(form, 'li.item').map((li) => (li.querySelectorAll('.field')[2] as HTMLElement).hidden);
    expect(after).to.deep.equal([false, false]);
  });

  it('adds, moves and removes array items', async () => {
    const form = await mount(formFixtures.contacts);
    let last: { contacts?: { name?: string }[] } = {};
    form.addEventListener('dui-change', (e) => (last = e.detail.data as typeof last));
    $<HTMLButtonElement>(form, '.array button.add').click();
    expect($$(form, 'li.item').length).to.equal(3);
    expect(last.contacts!.length).to.equal(3);
    const down = $$<HTMLButtonElement>(form, 'li.item button.down')[0];
    down.click();
    expect(last.contacts!.map((c) => c.name)).to.deep.equal(['Anne Leroy', 'Paul Martin', undefined]);
    $$<HTMLButtonElement>(form, 'li.item button.remove')[0].click();
    expect(last.contacts!.map((c) => c.name)).to.deep.equal(['Paul Martin', undefined]);
    expect($$(form, 'li.item').length).to.equal(2);
    type($$(form, 'li.item input')[0], 'Paul M.');
    expect(last.contacts![0].name).to.equal('Paul M.');
  });

  it('has no axe-core violations with arrays', async () => {
    const form = await mount(formFixtures.contacts);
    expect(await axeViolations(form)).to.deep.equal([]);
  });
});
