/**
 * "Show code" and live controls, read from what a story really rendered rather than from its
 * render function: the decorator registers each story's wrapper; the code transform waits for
 * the element to render, then writes its markup (its attributes) and script (every property whose
 * value differs from a fresh element's, the provider's backend, listeners for its events, and
 * the calls a story noted with {@link noteCall}). The same decorator applies the args the
 * Controls panel sets to the element (properties, attributes, `--dui-*` custom properties), so
 * every property has a live control whatever the story's render does.
 *
 * @example
 * const preview = { parameters: { docs: { source: { transform: storySource } } } };
 */
import { getCustomElements } from '@storybook/web-components-vite';
import type { StoryContext } from '@storybook/web-components-vite';
import { elementSource, type ManifestElement } from './element-docs.js';

const wrappers = new Map<string, Element>();
const calls = new WeakMap<Element, string[]>();

/** The manifest entry of a tag, from the manifest given to Storybook. */
export function manifestElement(tag: unknown): ManifestElement | undefined {
  if (typeof tag !== 'string') return undefined;
  const manifest = getCustomElements() as { modules?: { declarations?: ManifestElement[] }[] } | undefined;
  for (const mod of manifest?.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** Records a call a story makes on its element (`validate();`), for its "Show code". */
export function noteCall(el: Element, statement: string): void {
  calls.set(el, [...(calls.get(el) ?? []), statement]);
}

const same = (a: unknown, b: unknown) =>
  a === b ||
  (typeof a === 'function' && typeof b === 'function' && String(a) === String(b)) ||
  (typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b));

/** The element's public fields that differ from a fresh instance's (what the story set). */
function setProperties(el: HTMLElement, info: ManifestElement): Record<string, unknown> {
  const fresh = document.createElement(el.localName) as unknown as Record<string, unknown>;
  const reflected = new Set(
    (info.attributes ?? []).filter((a) => a.fieldName && el.hasAttribute(a.name)).map((a) => a.fieldName),
  );
  const out: Record<string, unknown> = {};
  for (const m of info.members ?? []) {
    if (m.kind !== 'field' || m.static || m.readonly || reflected.has(m.name)) continue;
    const value = (el as unknown as Record<string, unknown>)[m.name];
    if (value !== undefined && !same(value, fresh[m.name])) out[m.name] = value;
  }
  return out;
}

/** The element's attributes, less those a fresh element's properties would reflect anyway. */
function setAttributes(el: HTMLElement, info: ManifestElement): Record<string, string | true> {
  const fresh = document.createElement(el.localName) as unknown as Record<string, unknown>;
  const out: Record<string, string | true> = {};
  for (const a of el.attributes) {
    const field = (info.attributes ?? []).find((x) => x.name === a.name)?.fieldName;
    const initial = field === undefined ? undefined : fresh[field];
    const shown = ['string', 'number', 'boolean'].includes(typeof initial) ? String(initial) : '';
    if (a.name === 'style' || (field && (shown === a.value || initial === true))) continue;
    out[a.name] = a.value === '' ? true : a.value;
  }
  return out;
}

/** Registers the wrapper a story renders in, and applies the Controls panel's args to it. */
export function trackStory(wrapper: Element, context: StoryContext): void {
  wrappers.set(context.id, wrapper);
  const info = manifestElement(context.component);
  if (!info) return;
  queueMicrotask(() => {
    const el = wrapper.querySelector<HTMLElement>(info.tagName);
    if (el) applyArgs(el, info, context.args);
  });
}

/** Sets each defined arg that names a property, an attribute or a `--dui-*` custom property. */
export function applyArgs(el: HTMLElement, info: ManifestElement, args: Record<string, unknown>): void {
  const fields = new Set((info.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name));
  const record = el as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const attr = (info.attributes ?? []).find((a) => a.name === key);
    if (key.startsWith('--')) {
      if (typeof value === 'string') el.style.setProperty(key, value);
    } else if (fields.has(key) && !same(record[key], value)) record[key] = value;
    else if (attr?.fieldName && !same(record[attr.fieldName], value)) record[attr.fieldName] = value;
  }
}

const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(undefined)));

/**
 * The `docs.source.transform` of every story: the code that reproduces what it rendered, or
 * Storybook's own snippet when the story renders no element of its component.
 */
export async function storySource(code: string, context: StoryContext): Promise<string> {
  const info = manifestElement(context.component);
  if (!info) return code;
  await frame();
  await frame();
  const el = wrappers.get(context.id)?.querySelector<HTMLElement>(info.tagName);
  if (!el) return code;
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const attributes = setAttributes(el, info);
  const properties = setProperties(el, info);
  const provider = !!el.closest('dui-provider') || 'backend' in properties;
  if (provider) delete properties.backend;
  return elementSource({
    tag: info.tagName,
    attributes,
    properties,
    events: (info.events ?? []).map((e) => e.name),
    provider,
    after: calls.get(el),
  });
}
