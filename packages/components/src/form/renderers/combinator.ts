/**
 * A `oneOf`/`anyOf` of object branches (JSON Forms' combinator renderer, made accessible): the
 * object's own properties, a chooser labelled by each branch's `x-label`/`title`, then only the
 * chosen branch's fields (generated, or `options.detail[i]`, scoped to the branch). The initial
 * branch is the one the data is in. Switching away from a branch that holds data asks for
 * confirmation in the form itself (no `window.confirm`), then drops the old branch's properties
 * the new one does not declare, writes the new `const` discriminators and fires one `dui-change`.
 * Only the chosen branch's validation errors show; with none chosen, one « Choisissez une
 * option » on the chooser.
 *
 * @example
 * // { type: 'Control', scope: '#/properties/representative', options: { variant: 'tabs' } }
 */
import { toPointer } from '@duikit/core/base';
import type { FormError } from '../../events/dui-form-events.js';
import { bindControl } from '../bind.js';
import {
  branchErrors,
  branchLabel,
  pickBranch,
  propertyLabels,
  switchData,
} from '@duikit/core/form/branches';
import type { ControlBinding, RenderContext, Renderer } from '../contracts.js';
import { formButton, labelOf } from '../field.js';
import { nestedScopeSchema, objectBranches, resolveSchema } from '@duikit/core/form/schema';
import type { JsonSchema } from '@duikit/core/form/types';
import { branchUiSchema, generateUiSchema } from '@duikit/core/form/uischema';
import { branchSelector, type SelectorKind } from './combinator-selector.js';
import { useExtras } from '../extras.js';

/** Renders the branch selector and the chosen branch. */
export const combinatorRenderer: Renderer = (ctx: RenderContext) => {
  useExtras(ctx.engine);
  const { engine, t, path } = ctx;
  const schema = ctx.schema;
  const branches = objectBranches(ctx.scopeSchema, schema)!;
  const own = new Set(Object.keys(schema.properties ?? {}));
  const labels = branches.map((b, i) => branchLabel(b, i, t, ctx.locale));
  const scopes = branches.map((b) => nestedScopeSchema(ctx.root, b));
  const scope = ctx.uischema.type === 'Control' ? ctx.uischema.scope : '#';
  const label = scope === '#' && !schema.title ? '' : labelOf(ctx);
  const options = ctx.uischema.options ?? {};

  const wrap = document.createElement(own.size && label ? 'fieldset' : 'div');
  wrap.className = own.size && label ? 'combinator group-box' : 'combinator';
  wrap.setAttribute('part', 'combinator');
  const controls: ControlBinding[] = [];
  if (own.size && label) {
    const legend = document.createElement('legend');
    legend.className = 'group-label';
    legend.setAttribute('part', 'group-label');
    legend.textContent = label;
    wrap.append(legend);
  }
  if (own.size) {
    const layout = generateUiSchema(ctx.scopeSchema, schema, scope, true);
    const node = ctx.render(layout, { schema: ctx.scopeSchema, path: ctx.base });
    wrap.append(node.el);
    controls.push(...node.controls);
  }

  // The chooser: its legend is the object's label, or « Type » under the object's own fields.
  const legend = own.size || !label ? t('form.combinator.legend') : label;
  const selCtx: RenderContext = { ...ctx, uischema: { ...ctx.uischema, label: legend } };
  const area = document.createElement('div');
  area.className = 'combinator-branch';
  area.setAttribute('part', 'combinator-branch');
  area.hidden = true;
  area.id = engine.uniqueId(`f${path.replace(/[^A-Za-z0-9_-]/g, '-')}-branch`);
  // `options.variant`: 'radio', 'select' or 'tabs' (the Categorization option name, reused).
  const variant = options.variant as string | undefined;
  const kind: SelectorKind =
    variant === 'tabs' || variant === 'select' || variant === 'radio'
      ? variant
      : branches.length > 4
        ? 'select'
        : 'radio';
  const selector = branchSelector(selCtx, kind, labels, (i) => pick(i), area.id);
  area.setAttribute('role', kind === 'tabs' ? 'tabpanel' : 'group');

  // The in-form confirmation, read out as an alert dialog; Escape cancels.
  const box = document.createElement('div');
  box.className = 'combinator-confirm';
  box.setAttribute('part', 'combinator-confirm');
  box.setAttribute('role', 'alertdialog');
  box.hidden = true;
  const message = document.createElement('p');
  message.id = `${area.id}-confirm`;
  box.setAttribute('aria-labelledby', message.id);
  const yes = formButton(t('form.combinator.confirmYes'), 'confirm primary');
  const no = formButton(t('form.combinator.confirmNo'), 'cancel');
  const buttons = document.createElement('div');
  buttons.className = 'actions';
  buttons.append(yes, no);
  box.append(message, buttons);
  wrap.append(selector.field.el, box, area);

  let chosen = -1;
  let pending = -1;
  const disposers: (() => void)[] = [];
  const fixed = controls.length + 1; // own controls and the chooser stay; branch controls come and go
  // The chosen branch's schema of one property (with the root's $defs), to judge its errors.
  const propertySchemas = new Map<string, JsonSchema>();
  const accepts = (name: string) => {
    const key = `${chosen}/${name}`;
    let s = propertySchemas.get(key);
    if (!s) {
      s = nestedScopeSchema(ctx.root, resolveSchema(scopes[chosen], branches[chosen].properties?.[name]));
      propertySchemas.set(key, s);
    }
    return engine.holds({ scope: '#', schema: s }, path + toPointer([name]));
  };
  const valid = (i: number) => engine.holds({ scope: '#', schema: scopes[i] }, path);

  function renderBranch(i: number) {
    for (const d of disposers.splice(0)) d();
    controls.splice(fixed);
    area.replaceChildren();
    area.hidden = i < 0;
    if (i < 0) return;
    if (kind === 'tabs') area.setAttribute('aria-labelledby', `${selector.field.id}-${i}`);
    else area.ariaLabel = labels[i];
    const ui = branchUiSchema(scopes[i], branches[i], i, options.detail, own);
    const node = ctx.render(ui, {
      base: path,
      scopeSchema: scopes[i],
      schema: scopes[i],
      path,
      onDispose: (fn) => disposers.push(fn),
    });
    area.append(node.el);
    controls.push(...node.controls);
  }

  function choose(i: number) {
    chosen = i;
    selector.show(i);
    renderBranch(i);
    engine.invalidate();
  }

  const close = () => {
    box.hidden = true;
    pending = -1;
  };

  function apply(i: number, next: unknown) {
    close();
    const changed = next !== engine.get(path);
    for (const d of disposers.splice(0)) d();
    chosen = i;
    if (changed) engine.input(path, next, false);
    choose(i);
    engine.display.refresh(false);
    if (changed) engine.options.onChange(path);
  }

  function pick(i: number) {
    if (ctx.readonly) return selector.show(chosen);
    if (i === chosen) return close();
    const from = chosen >= 0 ? branches[chosen] : undefined;
    const { next, dropped } = switchData(ctx.scopeSchema, engine.get(path), from, branches[i], own);
    if (!dropped.length) return apply(i, next);
    selector.show(chosen);
    pending = i;
    message.textContent = t('form.combinator.confirm', {
      to: labels[i],
      from: labels[chosen],
      fields: propertyLabels(ctx.scopeSchema, from!, dropped).join(', '),
    });
    box.hidden = false;
    no.focus();
  }

  yes.addEventListener('click', () => {
    const i = pending;
    if (i < 0) return close();
    const from = branches[chosen];
    apply(i, switchData(ctx.scopeSchema, engine.get(path), from, branches[i], own).next);
    engine.display.announceText(t('form.combinator.switched', { label: labels[i] }));
    (area.querySelector<HTMLElement>('input, select, textarea, button') ?? selector).focus();
  });
  no.addEventListener('click', () => {
    close();
    selector.focus();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    no.click();
  });

  // The branch the data is in; the evaluator may still be loading (then pick once it is in).
  function sync(value: unknown) {
    close();
    const i = pickBranch(ctx.scopeSchema, branches, value, valid, own);
    if (i === undefined) {
      void engine.loadConditions().then(() => {
        if (engine.get(path) !== value) return;
        choose(pickBranch(ctx.scopeSchema, branches, value, valid, own) ?? -1);
        engine.display.refresh(false);
      });
      return;
    }
    if (i !== chosen) choose(i);
  }

  const filter = (errors: FormError[]) =>
    branchErrors(errors, {
      path,
      own,
      branch: chosen >= 0 ? branches[chosen] : undefined,
      accepts,
      chooseMessage: t('validation.chooseBranch'),
    });
  engine.errorFilters.add(filter);
  ctx.onDispose(() => {
    engine.errorFilters.delete(filter);
    for (const d of disposers.splice(0)) d();
  });
  // Load the evaluator now: picking a branch and sorting errors need it, and whenReady waits.
  void engine.loadConditions();
  const node = bindControl(selCtx, selector.field, {
    setValue: sync,
    setEnabled: selector.setEnabled,
    focus: selector.focus,
  });
  controls.splice(fixed - 1, 0, ...node.controls);
  return { el: wrap, controls };
};
