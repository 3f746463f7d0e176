/**
 * The custom-elements manifest of @duikit/components itself: no documentation gap, every event
 * typed with its detail, and the parts and tokens the elements' code uses. (The Storybook smoke
 * run checks the same lists against the parts and tokens of each rendered story.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, checkManifest, elementsOf } from '../../scripts/build-manifest.mjs';

type El = {
  tagName: string;
  events?: { name: string; type?: { text: string }; detail?: { name: string; text: string } }[];
  cssParts?: { name: string; description: string }[];
  cssProperties?: { name: string; description: string; default?: string }[];
};
let elements: El[] = [];
let manifest: Awaited<ReturnType<typeof analyze>>;

beforeAll(async () => {
  manifest = await analyze();
  elements = elementsOf(manifest);
}, 60_000);

describe('@duikit/components manifest', () => {
  it('documents every element, property, event, part and custom property', () => {
    expect(elements.length).toBeGreaterThanOrEqual(9);
    expect(checkManifest(manifest)).toEqual([]);
  });

  it('types every event as a CustomEvent with its detail members', () => {
    const events = elements.flatMap((el) => (el.events ?? []).map((e) => ({ tag: el.tagName, ...e })));
    expect(events.length).toBeGreaterThanOrEqual(10);
    for (const e of events) {
      expect(e.type?.text, `${e.tag} ${e.name}`).toMatch(/^CustomEvent<\w+>$/);
      expect(e.detail?.text, `${e.tag} ${e.name}`).toMatch(/^\{ .+ \}$/);
    }
    const submit = elements
      .find((el) => el.tagName === 'dui-form')!
      .events!.find((e) => e.name === 'dui-submit');
    expect(submit!.detail!.text).toContain('errors: FormError[]');
  });

  it('lists the parts written by code outside the class (form renderers, shared screen states)', () => {
    const parts = (tag: string) =>
      (elements.find((el) => el.tagName === tag)?.cssParts ?? []).map((p) => p.name);
    // field.ts builds controls from strings and setAttribute('part', …).
    expect(parts('dui-form')).toEqual(
      expect.arrayContaining(['label', 'hint', 'error', 'control', 'textarea']),
    );
    // screen-states.ts renders the restricted marker for every screen that reads the user file.
    expect(parts('dui-user-file')).toContain('restricted');
    expect(parts('dui-provider')).toEqual([]);
  });

  it('lists every token a styled element reads, with its description and built-in value', () => {
    for (const el of elements.filter((e) => e.tagName !== 'dui-provider')) {
      const props = el.cssProperties ?? [];
      expect(
        props.map((p) => p.name),
        el.tagName,
      ).toEqual(expect.arrayContaining(['--dui-color-text', '--dui-font-family', '--dui-focus-ring']));
      for (const p of props) expect(p.default, `${el.tagName} ${p.name}`).toBeTruthy();
    }
  });
});
