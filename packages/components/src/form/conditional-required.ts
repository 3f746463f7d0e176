/**
 * Live required marks from `if`/`then`/`else`: a field that a `then` (or `else`) makes required
 * shows the star and `aria-required="true"` exactly while its branch applies. At bind time each
 * control looks up the clauses of its parent object (its own `if`s and those of its `allOf`
 * parts, at any depth, relative to the array item it sits in); on a change only the clauses whose
 * `if` reads the changed path are evaluated again, with core's CSP-safe condition evaluator.
 * Forms whose schema holds no `if` pay one scan of the schema and nothing per keystroke, and
 * never load this module (see required-watch.ts).
 *
 * @example
 * bindRequired(ctx, labelEl, () => control); // through watchRequired, in createField
 */
import { controlRequirement, isRequiredNow, type Requirement } from '@duikit/core/form/required';
import { related } from '@duikit/core/form/rules';
import type { RenderContext } from './contracts.js';

interface Mark extends Requirement {
  label: Element;
  aria: () => HTMLElement | null;
  star?: HTMLElement;
  on: boolean;
}

/** The conditional marks of one form (created on the first control that needs one). */
export class ConditionalRequired {
  private marks = new Set<Mark>();
  private waiting = false;

  constructor(private engine: RenderContext['engine']) {}

  /** Adds a mark and shows its current state; returns its disposer. */
  add(mark: Mark): () => void {
    this.marks.add(mark);
    this.apply(mark, new Map());
    return () => this.marks.delete(mark);
  }

  /** A value changed: re-evaluates the clauses whose `if` reads it. */
  changed(path: string): void {
    const memo = new Map<string, boolean>();
    for (const m of this.marks) if (m.deps.some((d) => related(d, path))) this.apply(m, memo);
  }

  /** Re-evaluates every mark (the host set data, the evaluator arrived). */
  applyAll(): void {
    const memo = new Map<string, boolean>();
    for (const m of this.marks) this.apply(m, memo);
  }

  private apply(m: Mark, memo: Map<string, boolean>): void {
    const on = isRequiredNow(m.clauses, m.name, (c) => {
      const key = `${c.id}\u0000${m.object}`;
      const holds = memo.get(key) ?? this.engine.holds(c.condition, m.object);
      if (holds !== undefined) memo.set(key, holds);
      return holds;
    });
    if (on === undefined) {
      // The evaluator is loading (the first `holds` started it): apply every mark once it is in.
      if (!this.waiting) void this.engine.conditionsReady.then(() => this.applyAll());
      this.waiting = true;
      return;
    }
    if (m.on === on) return;
    m.on = on;
    if (on) {
      m.star ??= Object.assign(document.createElement('span'), { className: 'req', textContent: ' *' });
      m.star.ariaHidden = 'true';
      m.label.append(m.star);
    } else m.star?.remove();
    const target = m.aria();
    if (target && on) target.ariaRequired = 'true';
    else target?.removeAttribute('aria-required');
  }
}

/**
 * Binds the live required mark of a Control that its schema does not always require: does
 * nothing unless an `if`/`then`/`else` of its parent object can require it. Reached through
 * `watchRequired` (required-watch.ts), which loads this module only for schemas with an `if`.
 *
 * @example
 * bindRequired(ctx, labelEl, () => (isRadioGroup ? fieldset : input));
 */
export function bindRequired(ctx: RenderContext, label: Element, aria: () => HTMLElement | null): void {
  if (ctx.uischema.type !== 'Control') return;
  const requirement = controlRequirement(ctx.scopeSchema, ctx.uischema.scope, ctx.base);
  if (!requirement?.clauses.length) return;
  const engine = ctx.engine;
  const set = (engine.conditional ??= new ConditionalRequired(engine)) as ConditionalRequired;
  ctx.onDispose(set.add({ ...requirement, label, aria, on: false }));
}
