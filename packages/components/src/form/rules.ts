/**
 * JSON Forms rules (SHOW, HIDE, ENABLE, DISABLE) bound to rendered nodes, with a dependency
 * index: a change at a path re-evaluates only the rules whose condition reads that path (or an
 * ancestor or descendant of it). Conditions inside array items are evaluated against the item.
 *
 * When a rule hides a node, each control inside follows its hidden-value policy: `keep` (the
 * default, as in JSON Forms), `clear` (the value is removed from the data) or `exclude` (kept
 * while the form lives, left out of the submitted data and of validation).
 *
 * @example
 * engine.addRule({ rule, base: '', node, deps: conditionDeps(rule.condition, '') });
 */
import { scopeToPointer, type Condition, type Rule } from '@duikit/core';
import type { RenderedNode } from './contracts.js';
import { related } from './calculated-fields.js';
import type { FormEngine } from './engine.js';

/** A rule attached to a rendered node. */
export interface RuleBinding {
  rule: Rule;
  /** Data pointer the condition's scopes are relative to. */
  base: string;
  node: RenderedNode;
  /** Absolute pointers the condition reads. */
  deps: string[];
  /** For layouts rendered as `<fieldset>`: ENABLE/DISABLE toggles `disabled` on it. */
  fieldset?: HTMLFieldSetElement;
  visible?: boolean;
  enabled?: boolean;
}

/**
 * The absolute data pointers a condition reads.
 *
 * @example
 * conditionDeps({ scope: '#/properties/a', schema: { const: 1 } }, '/items/0'); // ['/items/0/a']
 */
export function conditionDeps(condition: Condition, base: string): string[] {
  switch (condition.type) {
    case 'AND':
    case 'OR':
      return condition.conditions.flatMap((c) => conditionDeps(c, base));
    case 'NOT':
      return conditionDeps(condition.condition, base);
    default:
      return [base + scopeToPointer(condition.scope)];
  }
}

/** The rules of one form. */
export class RuleSet {
  private all = new Set<RuleBinding>();

  constructor(private engine: FormEngine) {}

  /** Adds a rule and applies it at once; returns its disposer. */
  add(binding: RuleBinding): () => void {
    this.all.add(binding);
    this.apply(binding, false);
    return () => this.all.delete(binding);
  }

  /** Re-evaluates the rules that read `path`. */
  changed(path: string): void {
    for (const b of this.all) if (b.deps.some((d) => related(d, path))) this.apply(b, true);
  }

  /** Re-evaluates every rule (after the host set data, or at mount). */
  applyAll(applyPolicy: boolean): void {
    for (const b of this.all) this.apply(b, applyPolicy);
  }

  private apply(b: RuleBinding, applyPolicy: boolean): void {
    const holds = this.engine.holds(b.rule.condition, b.base);
    const effect = b.rule.effect;
    if (holds === undefined) {
      // The evaluator is loading: keep rule-bound content out of sight until it is known.
      if (effect === 'SHOW' || effect === 'HIDE') b.node.el.hidden = true;
      return;
    }
    const visible = effect === 'SHOW' ? holds : effect === 'HIDE' ? !holds : true;
    const enabled = effect === 'ENABLE' ? holds : effect === 'DISABLE' ? !holds : true;
    if (b.visible !== visible) {
      b.node.el.hidden = !visible;
      this.engine.invalidate();
      this.policy(b, visible, applyPolicy && b.visible !== undefined);
      b.visible = visible;
    }
    if (b.enabled !== enabled) {
      if (b.fieldset) b.fieldset.disabled = !enabled;
      else for (const c of b.node.controls) c.setEnabled(enabled);
      b.enabled = enabled;
    }
  }

  private policy(b: RuleBinding, visible: boolean, personChanged: boolean): void {
    const engine = this.engine;
    for (const c of b.node.controls) {
      if (c.hiddenValue === 'exclude') {
        if (visible) engine.excluded.delete(c.path);
        else engine.excluded.add(c.path);
      } else if (c.hiddenValue === 'clear' && !visible && personChanged) {
        // Only a person's change clears: data the host sets is never rewritten behind its back.
        engine.write(c.path, undefined);
      }
    }
  }
}
