/**
 * What the docs pages say about an element, computed from its custom-elements manifest entry:
 * its public methods, the code that reproduces a story (markup plus property assignments), and
 * how to install it (npm, the single-file bundle, React, Angular, Vue). Pure functions, tested
 * in test/storybook/element-docs.test.ts.
 *
 * @example
 * elementSource({ tag: 'dui-form', properties: { schema }, provider: false });
 */

/** The parts of a manifest element these helpers read. */
export interface ManifestElement {
  tagName: string;
  name: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: {
    kind: string;
    name: string;
    static?: boolean;
    readonly?: boolean;
    privacy?: string;
    description?: string;
    parameters?: { name: string; type?: { text: string }; optional?: boolean }[];
    return?: { type?: { text: string } };
  }[];
  events?: { name: string; type?: { text: string }; detail?: { name: string; text: string } }[];
}

/** A public method of an element, as the Methods table shows it. */
export interface MethodDoc {
  name: string;
  signature: string;
  description: string;
}

/** Lit and custom-element callbacks: API of the platform, not of the element. */
const LIFECYCLE =
  /^(render|update|updated|firstUpdated|willUpdate|shouldUpdate|connectedCallback|disconnectedCallback|attributeChangedCallback|adoptedCallback|form\w*Callback|createRenderRoot|getUpdateComplete|scheduleUpdate|performUpdate)$/;

/**
 * The element's own public methods with their signatures (`validate(): Promise<FormError[]>`).
 *
 * @example
 * methodsOf(form).map((m) => m.name); // ['checkValidity', …, 'validate', 'submit', 'reset']
 */
export function methodsOf(el: ManifestElement): MethodDoc[] {
  return (el.members ?? [])
    .filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public')
    .filter((m) => !LIFECYCLE.test(m.name) && !m.name.startsWith('_'))
    .map((m) => {
      const params = (m.parameters ?? [])
        .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
        .join(', ');
      return {
        name: m.name,
        signature: `${m.name}(${params}): ${m.return?.type?.text ?? 'void'}`,
        description: m.description ?? '',
      };
    });
}

/** A JavaScript literal for a value (functions keep their source). */
function literal(value: unknown, indent: string): string {
  if (typeof value === 'function') return String(value);
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  const json = JSON.stringify(value, null, 2);
  if (json === undefined) return 'undefined';
  // Keys that are identifiers lose their quotes, as one writes an object literal.
  return json
    .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, '$1$2:')
    .split('\n')
    .join(`\n${indent}`);
}

const camel = (tag: string) => tag.replace(/^dui-/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** What a story sets on its element. */
export interface SourceSpec {
  tag: string;
  /** Attribute values, written in the markup (`true` as a bare attribute, false/empty left out). */
  attributes?: Record<string, string | number | boolean | undefined>;
  /** Property values, assigned from script (objects, arrays, functions, dates). */
  properties?: Record<string, unknown>;
  /** Event names a listener is shown for. */
  events?: string[];
  /** Wrap in `<dui-provider>` with an HTTP backend (the stories use an in-memory one). */
  provider?: boolean;
  /** Statements run after the assignments (`form.validate();`). */
  after?: string[];
}

/**
 * The markup and the script that reproduce a story in a plain page: the element with its
 * attributes, then a module that registers it and assigns its properties.
 *
 * @example
 * elementSource({ tag: 'dui-form', properties: { schema: { type: 'object' } } });
 * // <dui-form></dui-form>
 * // <script type="module"> import '@duikit/components/dui-form'; … form.schema = {…}; </script>
 */
export function elementSource(spec: SourceSpec): string {
  const variable = camel(spec.tag);
  const attrs = Object.entries(spec.attributes ?? {})
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`))
    .join('');
  const element = `<${spec.tag}${attrs}></${spec.tag}>`;
  const markup = spec.provider ? `<dui-provider>\n  ${element}\n</dui-provider>` : element;
  const lines = [`import '@duikit/components/${spec.tag}';`];
  if (spec.provider) {
    lines.unshift(`import '@duikit/components/dui-provider';`);
    lines.push(
      `import { createHttpBackend } from '@duikit/core/client';`,
      '',
      '// The stories use an in-memory backend; a host passes its own or the HTTP one.',
      `document.querySelector('dui-provider').backend = createHttpBackend({ baseUrl: '' });`,
    );
  }
  const props = Object.entries(spec.properties ?? {}).filter(([, v]) => v !== undefined);
  const events = spec.events ?? [];
  if (props.length || events.length || spec.after?.length) {
    lines.push('', `const ${variable} = document.querySelector('${spec.tag}');`);
    for (const [k, v] of props) lines.push(`${variable}.${k} = ${literal(v, '  ')};`);
    for (const e of events) lines.push(`${variable}.addEventListener('${e}', (e) => console.log(e.detail));`);
    for (const s of spec.after ?? []) lines.push(`${variable}.${s}`);
  }
  return `${markup}\n<script type="module">\n  ${lines.join('\n  ').replace(/\n {2}\n/g, '\n\n')}\n</script>`;
}

/** The install instructions of an element, one snippet per way of using it. */
export interface InstallSnippets {
  npm: string;
  bundle: string;
  react: string;
  angular: string;
  vue: string;
}

/**
 * How to get and use one element: npm (registering that element only), the single-file bundle
 * (no bundler), and the binding idiom of React 19, Angular and Vue, with one of its object
 * properties and its first event.
 *
 * @example
 * installSnippets(form, '0.1.0').react;
 */
export function installSnippets(el: ManifestElement, version: string): InstallSnippets {
  const tag = el.tagName;
  const attributeFields = new Set((el.attributes ?? []).map((a) => a.fieldName));
  const objectProp =
    (el.members ?? []).find((m) => m.kind === 'field' && !attributeFields.has(m.name) && m.name !== 'backend')
      ?.name ?? 'backend';
  const event = el.events?.[0]?.name;
  const major = version.split('.').slice(0, 2).join('.');
  const handler = event
    ? 'on' + event.replace(/^dui-/, '').replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())
    : '';
  return {
    npm: `npm install @duikit/components @duikit/core\n\n// registers <${tag}> only (the other elements stay out of the bundle)\nimport '@duikit/components/${tag}';`,
    bundle:
      `<!-- every element in one ES module, served from your origin (strict CSP) -->\n` +
      `<script type="module" src="/vendor/duikit.min.js"></script>\n` +
      `<!-- copied from node_modules/@duikit/components/dist/duikit.min.js, or from a CDN: -->\n` +
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@duikit/components@${major}/dist/duikit.min.js"></script>`,
    react:
      `import '@duikit/components/${tag}';\n` +
      `import type {} from '@duikit/components/jsx'; // typed props and ondui-* events\n\n` +
      `<${tag} ${objectProp}={${objectProp}}${event ? ` on${event}={(e) => console.log(e.detail)}` : ''} />`,
    angular:
      `// the component: schemas: [CUSTOM_ELEMENTS_SCHEMA], and import '@duikit/components/${tag}' once\n` +
      `<${tag} [${objectProp}]="${objectProp}"${event ? ` (${event})="${handler}($event)"` : ''}></${tag}>` +
      (tag === 'dui-form'
        ? `\n<!-- as a form control: examples/angular's DuiFormValueAccessor -->\n<dui-form [schema]="schema" [formControl]="control"></dui-form>`
        : ''),
    vue:
      `// vite.config: vue({ template: { compilerOptions: { isCustomElement: (t) => t.startsWith('dui-') } } })\n` +
      `<${tag} :${objectProp}.prop="${objectProp}"${event ? ` @${event}="${handler}"` : ''} />` +
      (tag === 'dui-form'
        ? `\n<!-- with v-model: examples/vue's DuiFormModel.vue -->\n<DuiFormModel v-model="data" :schema="schema" />`
        : ''),
  };
}

/** The parts of a Storybook argType {@link controlFor} reads. */
export interface ArgTypeLike {
  name?: string;
  control?: unknown;
  type?: { name?: string };
  table?: { category?: string };
}

/**
 * The Controls-panel control for an argType built from the manifest (whose type is the
 * TypeScript text, which Storybook does not read): a switch, a number, a text, a select of a
 * string union, a colour for a colour token, a JSON editor for any other property. Events, slots
 * and parts get none.
 *
 * @example
 * controlFor({ type: { name: "'edit' | 'print'" }, table: { category: 'properties' } });
 * // { control: 'select', options: ['edit', 'print'] }
 */
export function controlFor(
  argType: ArgTypeLike,
):
  { control: 'boolean' | 'number' | 'text' | 'select' | 'object' | 'color'; options?: string[] } | undefined {
  const category = argType.table?.category;
  if (category === 'css custom properties')
    return { control: /color/.test(argType.name ?? '') ? 'color' : 'text' };
  if (category !== 'properties' && category !== 'attributes') return undefined;
  const parts = (argType.type?.name ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { control: 'boolean' };
  if (parts.length === 1 && parts[0] === 'number') return { control: 'number' };
  if (parts.length === 1 && parts[0] === 'string') return { control: 'text' };
  if (parts.length > 0 && parts.every((p) => /^(['"]).*\1$/.test(p)))
    return { control: 'select', options: parts.map((p) => p.slice(1, -1)) };
  return { control: 'object' };
}
