/**
 * scripts/build-manifest.mjs: the manifest of a fixture element (registered through define(), as
 * every DUI Kit element is), the documentation check, the VS Code data and the React typings
 * (type-checked with the TypeScript API against real uses).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, cpSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import {
  analyze,
  checkManifest,
  elementsOf,
  literalValues,
  storyId,
  toJsxTypes,
  toVsCodeData,
} from '../../scripts/build-manifest.mjs';

const fixture = join(import.meta.dirname, 'fixtures/components');
type Manifest = Awaited<ReturnType<typeof analyze>>;
let manifest: Manifest;

beforeAll(async () => {
  manifest = await analyze({ pkgDir: fixture });
});

describe('analyze', () => {
  it('finds the tag registered through define() and links it to the class module', () => {
    const [demo] = elementsOf(manifest);
    expect(demo.tagName).toBe('dui-demo');
    expect(demo.modulePath).toBe('src/dui-demo/dui-demo.component.ts');
    const registration = manifest.modules.find(
      (m: { path: string }) => m.path === 'src/dui-demo/dui-demo.ts',
    );
    expect(registration.exports).toContainEqual({
      kind: 'custom-element-definition',
      name: 'dui-demo',
      declaration: { name: 'DuiDemo', module: 'src/dui-demo/dui-demo.component.ts' },
    });
  });

  it('does not mistake the customElements.define call inside define() for a tag', () => {
    const defs = manifest.modules.flatMap((m: { exports?: { kind: string; name: string }[] }) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
    );
    expect(defs).toEqual(['dui-demo']);
  });

  it('keeps public fields and drops @internal and private ones', () => {
    const names = elementsOf(manifest)[0].members.map((m: { name: string }) => m.name);
    expect(names).toEqual(
      expect.arrayContaining(['label', 'variant', 'disabled', 'maxLength', 'data', 'changes']),
    );
    expect(names).not.toContain('open');
    expect(names).not.toContain('secret');
  });

  it('ignores constructor assignments: an @internal field set there, a property of another object', () => {
    const names = elementsOf(manifest)[0].members.map((m: { name: string }) => m.name);
    expect(names).not.toContain('internals');
    expect(names).not.toContain('className');
    expect(names).not.toContain('box');
  });

  it('fails loudly on a broken configuration instead of analysing with defaults', async () => {
    const dir = mkdtempSync(join(import.meta.dirname, '../../node_modules/.cache-duikit-cem-'));
    try {
      writeFileSync(join(dir, 'broken.config.mjs'), 'export default { globs: [ };\n');
      writeFileSync(join(dir, 'no-default.config.mjs'), 'export const globs = [];\n');
      await expect(
        analyze({ pkgDir: fixture, configPath: join(dir, 'no-default.config.mjs') }),
      ).rejects.toThrow(/packagejson: false/);
      await expect(analyze({ pkgDir: fixture, configPath: join(dir, 'broken.config.mjs') })).rejects.toThrow(
        SyntaxError,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads slots, events, parts and custom properties from the class JSDoc', () => {
    const demo = elementsOf(manifest)[0];
    expect(demo.summary).toBe('Shows a labelled value.');
    expect(demo.events.map((e: { name: string }) => e.name)).toEqual(['dui-change']);
    expect(demo.slots.map((s: { name: string }) => s.name)).toEqual(['', 'hint']);
    expect(demo.cssParts[0].name).toBe('base');
    expect(demo.cssProperties[0]).toMatchObject({ name: '--dui-demo-gap', default: '0.5rem' });
    expect(demo.attributes.find((a: { name: string }) => a.name === 'max-length').fieldName).toBe(
      'maxLength',
    );
  });
});

describe('checkManifest', () => {
  it('passes a fully documented element', () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it('asks for a description (or @internal) on every public property', () => {
    const el = { kind: 'class', name: 'DuiX', tagName: 'dui-x', customElement: true, summary: 'X.' };
    const members = [
      { kind: 'field', name: 'value', description: 'The value.' },
      { kind: 'field', name: 'cache' },
      { kind: 'field', name: 'lang', inheritedFrom: { name: 'HTMLElement' } },
    ];
    expect(checkManifest({ modules: [{ path: 'src/x.ts', declarations: [{ ...el, members }] }] })).toEqual([
      "<dui-x> (src/x.ts): property 'cache' has no description (document it, or mark it @internal)",
    ]);
  });

  it('names each gap and each name shared by an attribute, a slot or a part', () => {
    const el = {
      kind: 'class',
      name: 'DuiBad',
      tagName: 'dui-bad',
      customElement: true,
      attributes: [{ name: 'label', description: 'The label.' }],
      slots: [{ name: 'label', description: '' }],
      events: [{ name: 'change', description: 'Changed.' }],
      cssParts: [{ name: 'label', description: 'Part.' }],
    };
    const problems = checkManifest({ modules: [{ path: 'src/dui-bad.ts', declarations: [el] }] });
    expect(problems).toEqual([
      '<dui-bad> (src/dui-bad.ts): no @summary or description on the class',
      "<dui-bad> (src/dui-bad.ts): slot 'label' has no description",
      "<dui-bad> (src/dui-bad.ts): event 'change' is not named dui-…",
      "<dui-bad> (src/dui-bad.ts): 'label' is both a attribute and a slot",
      "<dui-bad> (src/dui-bad.ts): 'label' is both a slot and a CSS part",
    ]);
  });
});

describe('toVsCodeData', () => {
  it('describes tags and attributes, with value lists for unions and booleans as bare attributes', () => {
    const data = toVsCodeData(manifest);
    expect(data.version).toBe(1.1);
    const [tag] = data.tags;
    expect(tag.name).toBe('dui-demo');
    expect(tag.description).toContain('Shows a labelled value.');
    const attr = (name: string) => tag.attributes.find((a: { name: string }) => a.name === name);
    expect(attr('variant').values).toEqual([{ name: 'plain' }, { name: 'card' }]);
    expect(attr('disabled').valueSet).toBe('v');
    expect(attr('max-length').description).toContain('Type: number');
    expect(tag.references).toBeUndefined();
  });

  it('links to the Storybook docs page of the stories that declare the tag', () => {
    const titles = new Map([['dui-demo', 'User file/Demo card']]);
    const [tag] = toVsCodeData(manifest, { docsUrl: 'https://sb.example/', titles }).tags;
    expect(tag.references).toEqual([
      { name: 'Storybook', url: 'https://sb.example/?path=/docs/user-file-demo-card--docs' },
    ]);
  });

  it('parses string-literal unions only', () => {
    expect(literalValues('\'a\' | "b" | undefined')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(literalValues('string | undefined')).toBeUndefined();
    expect(storyId('Forms/dui-form')).toBe('forms-dui-form');
  });
});

describe('toJsxTypes', () => {
  it('type-checks correct React 19 uses and rejects wrong ones', () => {
    // A scratch copy of the fixture under node_modules/.cache, so `lit` and `react` resolve.
    const dir = mkdtempSync(join(import.meta.dirname, '../../node_modules/.cache-duikit-jsx-'));
    try {
      mkdirSync(join(dir, 'src'), { recursive: true });
      cpSync(join(fixture, 'src'), join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, 'src/jsx.d.ts'), toJsxTypes(manifest));
      writeFileSync(
        join(dir, 'src/use.tsx'),
        `import type {} from './jsx.js';
export const ok = (
  <dui-demo label="Nom" variant="card" disabled maxLength={3} max-length="3" data={{ a: 1 }}
    className="x" ondui-change={(e) => console.log(e.type)} />
);
// @ts-expect-error 'round' is not a variant
export const badVariant = <dui-demo variant="round" />;
// @ts-expect-error unknown property
export const unknown = <dui-demo nope="x" />;
// @ts-expect-error read-only property
export const readOnly = <dui-demo changes={2} />;
// @ts-expect-error a label is a string
export const badLabel = <dui-demo label={5} />;
`,
      );
      const program = ts.createProgram([join(dir, 'src/use.tsx')], {
        jsx: ts.JsxEmit.ReactJSX,
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        experimentalDecorators: true,
        useDefineForClassFields: false,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: ['react'],
        skipLibCheck: true,
      });
      const messages = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      // Every @ts-expect-error above must be used, and the correct use must compile.
      expect(messages).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('duikitCodeFactsPlugin', () => {
  let facts: Manifest;
  const el = (tag: string) => elementsOf(facts).find((e: { tagName: string }) => e.tagName === tag);
  const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

  beforeAll(async () => {
    facts = await analyze({ pkgDir: join(import.meta.dirname, 'fixtures/code-facts') });
  });

  it("types each event from GlobalEventHandlersEventMap, with the detail's members", () => {
    const [pick] = el('dui-facts').events;
    expect(pick.type.text).toBe('CustomEvent<DuiFactsPickDetail>');
    expect(pick.detail).toEqual({ name: 'DuiFactsPickDetail', text: '{ id: string; }' });
  });

  it('lists every part its templates write, its own modules and shared ones, not a nested element’s', () => {
    const parts = el('dui-facts').cssParts;
    expect(names(parts)).toEqual(['badge', 'base', 'piece', 'stray']);
    const doc = (n: string) => parts.find((p: { name: string }) => p.name === n).description;
    expect(doc('badge')).toBe('A status badge (documented once, where it is rendered).');
    expect(doc('piece')).toBe('A `base` part: The wrapper; `piece` is one fact in it.');
    expect(doc('stray')).toBe('');
    expect(names(el('dui-other').cssParts)).toEqual(['inner', 'made']);
  });

  it('reports a part nobody documents as a gap', () => {
    expect(checkManifest(facts)).toEqual([
      "<dui-facts> (src/dui-facts/dui-facts.component.ts): CSS part 'stray' has no description",
      "<dui-other> (src/dui-other/dui-other.component.ts): CSS part 'made' has no description",
    ]);
  });

  it('lists every token it reads, described from TOKEN_DESCRIPTIONS with its built-in default', () => {
    expect(el('dui-facts').cssProperties).toEqual([
      { name: '--dui-color-text', description: 'Main text.', default: '#1e1e1e' },
      { name: '--dui-space-s', description: 'Gap between a label and its control.', default: '0.5rem' },
    ]);
    expect(el('dui-other').cssProperties).toEqual([]);
  });
});
