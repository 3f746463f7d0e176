// `node scripts/build-manifest.mjs [--manifest-only] [--strict]` (run by `npm run build`):
//   packages/components/custom-elements.json         the custom-elements manifest (analyzer)
//   packages/components/vscode.html-custom-data.json VS Code HTML completion for every dui-* tag
//   packages/components/dist/jsx.d.ts                React 19 `JSX.IntrinsicElements` typings
// `--manifest-only` writes the manifest alone (Storybook runs it before starting);
// `--strict` exits 1 when an element's documentation has gaps (see `checkManifest`).
import { mkdirSync, writeFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs the analyzer inside `pkgDir` (so module paths are relative to the package that ships the
 * manifest) and returns the tidied manifest without writing anything.
 * @param {{ pkgDir?: string, configPath?: string }} [options]
 */
export async function analyze({
  pkgDir = join(root, 'packages/components'),
  configPath = join(root, 'custom-elements-manifest.config.mjs'),
} = {}) {
  // Load the configuration first: the analyzer only logs a broken one and goes on with its
  // defaults, which include rewriting the package.json of the *process's* working directory.
  const config = (await import(pathToFileURL(configPath).href)).default;
  if (config?.packagejson !== false) {
    throw new Error(`${configPath} must export a default config with \`packagejson: false\`.`);
  }
  const argv = ['analyze', '--config', configPath, '--quiet'];
  const manifest = await cli({ argv, cwd: pkgDir, noWrite: true });
  if (!manifest) throw new Error(`The analyzer could not read its configuration at ${configPath}.`);
  return tidyManifest(manifest);
}

/** The element declarations (classes with a tag name) of a manifest, sorted by tag. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.kind === 'class' && d.customElement && d.tagName) out.push({ ...d, modulePath: mod.path });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const isPublicField = (m) =>
  m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');

/**
 * Drops what is not public API (private/protected members, lit's static `styles` and
 * `properties`) and sorts modules by path, so the output is stable and Storybook's controls
 * only show what a host may set. `@internal` / `@ignore` members are already left out by the
 * analyzer.
 */
export function tidyManifest(manifest) {
  const modules = [...(manifest.modules ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  for (const mod of modules) {
    // `customElements.define(tag, ctor)` inside define() itself is not a tag definition.
    mod.exports = (mod.exports ?? []).filter(
      (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
    );
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class' || !d.members) continue;
      d.members = d.members.filter(
        (m) =>
          (m.privacy ?? 'public') === 'public' &&
          !m.name.startsWith('#') &&
          !(m.static && ['styles', 'properties', 'shadowRootOptions', 'formAssociated'].includes(m.name)),
      );
    }
  }
  return { ...manifest, modules };
}

/**
 * Lists documentation gaps that would make a docs page or an editor tooltip useless: an element
 * with no summary or description, a public property, attribute, event, slot, CSS part or custom
 * property with no description, an event not named `dui-…`, and names shared between attributes, slots and parts
 * (Storybook keys its arg table by name, so one of them silently vanishes).
 * @returns {string[]} one line per problem, `<tag>: …`
 */
export function checkManifest(manifest) {
  const problems = [];
  for (const el of elementsOf(manifest)) {
    const say = (msg) => problems.push(`<${el.tagName}> (${el.modulePath}): ${msg}`);
    if (!el.summary && !el.description) say('no @summary or description on the class');
    const lists = {
      attribute: el.attributes ?? [],
      event: el.events ?? [],
      slot: (el.slots ?? []).filter((s) => s.name !== ''),
      'CSS part': el.cssParts ?? [],
      'CSS custom property': el.cssProperties ?? [],
    };
    for (const [kind, items] of Object.entries(lists)) {
      for (const item of items)
        if (!item.description?.trim()) say(`${kind} '${item.name}' has no description`);
    }
    for (const e of lists.event) if (!e.name?.startsWith('dui-')) say(`event '${e.name}' is not named dui-…`);
    for (const m of (el.members ?? []).filter((x) => isPublicField(x) && !x.inheritedFrom)) {
      if (!m.description?.trim())
        say(`property '${m.name}' has no description (document it, or mark it @internal)`);
    }
    const seen = new Map();
    for (const kind of ['attribute', 'slot', 'CSS part', 'event']) {
      for (const { name } of lists[kind]) {
        if (seen.has(name) && seen.get(name) !== kind)
          say(`'${name}' is both a ${seen.get(name)} and a ${kind}`);
        seen.set(name, kind);
      }
    }
  }
  return problems;
}

/** Values VS Code can offer for an attribute typed as a union of string literals. */
export function literalValues(typeText) {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length === 0 || !parts.every((p) => /^(['"]).*\1$/.test(p))) return undefined;
  return parts.map((p) => ({ name: p.slice(1, -1) }));
}

const describe = (el) => [el.summary, el.description].filter(Boolean).join('\n\n');

/**
 * VS Code HTML custom data (`html.customData`) for every element: tags, attributes (with value
 * lists for string unions, `valueSet: 'v'` for booleans) and, when `docsUrl` is given, a link
 * to the element's Storybook docs page.
 * @param {object} manifest
 * @param {{ docsUrl?: string }} [options]
 */
export function toVsCodeData(manifest, { docsUrl, titles = new Map() } = {}) {
  const tags = elementsOf(manifest).map((el) => {
    const attributes = (el.attributes ?? []).map((a) => {
      const type = a.type?.text ?? '';
      const values = literalValues(type);
      const attr = {
        name: a.name,
        description: [a.description, type && `Type: ${type}`].filter(Boolean).join('\n\n'),
      };
      if (values) attr.values = values;
      else if (/^boolean( \| undefined)?$/.test(type)) attr.valueSet = 'v';
      return attr;
    });
    const tag = { name: el.tagName, description: describe(el), attributes };
    const title = titles.get(el.tagName);
    if (docsUrl && title) {
      tag.references = [
        { name: 'Storybook', url: `${docsUrl.replace(/\/$/, '')}/?path=/docs/${storyId(title)}--docs` },
      ];
    }
    return tag;
  });
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

/** Storybook's id for a title (`User file/dui-user-file` → `user-file-dui-user-file`). */
export function storyId(title) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Maps each tag to the title of its stories (`component: 'dui-x'` next to `title: '…'` in a
 * `*.stories.ts` default export), so editor tooltips can link to the docs page.
 * @returns {Map<string, string>}
 */
export function storyTitles(storiesDir) {
  const titles = new Map();
  if (!existsSync(storiesDir)) return titles;
  for (const name of readdirSync(storiesDir)) {
    if (!name.endsWith('.stories.ts')) continue;
    const text = readFileSync(join(storiesDir, name), 'utf8');
    const title = /\btitle:\s*(['"])(.+?)\1/.exec(text)?.[2];
    const tag = /\bcomponent:\s*(['"])(dui-[a-z0-9-]+)\1/.exec(text)?.[2];
    if (title && tag && !titles.has(tag)) titles.set(tag, title);
  }
  return titles;
}

const quote = (s) => JSON.stringify(s);
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').split('\n').join(`\n${indent} * `)} */\n` : '';

/**
 * React 19 typings: `declare module 'react' { namespace JSX { interface IntrinsicElements } }`
 * with, for each tag, its public settable properties typed from the element class (React 19
 * sets them as properties), plain HTML attributes, and `on<event-name>` handlers (React 19 adds
 * a listener for `onX` props on custom elements, keeping the event name's case).
 * @param {object} manifest  module paths relative to the package (`src/x/x.component.ts`)
 */
export function toJsxTypes(manifest) {
  const elements = elementsOf(manifest);
  const imports = elements.map(
    (el) =>
      `import type { ${el.name} } from ${quote(`./${el.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`)};`,
  );
  const entries = elements.map((el) => {
    const fields = (el.members ?? []).filter((m) => isPublicField(m) && !m.readonly);
    const props = fields.map(
      (m) => `${doc(m.description, '      ')}      ${quote(m.name)}?: ${el.name}[${quote(m.name)}];`,
    );
    const fieldNames = new Set(fields.map((m) => m.name));
    for (const a of el.attributes ?? []) {
      if (a.fieldName && fieldNames.has(a.fieldName) && a.name === a.fieldName) continue;
      props.push(`${doc(a.description, '      ')}      ${quote(a.name)}?: string | number | boolean;`);
    }
    for (const e of el.events ?? []) {
      if (!e.name) continue;
      props.push(
        `${doc(e.description, '      ')}      ${quote(`on${e.name}`)}?: (event: DuiEvent<${quote(e.name)}>) => void;`,
      );
    }
    return `${doc(describe(el), '      ')}      ${quote(el.tagName)}: DuiJsxProps<${el.name}, {\n${props.join('\n')}\n      }>;`;
  });
  return `// Generated by scripts/build-manifest.mjs from custom-elements.json. Do not edit.
// Opt in from a React 19 project with: import type {} from '@duikit/components/jsx';
import type * as React from 'react';
${imports.join('\n')}

/** The event a \`dui-*\` name maps to (typed when the element declares it globally). */
export type DuiEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;

/** An element's own props plus the HTML attributes React accepts on any element. */
export type DuiJsxProps<E extends HTMLElement, P> = P &
  Omit<React.HTMLAttributes<E>, keyof P> & { ref?: React.Ref<E>; key?: React.Key; class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const pkgDir = join(root, 'packages/components');
  const started = Date.now();
  const manifest = await analyze({ pkgDir });
  const write = (file, text) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  write(join(pkgDir, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const count = elementsOf(manifest).length;
  if (!args.has('--manifest-only')) {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const docsUrl = process.env.DUIKIT_STORYBOOK_URL ?? pkg.homepage;
    const titles = storyTitles(join(root, 'stories'));
    const data = toVsCodeData(manifest, { docsUrl, titles });
    write(join(pkgDir, 'vscode.html-custom-data.json'), `${JSON.stringify(data, null, 2)}\n`);
    if (!existsSync(join(pkgDir, 'dist')))
      console.warn('manifest: packages/components/dist is missing; run `npm run build`.');
    write(join(pkgDir, 'dist/jsx.d.ts'), toJsxTypes(manifest));
  }
  const problems = checkManifest(manifest);
  for (const p of problems) console.warn(`manifest: ${p}`);
  console.log(
    `manifest: ${count} element(s), ${problems.length} documentation gap(s), ${Date.now() - started} ms`,
  );
  if (problems.length && args.has('--strict')) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(`manifest: ${err.stack ?? err}`);
    process.exit(1);
  });
}
