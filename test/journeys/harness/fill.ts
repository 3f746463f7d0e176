/**
 * Fills a `<dui-form>` as a person does: each field found by its label (the UI schema's `label`,
 * else the schema's `x-label` or `title`, else the property's name, as `<dui-form>` does), by typing,
 * picking the option by its text, ticking boxes, and adding list items with the list's « Ajouter »
 * button. Nothing is set through properties or the API: a field a person cannot find or fill
 * fails the journey with the label it looked for.
 */
import type { Locator } from 'playwright-core';
import { choices, typeOf, type Schema } from '../model/sample.js';

type Ui = { type?: string; scope?: string; label?: unknown; elements?: Ui[] };

/** French text of a title that is a string or `{ fr, en }`. */
export function fr(title: unknown): string | undefined {
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object' && 'fr' in title) return String(title.fr);
  return undefined;
}

/** The UI schema's label for a property scope, if it gives one. */
function uiLabel(ui: Ui | undefined, scope: string): string | undefined {
  if (!ui) return undefined;
  if (ui.scope === scope && ui.label !== undefined) return fr(ui.label);
  for (const el of ui.elements ?? []) {
    const found = uiLabel(el, scope);
    if (found) return found;
  }
  return undefined;
}

/** The label a person sees for a property. */
export function labelFor(schema: Schema, key: string, ui?: Ui, scopePrefix = '#'): string {
  const prop = schema.properties?.[key] ?? {};
  return uiLabel(ui, `${scopePrefix}/properties/${key}`) ?? fr(prop['x-label']) ?? fr(prop.title) ?? key;
}

/** The text a person sees for a coded value (its `oneOf` title, or the code itself). */
export function optionText(schema: Schema, value: unknown): string {
  const c = choices(schema)?.find((x) => x.value === value);
  return fr(c?.title) ?? String(value);
}

const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?\\s*$`);

/**
 * Fills the fields of `data` (an object valid against `schema`) inside `scope`.
 *
 * @example
 * await fillForm(page.getByRole('dialog'), schema, { entryDate: '2026-12-07' });
 */
export async function fillForm(scope: Locator, schema: Schema, data: Record<string, unknown>, ui?: Ui) {
  for (const [key, value] of Object.entries(data)) {
    const prop = schema.properties?.[key];
    if (!prop) throw new Error(`fillForm: no property « ${key} » in the schema`);
    await fillField(scope, prop, labelFor(schema, key, ui), value);
  }
}

async function fillField(scope: Locator, schema: Schema, label: string, value: unknown): Promise<void> {
  const coded = choices(schema);
  const type = typeOf(schema);
  if (coded) return pick(scope, label, optionText(schema, value));
  if (type === 'boolean') {
    const box = scope.getByRole('checkbox', { name: exact(label) });
    return value ? box.check() : box.uncheck();
  }
  if (type === 'array') return fillArray(scope, schema, label, value as unknown[]);
  if (type === 'object') {
    const group = scope.getByRole('group', { name: exact(label) });
    return fillForm(group, schema, value as Record<string, unknown>);
  }
  const field = scope.getByLabel(exact(label));
  if (schema.format === 'date-time') return field.fill(String(value).slice(0, 16));
  return field.fill(String(value));
}

/** A coded value: a select's option, or a radio button, by the text shown. */
async function pick(scope: Locator, label: string, text: string): Promise<void> {
  const select = scope.getByRole('combobox', { name: exact(label) });
  if (await select.count()) {
    await select.selectOption({ label: text });
    return;
  }
  const group = scope
    .getByRole('radiogroup', { name: exact(label) })
    .or(scope.getByRole('group', { name: exact(label) }));
  await group.getByRole('radio', { name: exact(text) }).check();
}

/** A list: coded items are boxes to tick; other items are added one by one and filled. */
async function fillArray(scope: Locator, schema: Schema, label: string, items: unknown[]): Promise<void> {
  const itemSchema = schema.items ?? {};
  if (choices(itemSchema)) {
    const group = scope.getByRole('group', { name: exact(label) });
    for (const v of items)
      await group.getByRole('checkbox', { name: exact(optionText(itemSchema, v)) }).check();
    return;
  }
  const list = scope.getByRole('group', { name: exact(label) });
  const entries = list.getByRole('listitem');
  for (let i = 0; i < items.length; i++) {
    if ((await entries.count()) <= i) await list.getByRole('button', { name: `Ajouter : ${label}` }).click();
    const item = entries.nth(i);
    if (typeOf(itemSchema) === 'object')
      await fillForm(item, itemSchema, items[i] as Record<string, unknown>);
    else if (choices(itemSchema)) await pick(item, `${label} n° ${i + 1}`, optionText(itemSchema, items[i]));
    else await item.getByRole('textbox').first().fill(String(items[i]));
  }
}
