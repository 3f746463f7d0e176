import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { formFixtures } from '../../stories/fixtures/forms/index.js';
import { evaluateForm } from '@duikit/core/form';
import { axeViolations, blur, byLabel, mount, type } from './form/helpers.js';

const trusted = (policy: 'keep' | 'clear' | 'exclude') => ({
  ...formFixtures.person,
  data: {
    lastName: 'Martin',
    sex: 'F',
    birthDate: '1948-05-12',
    hasTrustedPerson: true,
    trustedPerson: 'Anne',
  },
  uischema: {
    type: 'VerticalLayout' as const,
    elements: [
      { type: 'Control' as const, scope: '#/properties/hasTrustedPerson' },
      {
        type: 'Control' as const,
        scope: '#/properties/trustedPerson',
        options: { hiddenValue: policy },
        rule: {
          effect: 'SHOW' as const,
          condition: { scope: '#/properties/hasTrustedPerson', schema: { const: true } },
        },
      },
    ],
  },
});

describe('<dui-form> policies, messages, drafts', () => {
  it('keeps, clears or excludes the value of a field a rule hides', async () => {
    const results: Record<string, unknown> = {};
    for (const policy of ['keep', 'clear', 'exclude'] as const) {
      const form = await mount(trusted(policy));
      let changed: Record<string, unknown> = {};
      form.addEventListener('dui-change', (e) => (changed = e.detail.data as Record<string, unknown>));
      let submitted: Record<string, unknown> = {};
      form.addEventListener('dui-submit', (e) => (submitted = e.detail.data as Record<string, unknown>));
      byLabel(form, 'A désigné une personne de confiance').click();
      await form.submit();
      results[policy] = [changed.trustedPerson, submitted.trustedPerson];
    }
    expect(results).to.deep.equal({
      keep: ['Anne', 'Anne'],
      clear: [undefined, undefined],
      exclude: ['Anne', undefined],
    });
  });

  it('submits no hidden value under clear, even one the host set, as the server computes it', async () => {
    const f = trusted('clear');
    const form = await mount({ ...f, data: { ...f.data, hasTrustedPerson: false } });
    let submitted: Record<string, unknown> = {};
    form.addEventListener('dui-submit', (e) => (submitted = e.detail.data as Record<string, unknown>));
    await form.submit();
    expect(form.value).to.deep.include({ trustedPerson: 'Anne' }); // the host's data is not rewritten
    expect(submitted).to.not.have.property('trustedPerson');
    const model = evaluateForm(f.schema, f.uischema, form.value);
    expect(model.submitted).to.deep.equal(submitted);
  });

  it('shows the custom message of the schema (ajv-errors errorMessage)', async () => {
    const form = await mount(formFixtures.person);
    const input = byLabel(form, 'Nom de naissance');
    type(input, 'M');
    blur(input);
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(form.shadowRoot!.getElementById(ids[ids.length - 1])!.textContent).to.equal(
      'Indiquez le nom de naissance.',
    );
  });

  it('tracks the dirty flag and fires dui-draft once changes settle', async () => {
    const form = await mount(formFixtures.person, { draftDelay: 30 });
    expect(form.dirty).to.equal(false);
    const drafts: unknown[] = [];
    form.addEventListener('dui-draft', (e) => drafts.push(e.detail));
    type(byLabel(form, 'Prénom'), 'É');
    type(byLabel(form, 'Prénom'), 'Él');
    expect(form.dirty).to.equal(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(drafts.length).to.equal(1);
    expect((drafts[0] as { data: { firstName: string } }).data.firstName).to.equal('Él');
    form.data = { lastName: 'Durand' };
    await form.updateComplete;
    expect(form.dirty).to.equal(false);
  });

  it('disables every control when disabled, and stays accessible', async () => {
    const form = await mount(formFixtures.person, { disabled: true });
    expect(form.shadowRoot!.querySelector('fieldset.body')!.hasAttribute('disabled')).to.equal(true);
    expect(byLabel(form, 'Nom de naissance').matches(':disabled')).to.equal(true);
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('marks a number field with unparseable input as invalid instead of dropping it silently', async () => {
    const form = await mount(formFixtures.person);
    const age = byLabel(form, 'Âge');
    age.focus();
    document.execCommand('insertText', false, '1e');
    blur(age);
    const errors = await form.validate();
    expect(errors.some((e) => e.path === '/age')).to.equal(errors.some((e) => e.keyword === 'unparseable'));
  });
});
