/**
 * JSON Forms' `ListWithDetail`: the items of an array of objects as a list of buttons named by
 * `options.elementLabelProp`, and the chosen item edited below with `options.detail` (or the
 * layout generated from the item schema). Add and remove are buttons; the chosen item is marked
 * `aria-current`, and its name in the list follows what is typed. Loaded on first use.
 *
 * @example
 * // { type: 'ListWithDetail', scope: '#/properties/contacts', options: { elementLabelProp: 'name' } }
 */
import { getAtPointer, toPointer } from '@duikit/core/base';
import { itemDefault } from '@duikit/core/form/structure';
import { nestedScopeSchema, objectBranches, resolveSchema, schemaType } from '@duikit/core/form/schema';
import { itemUiSchema } from '@duikit/core/form/uischema';
import { bindControl } from '../bind.js';
import type { ControlBinding, RenderContext, Renderer } from '../contracts.js';
import { useExtras } from '../extras.js';
import { createField, formButton } from '../field.js';

/**
 * The title of item `index`: its `options.elementLabelProp` value when it has one, else
 * « Contacts n° 2 ».
 */
export function itemTitle(ctx: RenderContext, label: string, value: unknown, index: number): string {
  const prop = ctx.uischema.options?.elementLabelProp;
  const named =
    typeof prop === 'string' && value && typeof value === 'object'
      ? getAtPointer(value, prop.startsWith('/') ? prop : toPointer(prop.split('.')))
      : undefined;
  const fallback = ctx.t('form.array.item', { label, index: index + 1 });
  return typeof named === 'string' || typeof named === 'number' ? `${named}` || fallback : fallback;
}

/** Renders a master/detail list over an array of objects. */
export const listDetailRenderer: Renderer = (ctx: RenderContext) => {
  useExtras(ctx.engine);
  const { engine, path, t } = ctx;
  const field = createField<HTMLDivElement>(ctx, 'group');
  field.el.classList.add('array', 'list-detail');
  const itemSchema = resolveSchema(ctx.root, ctx.schema.items);
  const scopeSchema = nestedScopeSchema(ctx.root, itemSchema);
  const isObject = schemaType(itemSchema) === 'object' || !!objectBranches(ctx.root, itemSchema);
  const list = document.createElement('ul');
  list.className = 'items master';
  list.setAttribute('part', 'master');
  const detail = document.createElement('div');
  detail.className = 'detail';
  detail.setAttribute('part', 'detail');
  const empty = Object.assign(document.createElement('p'), {
    className: 'hint empty',
    textContent: t('form.array.empty'),
  });
  const add = formButton(t('form.array.add'), 'add', {
    small: true,
    label: t('form.array.addItem', { label: field.label }),
  });
  field.control.append(list, empty, detail);
  if (!ctx.readonly) field.control.append(add);
  let selected = -1;
  let disposers: (() => void)[] = [];
  let controls: ControlBinding[] = [];
  const value = (): unknown[] => {
    const v = engine.get(path);
    return Array.isArray(v) ? v : [];
  };

  function renderList() {
    const items = value();
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = document.createElement('li');
        const b = formButton(itemTitle(ctx, field.label, item, i), 'item');
        if (i === selected) b.setAttribute('aria-current', 'true');
        b.addEventListener('click', () => select(i, true));
        li.append(b);
        return li;
      }),
    );
    empty.hidden = items.length > 0;
  }

  function select(i: number, focus: boolean) {
    for (const d of disposers) d();
    disposers = [];
    controls = [];
    selected = i < value().length ? i : value().length - 1;
    detail.replaceChildren();
    renderList();
    if (selected < 0) return;
    const base = `${path}/${selected}`;
    const ui = isObject
      ? itemUiSchema(ctx.root, itemSchema, ctx.uischema.options?.detail)
      : { type: 'Control' as const, scope: '#' };
    const node = ctx.render(ui, {
      base,
      scopeSchema,
      schema: scopeSchema,
      path: base,
      onDispose: (fn) => disposers.push(fn),
    });
    controls = node.controls;
    const title = itemTitle(ctx, field.label, value()[selected], selected);
    detail.setAttribute('aria-label', title);
    if (!ctx.readonly) {
      const remove = formButton(t('form.array.remove'), 'remove', {
        small: true,
        label: `${t('form.array.remove')} : ${title}`,
      });
      remove.addEventListener('click', () => {
        const next = value().filter((_, j) => j !== selected);
        engine.display.announceText(t('form.array.removed', { index: selected + 1 }));
        engine.input(path, next.length ? next : undefined, false);
        select(Math.min(selected, next.length - 1), false);
        engine.display.refresh(false);
        engine.options.onChange(path);
        (list.querySelector<HTMLElement>('[aria-current] , button') ?? add).focus();
      });
      detail.append(remove);
    }
    detail.append(node.el);
    engine.display.refresh(false);
    if (focus) node.el.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }

  // The item's name in the list follows what is typed in its detail.
  detail.addEventListener('input', () => renderList());
  detail.addEventListener('change', () => renderList());
  add.addEventListener('click', () => {
    engine.input(path, [...value(), itemDefault(ctx.root, itemSchema, isObject)], false);
    select(value().length - 1, true);
    engine.options.onChange(path);
  });
  ctx.onDispose(() => disposers.forEach((d) => d()));
  const node = bindControl(ctx, field, {
    setValue: () => select(selected < 0 ? 0 : selected, false),
    setEnabled: (on) => field.el.toggleAttribute('disabled', !on),
    focus: () => (list.querySelector<HTMLElement>('button') ?? add).focus(),
  });
  return { ...node, controls: [...node.controls, ...controls] };
};
