/**
 * The print view: the same definition rendered as headings and a definition list of labels and
 * values (choices worded as the form words them, "Oui"/"Non", dates in the locale), readable by screen readers and
 * printable without any control chrome.
 *
 * @example
 * container.replaceChildren(renderPrint(schema, uischema, data, t, 'fr'));
 */
import { getAtPointer, scopeToPointer, type Translate } from '@duikit/core/base';
import { matchesSchema } from '@duikit/core/form/conditions';
import { branchLabel, pickBranch } from '@duikit/core/form/branches';
import {
  nestedScopeSchema,
  objectBranches,
  resolveScope,
  resolveSchema,
  schemaType,
} from '@duikit/core/form/schema';
import { choiceOptions, controlLabel, type CatalogueLookup, type ChoiceKey } from '@duikit/core/form/labels';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import { branchUiSchema, generateUiSchema, itemUiSchema } from '@duikit/core/form/uischema';

/** The print view brings the extra strings and styles too (see extras.ts). */
export { useExtras } from './extras.js';

interface PrintCtx {
  root: JsonSchema;
  scopeSchema: JsonSchema;
  base: string;
  data: unknown;
  t: Translate;
  locale: string;
  lookup?: CatalogueLookup;
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function display(value: unknown, s: JsonSchema, c: PrintCtx, ui: UiSchema): string {
  if (value === undefined || value === null || value === '') return c.t('form.empty');
  if (typeof value === 'boolean') return c.t(value ? 'form.boolean.yes' : 'form.boolean.no');
  const items = s.items && resolveSchema(c.scopeSchema, s.items);
  const named = c.lookup && ((k: ChoiceKey) => c.lookup!(ui, s, k));
  const choices = s.enum || s.oneOf ? s : items;
  const opts = choices ? choiceOptions(choices, c.locale, named) : [];
  const title = (v: unknown) => opts.find((o) => o.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(title).join(', ');
  if (typeof value === 'string' && s.format === 'date')
    return new Date(value).toLocaleDateString(c.locale, { timeZone: 'UTC' });
  if (typeof value === 'string' && s.format === 'date-time') return new Date(value).toLocaleString(c.locale);
  if (typeof value === 'object') return (value as { name?: string }).name ?? JSON.stringify(value);
  return title(value);
}

/** A dl for a group, under a heading; a dl may only hold dt/dd, so inside one, a dt and a dd. */
function groupList(label: string, out: HTMLElement): HTMLElement {
  const dl = document.createElement('dl');
  if (out.tagName === 'DL') {
    const dd = document.createElement('dd');
    dd.append(dl);
    out.append(text('dt', label), dd);
  } else {
    const box = document.createElement('section');
    if (label) box.append(text('h3', label));
    box.append(dl);
    out.append(box);
  }
  return dl;
}

/** A `oneOf`/`anyOf` of objects: its own fields, the chosen branch's title, then its fields. */
function printBranches(ui: UiSchema & { scope: string }, s: JsonSchema, c: PrintCtx, out: HTMLElement) {
  const branches = objectBranches(c.scopeSchema, s)!;
  const path = c.base + scopeToPointer(ui.scope);
  const value = getAtPointer(c.data, path);
  const own = new Set(Object.keys(s.properties ?? {}));
  const title = controlLabel(ui, s, c);
  const dl = !title && out.tagName === 'DL' ? out : groupList(title, out);
  if (own.size) walk(generateUiSchema(c.scopeSchema, s, ui.scope, true), c, dl);
  const scopes = branches.map((b) => nestedScopeSchema(c.root, b));
  const i = pickBranch(c.scopeSchema, branches, value, (j) => matchesSchema(value, scopes[j]), own) ?? -1;
  const chosen = i >= 0 ? branchLabel(branches[i], i, c.t, c.locale) : c.t('form.empty');
  dl.append(text('dt', own.size || !title ? c.t('form.combinator.chosen') : title), text('dd', chosen));
  if (i < 0) return;
  const layout = branchUiSchema(scopes[i], branches[i], i, ui.options?.detail, own);
  walk(layout, { ...c, base: path, scopeSchema: scopes[i] }, dl);
}

function walk(ui: UiSchema, c: PrintCtx, out: HTMLElement): void {
  if (ui.type === 'Label') return void out.append(text('p', ui.text));
  if (ui.type !== 'Control' && ui.type !== 'ListWithDetail') {
    const label = typeof ui.label === 'string' ? ui.label : '';
    const inList = out.tagName === 'DL';
    if (inList && !label) {
      for (const e of ui.elements ?? []) walk(e, c, out);
      return;
    }
    const dl = groupList(label, out);
    for (const e of ui.elements ?? []) walk(e, c, dl);
    return;
  }
  const s = resolveScope(c.scopeSchema, ui.scope);
  const path = c.base + scopeToPointer(ui.scope);
  const value = getAtPointer(c.data, path);
  const label = controlLabel(ui, s, c);
  if (objectBranches(c.scopeSchema, s)) return printBranches(ui, s, c, out);
  const type = schemaType(s);
  if (type === 'object' && !s.format) {
    walk({ type: 'Group', label, elements: [generateUiSchema(c.scopeSchema, s, ui.scope)] }, c, out);
    return;
  }
  const item = s.items && resolveSchema(c.root, s.items);
  if (type === 'array' && item && (schemaType(item) === 'object' || objectBranches(c.root, item))) {
    const items = Array.isArray(value) ? value : [];
    const group = document.createElement('dd');
    out.append(text('dt', label), group);
    items.forEach((_, i) => {
      const sub = { ...c, base: `${path}/${i}`, scopeSchema: { ...item, $defs: c.root.$defs } };
      walk(
        {
          type: 'Group',
          label: c.t('form.array.item', { label, index: i + 1 }),
          elements: [itemUiSchema(c.root, item, ui.options?.detail)],
        },
        sub,
        group,
      );
    });
    if (!items.length) group.textContent = c.t('form.array.empty');
    return;
  }
  out.append(text('dt', label), text('dd', display(value, s, c, ui)));
}

/**
 * Renders the read-only print view of a definition.
 *
 * @example
 * renderPrint(schema, undefined, data, translator('fr'), 'fr');
 */
export function renderPrint(
  root: JsonSchema,
  uischema: UiSchema | undefined,
  data: unknown,
  t: Translate,
  locale: string,
  lookup?: CatalogueLookup,
): HTMLElement {
  const el = document.createElement('div');
  el.className = 'print';
  el.setAttribute('part', 'print');
  const ui = uischema ?? generateUiSchema(root);
  const ctx: PrintCtx = { root, scopeSchema: root, base: '', data, t, locale, lookup };
  if (ui.type === 'Categorization') {
    for (const cat of ui.elements) walk({ ...cat, type: 'Group' }, ctx, el);
  } else walk(ui, ctx, el);
  return el;
}
