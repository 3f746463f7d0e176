/**
 * A map: an object whose `additionalProperties` is a schema (a code → label table, a measure per
 * day). Each entry is a name field and its value's control (rendered from the value schema, at
 * `/<map>/<name>`); entries are added, renamed and removed with buttons, in the object's order.
 * Part of the object renderer's chunk, loaded on first use.
 *
 * @example
 * // { type: 'object', additionalProperties: { type: 'integer' } } → one row per entry
 */
import { toPointer } from '@duikit/core/base';
import { itemDefault } from '@duikit/core/form/structure';
import { nestedScopeSchema, objectBranches, schemaType } from '@duikit/core/form/schema';
import type { JsonSchema } from '@duikit/core/form/types';
import { bindControl } from '../bind.js';
import type { RenderContext, RenderedNode } from '../contracts.js';
import { useExtras } from '../extras.js';
import { createField, formButton } from '../field.js';

/** Renders a map over `values` (the schema of each entry's value). */
export function mapRenderer(ctx: RenderContext, values: JsonSchema): RenderedNode {
  useExtras(ctx.engine);
  const { engine, path, t } = ctx;
  const field = createField<HTMLDivElement>(ctx, 'group');
  field.el.classList.add('array', 'map');
  const scopeSchema = nestedScopeSchema(ctx.root, values);
  const isObject = schemaType(values) === 'object' || !!objectBranches(ctx.root, values);
  const list = document.createElement('ol');
  list.className = 'items';
  const add = formButton(t('form.array.add'), 'add', {
    small: true,
    label: t('form.array.addItem', { label: field.label }),
  });
  field.control.append(list);
  if (!ctx.readonly) field.control.append(add);
  let disposers: (() => void)[] = [];
  const entries = (): [string, unknown][] => {
    const v = engine.get(path);
    return v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [];
  };
  const commit = (next: [string, unknown][]) => {
    engine.input(path, next.length ? Object.fromEntries(next) : undefined, false);
    rebuild();
    engine.display.refresh(false);
    engine.options.onChange(path);
  };

  function row(key: string, index: number): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'item';
    li.setAttribute('part', 'array-item');
    const name = document.createElement('input');
    name.className = 'control';
    name.value = key;
    name.readOnly = ctx.readonly;
    name.ariaLabel = `${t('form.map.key')} ${index + 1}`;
    name.addEventListener('change', () => {
      const list = entries();
      if (!name.value || list.some(([k], j) => k === name.value && j !== index)) {
        engine.display.announceText(t('form.map.renamed', { key: name.value }));
        name.value = key;
        return;
      }
      list[index] = [name.value, list[index][1]];
      commit(list);
    });
    const base = path + toPointer([key]);
    const node = ctx.render(
      { type: 'Control', scope: '#', label: key },
      { base, scopeSchema, schema: scopeSchema, path: base, onDispose: (fn) => disposers.push(fn) },
    );
    li.append(name, node.el);
    if (!ctx.readonly) {
      const remove = formButton(t('form.array.remove'), 'remove', {
        small: true,
        label: `${t('form.array.remove')} : ${key}`,
      });
      remove.addEventListener('click', () => commit(entries().filter((_, j) => j !== index)));
      li.append(remove);
    }
    return li;
  }

  function rebuild() {
    for (const d of disposers) d();
    disposers = [];
    list.replaceChildren(...entries().map(([k], i) => row(k, i)));
  }

  add.addEventListener('click', () => {
    const taken = new Set(entries().map(([k]) => k));
    let n = taken.size + 1;
    while (taken.has(`${t('form.map.key')} ${n}`)) n++;
    commit([...entries(), [`${t('form.map.key')} ${n}`, itemDefault(ctx.root, values, isObject)]]);
    list.querySelector<HTMLInputElement>('li:last-child input')?.select();
  });
  ctx.onDispose(() => disposers.forEach((d) => d()));
  return bindControl(ctx, field, {
    setValue: () => {
      if (list.children.length !== entries().length) rebuild();
    },
    setEnabled: (on) => field.el.toggleAttribute('disabled', !on),
    focus: () => (list.querySelector<HTMLElement>('input') ?? add).focus(),
  });
}
