/**
 * Binds a rendered field to the engine: registers the control (with the form model's state: its
 * rule scope, hidden-value policy and, when an `if`/`then`/`else` may require it, its scope),
 * wires `input` and `blur` to the engine, and sets up `options.calculate` (a calculated field is
 * read-only and says so).
 *
 * @example
 * return bindControl(ctx, field, { setValue: (v) => (input.value = formatModel(v, ctx.schema)) });
 */
import { scopeToPointer } from '@duikit/core/base';
import type { ControlBinding, RenderContext, RenderedNode } from './contracts.js';
import type { Field } from './field.js';

/** The control-specific parts of a binding. */
export interface BindingParts {
  setValue: (value: unknown) => void;
  setEnabled?: (enabled: boolean) => void;
  focus?: () => void;
}

/**
 * Registers the field's control and returns the rendered node.
 *
 * @example
 * const node = bindControl(ctx, field, { setValue });
 */
export function bindControl(ctx: RenderContext, field: Field, parts: BindingParts): RenderedNode {
  const { engine, path } = ctx;
  const control = field.control as HTMLElement & { disabled?: boolean };
  const ui = ctx.uischema;
  const binding: ControlBinding = {
    path,
    id: field.id,
    label: field.label,
    el: field.el,
    hiddenValue: ui.options?.hiddenValue ?? engine.options.hiddenValue ?? 'keep',
    scope: ctx.ruleScope,
    // A `then`/`else` may require it (createField made a mark): the state decides its star.
    source:
      field.mark && ui.type === 'Control'
        ? { schema: ctx.scopeSchema, scope: ui.scope, base: ctx.base }
        : undefined,
    mark: field.mark,
    setValue: parts.setValue,
    setError: field.setError,
    setEnabled:
      parts.setEnabled ??
      ((enabled) => {
        control.disabled = !enabled;
      }),
    focus: parts.focus ?? (() => control.focus()),
  };
  ctx.onDispose(engine.addControl(binding));
  if (ctx.uischema.options?.focus === true) engine.autofocus ??= binding;
  const calc = ctx.uischema.options?.calculate;
  if (calc) {
    const args = (calc.args ?? []).map((a) => ctx.base + scopeToPointer(a));
    ctx.onDispose(engine.addCalculation(path, calc.function, args));
    field.el.classList.add('calculated');
  }
  parts.setValue(engine.get(path));
  // Leaving a field marks it touched: its error shows from then on (not while typing at first).
  field.el.addEventListener('focusout', (e) => {
    if (!field.el.contains(e.relatedTarget as Node | null)) engine.display.touch(path);
  });
  return { el: field.el, controls: [binding] };
}
