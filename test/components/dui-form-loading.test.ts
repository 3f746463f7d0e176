// What a form loads on first use: the renderers it needs (wizard, arrays…), with their strings
// and styles; a form without them carries none.
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import type { JsonSchema } from '../../packages/components/src/form/types.js';
import { registerLazyRenderer } from '../../packages/components/src/form/registry.js';
import { formatIs, rankWith } from '../../packages/components/src/form/testers.js';
import { $, $$, axeViolations, mount } from './form/helpers.js';

const contacts: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Nom' },
    phones: { type: 'array', title: 'Téléphones', items: { type: 'string', title: 'Numéro' } },
  },
};

describe('<dui-form> parts loaded on first use', () => {
  it('keeps what the person typed while a renderer loads', async () => {
    document.body.innerHTML = '<main><h1>Test</h1></main>';
    const form = document.createElement('dui-form');
    Object.assign(form, { locale: 'en', schema: contacts, data: { name: 'Dupont' } });
    document.querySelector('main')!.append(form);
    await new Promise((r) => setTimeout(r, 0));
    // The first form of the page that has an array: its renderer is still on its way.
    expect(form.shadowRoot!.querySelector('.loading')?.getAttribute('aria-busy')).to.equal('true');
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=text]')!;
    name.value = 'Durand';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect((form.value as { name: string }).name).to.equal('Durand');
    expect($<HTMLInputElement>(form, 'input[type=text]').value).to.equal('Durand');
    expect($$(form, 'button').some((b) => b.textContent.includes('Add'))).to.equal(true);
  });

  it('mounts an array once its renderer is here, with its strings and styles', async () => {
    const form = await mount({ schema: contacts, data: { name: 'Dupont', phones: ['0102030405'] } });
    expect($$(form, '.loading')).to.have.length(0);
    const add = $<HTMLButtonElement>(form, 'button.add');
    expect(add.textContent).to.contain('Ajouter');
    expect(getComputedStyle($<HTMLElement>(form, '.items')).listStyleType).to.equal('none');
    expect($<HTMLInputElement>(form, 'input[type=text]').value).to.equal('Dupont');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('renders in place a widget first needed by an item added after the mount', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        residents: {
          type: 'array',
          title: 'Résidents',
          items: {
            type: 'object',
            properties: { ins: { type: 'string', format: 'ins', title: 'Matricule INS' } },
          },
        },
      },
    };
    const form = await mount({ schema, data: { residents: [] } });
    $<HTMLButtonElement>(form, 'button.add').click();
    await form.updateComplete;
    expect($$(form, '.loading')).to.have.length(0);
    const ins = $<HTMLInputElement>(form, '.items input');
    expect(ins.labels?.[0]?.textContent).to.contain('Matricule INS');
    ins.value = '255082A00101562';
    ins.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect((form.value as { residents: { ins?: string }[] }).residents[0].ins).to.equal('255082A00101562');
    expect(await axeViolations(form)).to.deep.equal([]);
  });

  it('says so in place of a renderer that cannot be loaded, and tries again on the next mount', async () => {
    let attempts = 0;
    registerLazyRenderer(
      rankWith(50, formatIs('body-map')),
      () => {
        attempts++;
        return Promise.reject(new Error('offline'));
      },
      'body-map',
    );
    const schema: JsonSchema = {
      type: 'object',
      properties: { name: { type: 'string', title: 'Nom' }, map: { type: 'string', format: 'body-map' } },
    };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args[0]);
    try {
      const form = await mount({ schema, data: { name: 'Dupont' } });
      const failed = $<HTMLElement>(form, '[role=alert].error');
      expect(failed.textContent).to.contain('n’a pas pu être chargée');
      expect(failed.hasAttribute('aria-busy')).to.equal(false);
      expect($<HTMLInputElement>(form, 'input[type=text]').value).to.equal('Dupont');
      expect(attempts).to.equal(1);
      expect(String(errors[0])).to.contain('"body-map" renderer could not be loaded');
      form.schema = { ...schema };
      await form.updateComplete;
      expect(attempts).to.equal(2);
    } finally {
      console.error = log;
      registerLazyRenderer(
        () => -1,
        () => Promise.reject(new Error('unused')),
        'body-map',
      );
    }
  });

  it('adopts no extra stylesheet for a form of plain fields', async () => {
    const plain = await mount({ schema: { type: 'object', properties: { a: { type: 'string' } } } });
    const withArray = await mount({ schema: contacts });
    expect(withArray.shadowRoot!.adoptedStyleSheets.length).to.equal(
      plain.shadowRoot!.adoptedStyleSheets.length + 1,
    );
  });
});
