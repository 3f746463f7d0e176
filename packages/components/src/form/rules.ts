/**
 * JSON Forms rules (SHOW, HIDE, ENABLE, DISABLE) bound to rendered nodes, with a dependency
 * index: a change at a path re-evaluates only the rules whose condition reads that path (or an
 * ancestor or descendant of it). Conditions inside array items are evaluated against the item.
 * Loaded on first use, with the condition evaluator (conditions.ts), by the engine's `FirstUse`.
 *
 * When a rule hides a node, each control inside follows its hidden-value policy: `keep` (the
 * default, as in JSON Forms), `clear` (the value is removed from the data) or `exclude` (kept
 * while the form lives, left out of the submitted data and of validation).
 *
 * @example
 * const specs = new Set<RuleSpec>([{ rule, base: '', node }]);
 * const rules = new RuleSet(engine, specs);
 * rules.applyAll(false);
 * rules.changed('/consent');
 */
import { evaluateCondition } from '@duikit/core/form/conditions';
import { conditionDeps, related, ruleOutcome } from '@duikit/core/form/rules';
import type { FormEngineApi, RuleSpec } from './contracts.js';

export type { RuleSpec };

/** What a bound rule reads and what it last did. */
interface RuleState {
  /** Absolute pointers the condition reads. */
  deps: string[];
  visible?: boolean;
  enabled?: boolean;
}

/** The rules of one form: those bound now (`specs`, kept by the engine), and what they did. */
export class RuleSet {
  private states = new WeakMap<RuleSpec, RuleState>();

  constructor(
    private engine: FormEngineApi,
    private specs: ReadonlySet<RuleSpec>,
  ) {}

  /** A rule was bound: apply it at once. */
  add(spec: RuleSpec): void {
    this.apply(spec, false);
  }

  /** Re-evaluates the rules that read `path`. */
  changed(path: string): void {
    for (const spec of this.specs)
      if (this.state(spec).deps.some((d) => related(d, path))) this.apply(spec, true);
  }

  /** Re-evaluates every rule (after the host set data, or at mount). */
  applyAll(applyPolicy: boolean): void {
    for (const spec of this.specs) this.apply(spec, applyPolicy);
  }

  private state(spec: RuleSpec): RuleState {
    let s = this.states.get(spec);
    if (!s) this.states.set(spec, (s = { deps: conditionDeps(spec.rule.condition, spec.base) }));
    return s;
  }

  private apply(spec: RuleSpec, applyPolicy: boolean): void {
    const s = this.state(spec);
    const engine = this.engine;
    const holds = evaluateCondition(spec.rule.condition, spec.base ? engine.get(spec.base) : engine.data);
    const { visible, enabled } = ruleOutcome(spec.rule.effect, holds);
    if (s.visible !== visible) {
      spec.node.el.hidden = !visible;
      spec.node.el.toggleAttribute('data-rule-hidden', !visible);
      engine.invalidate();
      this.policy(spec, visible, applyPolicy && s.visible !== undefined);
      s.visible = visible;
    }
    if (s.enabled !== enabled) {
      if (spec.fieldset) spec.fieldset.disabled = !enabled;
      else for (const c of spec.node.controls) c.setEnabled(enabled);
      s.enabled = enabled;
    }
  }

  private policy(spec: RuleSpec, visible: boolean, personChanged: boolean): void {
    const engine = this.engine;
    for (const c of spec.node.controls) {
      if (c.hiddenValue === 'keep') continue;
      // Neither policy submits a hidden value (the server's form model drops them too).
      if (visible) engine.excluded.delete(c.path);
      else engine.excluded.add(c.path);
      // Only a person's change clears: data the host sets is never rewritten behind its back.
      if (c.hiddenValue === 'clear' && !visible && personChanged) engine.write(c.path, undefined);
    }
  }
}
