// JSON Forms' presentation options on a Control, as its documentation defines them:
// `focus` (focused when rendered), `trim` (as wide as `maxLength`), `showUnfocusedDescription`
// (`false`: the description shows only while the field has focus).
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import { axeViolations, byLabel, mount } from './form/helpers.js';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Nom', description: 'Nom de naissance' },
    postcode: { type: 'string', title: 'Code postal', maxLength: 5, description: 'Cinq chiffres' },
    city: { type: 'string', title: 'Commune', maxLength: 5 },
  },
};

const uischema: UiSchema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/name' },
    {
      type: 'Control',
      scope: '#/properties/postcode',
      options: { focus: true, trim: true, showUnfocusedDescription: false },
    },
    { type: 'Control', scope: '#/properties/city' },
  ],
};

const hint = (input: HTMLElement) =>
  input.getRootNode() instanceof ShadowRoot
    ? (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-describedby')!)!
    : undefined;

describe('<dui-form> Control options', () => {
  it('focuses the control with options.focus once the form is shown', async () => {
    const form = await mount({ schema, uischema, data: {} });
    await form.updateComplete;
    expect(form.shadowRoot!.activeElement).to.equal(byLabel(form, 'Code postal'));
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('trims a field to its maxLength, and shows its description only while it has focus', async () => {
    const form = await mount({ schema, uischema, data: {} });
    await form.updateComplete;
    const postcode = byLabel(form, 'Code postal');
    const city = byLabel(form, 'Commune');
    expect(postcode.getBoundingClientRect().width).to.be.lessThan(city.getBoundingClientRect().width / 2);
    expect(postcode.maxLength).to.equal(5);

    const description = hint(postcode)!;
    expect(description.textContent).to.equal('Cinq chiffres');
    expect(description.checkVisibility()).to.equal(true); // focused at mount
    byLabel(form, 'Nom').focus();
    expect(description.checkVisibility()).to.equal(false);
    // Still the field's description for assistive technologies.
    expect(postcode.getAttribute('aria-describedby')).to.contain(description.id);
    // By default a description always shows.
    expect(hint(byLabel(form, 'Nom'))!.checkVisibility()).to.equal(true);
    postcode.focus();
    expect(description.checkVisibility()).to.equal(true);
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('does not take the focus again when the language changes', async () => {
    const form = await mount({ schema, uischema, data: {} });
    await form.updateComplete;
    const name = byLabel(form, 'Nom');
    name.value = 'Durand';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    name.focus();
    form.locale = 'en';
    await form.updateComplete;
    await form.whenReady();
    expect(form.shadowRoot!.activeElement).to.not.equal(byLabel(form, 'Code postal'));
  });
});
