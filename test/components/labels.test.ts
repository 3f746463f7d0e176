import { expect } from 'chai';
import { standardWorkflowFiles, type FormDefinition } from '@duikit/core';
import {
  localizeSchema,
  localizeUiSchema,
} from '../../packages/components/src/controllers/localize-schema.js';
import '../../packages/components/src/dui-form/dui-form.js';
import { axeViolations } from './fixtures/helpers.js';

type Json = Record<string, unknown>;

/** Every subschema of a form's schema with its JSON Pointer. */
function* subschemas(s: unknown, at = ''): Generator<[string, Json]> {
  if (!s || typeof s !== 'object') return;
  const o = s as Json;
  yield [at, o];
  for (const [name, p] of Object.entries((o.properties as Json) ?? {})) yield* subschemas(p, `${at}/${name}`);
  if (o.items) yield* subschemas(o.items, `${at}/items`);
}

async function render(form: FormDefinition, locale: 'fr' | 'en') {
  document.body.innerHTML = '<main><h1>Formulaire</h1></main>';
  const el = document.createElement('dui-form');
  Object.assign(el, {
    locale,
    schema: localizeSchema(form.schema, locale),
    uischema: localizeUiSchema(form.uischema, locale),
    data: {},
  });
  document.querySelector('main')!.append(el);
  await el.whenReady();
  return el;
}

describe('labels of the shipped forms', () => {
  it('give every field a title in French and English, and every coded value a oneOf with titles', () => {
    const missing: string[] = [];
    for (const form of standardWorkflowFiles.forms) {
      for (const [at, s] of subschemas(form.schema)) {
        // The root and array items are labelled by the form and the array.
        if (at === '' || at.endsWith('/items')) continue;
        const label = s['x-label'] as { fr?: string; en?: string } | undefined;
        if (!label?.fr || !label.en || s.title !== label.fr) missing.push(`${form.id}${at}: x-label`);
        if (Array.isArray(s.enum)) missing.push(`${form.id}${at}: bare enum`);
        for (const [i, o] of ((s.oneOf as Json[] | undefined) ?? []).entries()) {
          const l = o['x-label'] as { fr?: string; en?: string } | undefined;
          if (!('const' in o) || !o.title || !l?.fr || !l.en || o.title === o.const || l.en === o.const)
            missing.push(`${form.id}${at}/oneOf/${i}: title`);
        }
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('render in the page’s language, options by their titles, never their codes', async () => {
    const medical = standardWorkflowFiles.forms.find((f) => f.id === 'medical-opinion')!;
    let el = await render(medical, 'en');
    const text = el.shadowRoot!.textContent;
    expect(text).to.contain('Opinion');
    expect(text).to.contain('Date of the opinion');
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.text);
    expect(options).to.include.members(['Favourable', 'Favourable with reservations', 'Unfavourable']);
    el = await render(medical, 'fr');
    expect([...el.shadowRoot!.querySelectorAll('option')].map((o) => o.text)).to.include(
      'Favorable avec réserves',
    );
    for (const form of standardWorkflowFiles.forms) {
      const codes = [...subschemas(form.schema)].flatMap(([, s]) =>
        ((s.oneOf as Json[] | undefined) ?? []).map((o) => String(o.const)),
      );
      for (const locale of ['fr', 'en'] as const) {
        el = await render(form, locale);
        const shown = [...el.shadowRoot!.querySelectorAll('option, label')].map((o) => o.textContent.trim());
        expect(
          shown.filter((s) => codes.includes(s)),
          `${form.id} (${locale})`,
        ).to.deep.equal([]);
      }
    }
  });

  it('resolves x-label, title objects and x-enumLabels for a locale, and keeps the input intact', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string', title: 'Nom', 'x-label': { fr: 'Nom', en: 'Name' } },
        b: { type: 'string', title: { fr: 'Lieu', en: 'Place' } },
        c: {
          enum: ['x', 'y'],
          'x-enumLabels': { x: { fr: 'Ixe', en: 'Ex' }, y: { fr: 'Igrec', en: 'Why' } },
        },
        d: {
          type: 'array',
          items: { oneOf: [{ const: 1, title: 'Un', 'x-label': { fr: 'Un', en: 'One' } }] },
        },
      },
    };
    const copy = structuredClone(schema);
    const en = localizeSchema(schema, 'en') as unknown as { properties: Record<string, Json> };
    expect(en.properties.a.title).to.equal('Name');
    expect(en.properties.b.title).to.equal('Place');
    expect(en.properties.c.oneOf).to.deep.equal([
      { const: 'x', title: 'Ex' },
      { const: 'y', title: 'Why' },
    ]);
    expect(en.properties.c.enum).to.equal(undefined);
    expect(((en.properties.d.items as Json).oneOf as Json[])[0].title).to.equal('One');
    expect(localizeSchema(schema, 'en')).to.equal(en);
    expect((localizeSchema(schema, 'fr') as unknown as typeof en).properties.b.title).to.equal('Lieu');
    expect(schema).to.deep.equal(copy);
    expect(localizeUiSchema({ type: 'Label', text: { fr: 'Bonjour', en: 'Hello' } }, 'en')).to.deep.equal({
      type: 'Label',
      text: 'Hello',
    });
  });

  it('has no axe-core violations in a shipped form rendered in English', async () => {
    await render(
      standardWorkflowFiles.forms.find((f) => f.id === 'admission-request')!,
      'en',
    );
    expect(await axeViolations()).to.deep.equal([]);
  });
});
