/**
 * The form model's logic in the element: core's {@link FormState} (the one the server's
 * `evaluateForm` judges with) decides every rule, hidden-value policy, conditional `required` and
 * calculated field, and this module only pushes what it decides into the DOM. One chunk, loaded
 * with the first rule, calculated field, condition or `if`/`then`/`else` of the page (the engine's
 * `FirstUse`, first-use.ts): a form without them never downloads the condition evaluator.
 *
 * @example
 * const { Feature } = await import('./model-state.js');
 * const logic = new Feature(engine, specs); // specs: the rules, calculations and controls bound
 * logic.applyAll(); // state.refresh(): every decision for the data as it is
 */
import { FormState, type RuleScope } from '@duikit/core/form/state';
import { evaluateCondition } from '@duikit/core/form/conditions';
import type { RuleOutcome } from '@duikit/core/form/rules';
import type { FormEngineApi, ModelSpec, RuleSpec, StateBinding } from './contracts.js';
import { hideByRule } from './rule-hidden.js';

export { evaluateCondition };
export { builtInCalculations } from '@duikit/core/form/calculation-functions';

/** Shows or removes a conditional required mark: the star and `aria-required`. */
function mark(c: StateBinding, on: boolean): void {
  const m = c.mark;
  if (!m) return;
  if (on) {
    m.star ??= Object.assign(document.createElement('span'), { className: 'req', textContent: ' *' });
    m.star.ariaHidden = 'true';
    m.label.append(m.star);
  } else m.star?.remove();
  const target = m.aria();
  if (target && on) target.ariaRequired = 'true';
  else target?.removeAttribute('aria-required');
}

/** The form model of one form over the specs its engine bound: see the module documentation. */
export class ModelFeature {
  readonly state: FormState;
  private readonly nodes = new Map<RuleScope, RuleSpec>();
  private readonly enabled = new Map<RuleScope, boolean>();
  private readonly off = new Map<ModelSpec, () => void>();

  constructor(
    private readonly engine: FormEngineApi,
    private readonly specs: ReadonlySet<ModelSpec>,
  ) {
    this.state = new FormState({
      get: (p) => engine.get(p),
      write: (p, v) => engine.write(p, v),
      evaluate: evaluateCondition,
      onRule: (scope, outcome) => this.rule(scope, outcome),
      onRequired: (c, on) => mark(c, on),
    });
    this.bind();
  }

  /** Registers every spec bound so far, and every control of the form (those not yet in). */
  private bind(): void {
    for (const s of this.specs) this.add(s);
    for (const list of this.engine.controls.values()) for (const c of list) this.add(c);
  }

  /** Registers a spec with the state (decided at once when the state is live). */
  add(spec: ModelSpec): void {
    if (this.off.has(spec)) return;
    let off: () => void;
    if ('rule' in spec) {
      this.nodes.set(spec.scope, spec);
      const drop = this.state.addScope(spec.scope);
      off = () => (drop(), this.nodes.delete(spec.scope), this.enabled.delete(spec.scope));
    } else if ('fn' in spec) off = this.state.addCalculation(spec);
    else off = this.state.addControl(spec);
    this.off.set(spec, off);
  }

  /** Unregisters a spec (its element left the form). */
  remove(spec: ModelSpec): void {
    this.off.get(spec)?.();
    this.off.delete(spec);
  }

  /** A person changed the value at `path`. */
  changed(path: string): void {
    this.state.changed(path);
  }

  /** Decides everything again for the data as it is (mount, data set by the host, code loaded). */
  applyAll(): void {
    this.bind();
    this.state.refresh();
  }

  /** An element's own rule outcome changed: hide or show it, disable or enable what it holds. */
  private rule(scope: RuleScope, outcome: RuleOutcome): void {
    const spec = this.nodes.get(scope);
    if (!spec) return;
    hideByRule(spec.node.el, !outcome.visible);
    this.engine.invalidate();
    if (this.enabled.get(scope) === outcome.enabled) return;
    this.enabled.set(scope, outcome.enabled);
    if (spec.fieldset) spec.fieldset.disabled = !outcome.enabled;
    // Each control as the state says: an enclosing rule that disables wins over this one.
    else for (const c of spec.node.controls) c.setEnabled(this.state.enabled(c.scope ?? scope));
  }
}

export { ModelFeature as Feature };
