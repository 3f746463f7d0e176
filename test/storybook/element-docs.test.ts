/**
 * .storybook/element-docs.ts: the Methods table, the code that reproduces a story and the
 * install snippets of the docs pages, from manifest entries.
 */
import { describe, expect, it } from 'vitest';
import {
  controlFor,
  elementSource,
  installSnippets,
  methodsOf,
  type ManifestElement,
} from '../../.storybook/element-docs.js';
import { undocumentedParts } from '../../scripts/smoke-storybook.mjs';

const form: ManifestElement = {
  tagName: 'dui-form',
  name: 'DuiForm',
  attributes: [
    { name: 'mode', fieldName: 'mode', type: { text: "'edit' | 'print'" } },
    { name: 'no-submit', fieldName: 'noSubmit', type: { text: 'boolean' } },
  ],
  members: [
    { kind: 'field', name: 'schema' },
    { kind: 'field', name: 'mode' },
    { kind: 'field', name: 'noSubmit' },
    {
      kind: 'method',
      name: 'validate',
      description: 'Shows every error.',
      return: { type: { text: 'Promise<FormError[]>' } },
    },
    {
      kind: 'method',
      name: 'adoptStyles',
      parameters: [{ name: 'styles', type: { text: 'CSSResult' } }],
      description: 'Adds styles.',
    },
    { kind: 'method', name: 'render' },
    { kind: 'method', name: 'formResetCallback' },
    { kind: 'method', name: 'define', static: true },
  ],
  events: [{ name: 'dui-submit', type: { text: 'CustomEvent<D>' } }],
};

describe('methodsOf', () => {
  it('lists public instance methods with signatures, not lit or form-associated callbacks', () => {
    expect(methodsOf(form)).toEqual([
      { name: 'validate', signature: 'validate(): Promise<FormError[]>', description: 'Shows every error.' },
      { name: 'adoptStyles', signature: 'adoptStyles(styles: CSSResult): void', description: 'Adds styles.' },
    ]);
  });
});

describe('elementSource', () => {
  it('writes attributes in the markup and assigns objects, functions and calls from script', () => {
    const code = elementSource({
      tag: 'dui-form',
      attributes: { mode: 'print', 'no-submit': true, locale: '', hidden: false },
      properties: { schema: { type: 'object', required: ['a'] }, uploadFile: async (f: File) => f.name },
      events: ['dui-submit'],
      after: ['validate();'],
    });
    expect(code).toContain('<dui-form mode="print" no-submit></dui-form>');
    expect(code).toContain("import '@duikit/components/dui-form';");
    expect(code).toContain("const form = document.querySelector('dui-form');");
    expect(code).toContain('form.schema = {\n    type: "object",\n    required: [\n      "a"\n    ]\n  };');
    expect(code).toMatch(/form\.uploadFile = async \(f\) => f\.name;/);
    expect(code).toContain("form.addEventListener('dui-submit', (e) => console.log(e.detail));");
    expect(code).toContain('form.validate();');
  });

  it('wraps a backend-driven element in a provider with the HTTP backend', () => {
    const code = elementSource({ tag: 'dui-task-inbox', attributes: { status: 'overdue' }, provider: true });
    expect(code).toContain(
      '<dui-provider>\n  <dui-task-inbox status="overdue"></dui-task-inbox>\n</dui-provider>',
    );
    expect(code).toContain(
      "document.querySelector('dui-provider').backend = createHttpBackend({ baseUrl: '' });",
    );
  });
});

describe('installSnippets', () => {
  it('shows npm, the bundle and each framework idiom with an object property and the first event', () => {
    const s = installSnippets(form, '0.3.1');
    expect(s.npm).toContain("import '@duikit/components/dui-form';");
    expect(s.bundle).toContain('@duikit/components@0.3/dist/duikit.min.js');
    expect(s.react).toContain('<dui-form schema={schema} ondui-submit={(e) => console.log(e.detail)} />');
    expect(s.angular).toContain('<dui-form [schema]="schema" (dui-submit)="onSubmit($event)"></dui-form>');
    expect(s.angular).toContain('[formControl]');
    expect(s.vue).toContain('<dui-form :schema.prop="schema" @dui-submit="onSubmit" />');
    expect(s.vue).toContain('v-model');
  });
});

describe('undocumentedParts (Storybook smoke)', () => {
  const manifest = {
    modules: [
      {
        declarations: [
          {
            tagName: 'dui-timeline',
            cssParts: [
              { name: 'entry', description: 'One entry (`entry--<kind>` state token).' },
              { name: 'filters', description: 'The filter bar; `field` is one filter.' },
            ],
          },
        ],
      },
    ],
  };
  it('accepts listed parts, pieces named in a description and `x--<kind>` patterns', () => {
    const rendered = {
      'dui-timeline': ['entry', 'entry--note', 'field', 'filters', 'stray'],
      'dui-other': ['x'],
    };
    expect(undocumentedParts(rendered, manifest)).toEqual([
      '<dui-timeline> renders part "stray", missing from the manifest',
    ]);
  });
});

describe('controlFor', () => {
  const prop = (name: string) => ({ type: { name }, table: { category: 'properties' } });
  it('picks a control from the TypeScript type the manifest gives', () => {
    expect(controlFor(prop('boolean'))).toEqual({ control: 'boolean' });
    expect(controlFor(prop('number'))).toEqual({ control: 'number' });
    expect(controlFor(prop('string | undefined'))).toEqual({ control: 'text' });
    expect(controlFor(prop("'edit' | 'readonly' | 'print'"))).toEqual({
      control: 'select',
      options: ['edit', 'readonly', 'print'],
    });
    expect(controlFor(prop('JsonSchema | undefined'))).toEqual({ control: 'object' });
    expect(controlFor({ name: '--dui-color-primary', table: { category: 'css custom properties' } })).toEqual(
      {
        control: 'color',
      },
    );
    expect(controlFor({ type: { name: 'void' }, table: { category: 'events' } })).toBeUndefined();
  });
});
