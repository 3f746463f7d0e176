/**
 * Arrays of primitives and of objects: a list of items, each rendered from the item schema
 * (or `options.detail`) with scopes relative to the item, so rules and calculations inside an
 * item read that item's values. Add, remove and move up/down are buttons; after each the focus
 * lands somewhere sensible and the change is announced.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/contacts', options: { detail: { type: 'VerticalLayout', … } } }
 */
import type { ControlBinding, RenderContext, Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { createField, formButton } from '../field.js';
import { nestedScopeSchema, objectBranches, resolveSchema, schemaType } from '@duikit/core/form/schema';
import type { UiSchema } from '@duikit/core/form/types';
import { itemDefault } from '@duikit/core/form/structure';
import { itemUiSchema } from '@duikit/core/form/uischema';
import { useExtras } from '../extras.js';
import { itemTitle, listDetailRenderer } from './list-detail.js';

/** Renders an array control. */
export const arrayRenderer: Renderer = (ctx: RenderContext) => {
  if (ctx.uischema.type === 'ListWithDetail') return listDetailRenderer(ctx);
  useExtras(ctx.engine);
  const { engine, path, t } = ctx;
  const field = createField<HTMLDivElement>(ctx, 'group');
  field.el.classList.add('array');
  field.el.removeAttribute('role');
  const itemSchema = resolveSchema(ctx.root, ctx.schema.items);
  // Items resolve their scopes against the item schema, and `$ref`s against the root's $defs.
  const scopeSchema = nestedScopeSchema(ctx.root, itemSchema);
  // Items that are a `oneOf` of objects are objects too (their branch selector renders them).
  const isObject = schemaType(itemSchema) === 'object' || !!objectBranches(ctx.root, itemSchema);
  const list = document.createElement('ol');
  list.className = 'items';
  const empty = document.createElement('p');
  empty.className = 'hint empty';
  empty.textContent = t('form.array.empty');
  const add = formButton(t('form.array.add'), 'add', {
    small: true,
    label: t('form.array.addItem', { label: field.label }),
  });
  field.control.append(list, empty);
  if (!ctx.readonly) field.control.append(add);
  const sortable = ctx.uischema.options?.showSortButtons !== false;
  let items: { li: HTMLLIElement; dispose: (() => void)[]; controls: ControlBinding[] }[] = [];

  const value = (): unknown[] => {
    const v = engine.get(path);
    return Array.isArray(v) ? v : [];
  };
  const commit = (next: unknown[], focus: (items: HTMLLIElement[]) => HTMLElement | undefined) => {
    engine.input(path, next.length ? next : undefined, false);
    rebuild();
    engine.display.refresh(false);
    engine.options.onChange(path);
    focus(items.map((i) => i.li))?.focus();
  };

  function renderItem(index: number) {
    const li = document.createElement('li');
    li.className = 'item';
    li.setAttribute('part', 'array-item');
    const title = itemTitle(ctx, field.label, value()[index], index);
    const header = document.createElement('div');
    header.className = 'item-header';
    const heading = document.createElement('span');
    heading.className = 'item-title';
    heading.textContent = title;
    header.append(heading);
    const dispose: (() => void)[] = [];
    const detail: UiSchema = isObject
      ? itemUiSchema(ctx.root, itemSchema, ctx.uischema.options?.detail)
      : { type: 'Control', scope: '#', label: title };
    const node = ctx.render(detail, {
      base: `${path}/${index}`,
      scopeSchema,
      schema: scopeSchema,
      path: `${path}/${index}`,
      onDispose: (fn) => dispose.push(fn),
    });
    if (!ctx.readonly) {
      const n = value().length;
      if (sortable && index > 0)
        header.append(
          formButton(t('form.array.up'), 'up', { small: true, label: `${t('form.array.up')} : ${title}` }),
        );
      if (sortable && index < n - 1) {
        header.append(
          formButton(t('form.array.down'), 'down', {
            small: true,
            label: `${t('form.array.down')} : ${title}`,
          }),
        );
      }
      header.append(
        formButton(t('form.array.remove'), 'remove', {
          small: true,
          label: `${t('form.array.remove')} : ${title}`,
        }),
      );
      header.addEventListener('click', (e) => {
        const b = (e.target as HTMLElement).closest('button');
        if (!b) return;
        const arr = [...value()];
        if (b.classList.contains('remove')) {
          arr.splice(index, 1);
          engine.display.announceText(t('form.array.removed', { index: index + 1 }));
          commit(arr, (lis) => lis[Math.min(index, lis.length - 1)]?.querySelector('button') ?? add);
        } else {
          const to = b.classList.contains('up') ? index - 1 : index + 1;
          [arr[index], arr[to]] = [arr[to], arr[index]];
          engine.display.announceText(t('form.array.moved', { index: to + 1 }));
          const cls = b.classList.contains('up') && to > 0 ? '.up' : to < arr.length - 1 ? '.down' : 'button';
          commit(arr, (lis) => lis[to]?.querySelector<HTMLElement>(cls) ?? undefined);
        }
      });
    }
    li.append(header, node.el);
    return { li, dispose, controls: node.controls };
  }

  function rebuild() {
    for (const item of items) for (const d of item.dispose) d();
    items = value().map((_, i) => renderItem(i));
    list.replaceChildren(...items.map((i) => i.li));
    empty.hidden = items.length > 0;
  }

  add.addEventListener('click', () =>
    commit([...value(), itemDefault(ctx.root, itemSchema, isObject)], (lis) => {
      const last = lis[lis.length - 1];
      return last?.querySelector<HTMLElement>('input, select, textarea') ?? last;
    }),
  );
  ctx.onDispose(() => items.forEach((i) => i.dispose.forEach((d) => d())));
  const node = bindControl(ctx, field, {
    setValue: () => {
      if (value().length !== items.length) rebuild();
    },
    setEnabled: (on) => field.el.toggleAttribute('disabled', !on),
    focus: () => (list.querySelector<HTMLElement>('input, select, textarea, button') ?? add).focus(),
  });
  return node;
};
