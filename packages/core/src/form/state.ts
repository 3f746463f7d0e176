/**
 * The form model's incremental state: every decision of a form for the data of the moment —
 * whether each element a rule governs is visible and enabled, whether each field is required,
 * the calculated values, what a submit sends and which errors a hidden field hides — recomputed
 * only where a change reaches. `evaluateForm` (model.ts) registers what its walk of the UI schema
 * meets and reads the state once; `<dui-form>` registers what it renders and applies each change
 * the state reports to its DOM. One implementation, so the page and the server decide alike.
 *
 * @example
 * const state = new FormState({ get: (p) => getAtPointer(data, p), write: (p, v) => (data = setAtPointer(data, p, v)) });
 * const scope = { rule, base: '' };
 * state.addScope(scope);
 * state.addControl({ path: '/guardianName', hiddenValue: 'exclude', scope });
 * state.refresh();
 * state.visible(scope); // false while the rule hides it
 */
import { evaluateCondition } from '../conditions/evaluate.js';
import type { Condition, Rule } from '../conditions/types.js';
import { setAtPointer } from '../json/pointer.js';
import { runCalculations, type CalcSpec } from './calculated.js';
import { controlRequirement, isRequiredNow, type Requirement } from './required.js';
import { conditionDeps, related, ruleOutcome, type RuleOutcome } from './rules.js';
import type { HiddenValuePolicy, JsonSchema } from './types.js';

/** A UI schema element that carries a rule. */
export interface RuleScope {
  readonly rule: Rule;
  /** Data pointer the condition's scopes are relative to (the form, or an array item). */
  readonly base: string;
  /** The nearest enclosing element with a rule: it hides and disables this one too. */
  readonly parent?: RuleScope;
}

/** Where a control's scope comes from: what decides whether it is required. */
export interface ControlSource {
  /** The schema its scope resolves against (the root, an array item's, a branch's). */
  schema: JsonSchema;
  /** Its UI schema scope. */
  scope: string;
  /** Data pointer its scope is relative to. */
  base: string;
}

/** A control of the form. */
export interface StateControl {
  /** Absolute JSON Pointer of its value. */
  readonly path: string;
  readonly hiddenValue: HiddenValuePolicy;
  /** The nearest element with a rule that holds it (its own, when the control has a rule). */
  readonly scope?: RuleScope;
  /** Its scope, when an `if`/`then`/`else` may require it (or its object always does). */
  readonly source?: ControlSource;
}

/** How the state reaches the data, and whom it tells what changed. */
export interface StateHooks {
  /** Reads the value at a pointer (`''`: the whole data). */
  get(path: string): unknown;
  /** Writes a value: a calculated field's, or `undefined` for a hidden `clear` field. */
  write(path: string, value: unknown): void;
  /** Judges a condition (core's CSP-safe evaluator by default). */
  evaluate?: (condition: Condition, data: unknown) => boolean;
  /** An element's own rule outcome changed (the first evaluation included). */
  onRule?(scope: RuleScope, outcome: RuleOutcome): void;
  /** A control's `required` changed from what its object's `required` list says. */
  onRequired?(control: StateControl, required: boolean): void;
}

/** What a rule or a `required` reads: absolute data pointers. */
interface Reader {
  deps: string[];
}

interface ControlEntry extends Reader {
  requirement?: Requirement;
  required: boolean;
}

const affects = (r: Reader, paths: string[]) => r.deps.some((d) => paths.some((p) => related(d, p)));

/** See the module documentation. */
export class FormState {
  private readonly scopes = new Map<RuleScope, Reader & { own?: RuleOutcome }>();
  private readonly controls = new Map<StateControl, ControlEntry>();
  private readonly byPath = new Map<string, StateControl[]>();
  private readonly calcs = new Set<CalcSpec>();
  /** Fields a rule hides whose value a submit leaves out (`exclude` and `clear`). */
  private readonly excluded = new Set<StateControl>();
  private live = false;
  private readonly evaluate: (condition: Condition, data: unknown) => boolean;

  constructor(private readonly hooks: StateHooks) {
    this.evaluate = hooks.evaluate ?? evaluateCondition;
  }

  /** Registers an element with a rule (evaluated at once when the state is live); returns its disposer. */
  addScope(scope: RuleScope): () => void {
    this.scopes.set(scope, { deps: conditionDeps(scope.rule.condition, scope.base) });
    if (this.live) this.settle(this.judge(new Set([scope])), false);
    return () => void this.scopes.delete(scope);
  }

  /**
   * Registers a control; returns its disposer. `known` gives its requirement when the caller
   * already worked it out from `c.source` (a replayed walk of the same form).
   */
  addControl(c: StateControl, known?: { requirement: Requirement | undefined }): () => void {
    const requirement = known
      ? known.requirement
      : c.source && controlRequirement(c.source.schema, c.source.scope, c.source.base);
    const entry: ControlEntry = {
      requirement,
      deps: requirement?.deps ?? [],
      required: !!requirement?.always,
    };
    this.controls.set(c, entry);
    const list = this.byPath.get(c.path);
    if (list) list.push(c);
    else this.byPath.set(c.path, [c]);
    if (this.live) {
      this.require(c, entry);
      this.policy([c], false);
    }
    return () => {
      this.controls.delete(c);
      this.excluded.delete(c);
      const l = this.byPath.get(c.path);
      if (l) l.splice(l.indexOf(c), 1);
    };
  }

  /** Registers a calculated field (computed at once when the state is live); returns its disposer. */
  addCalculation(c: CalcSpec): () => void {
    this.calcs.add(c);
    if (this.live) this.flow(runCalculations([c], this.access()), false);
    return () => void this.calcs.delete(c);
  }

  /**
   * Decides everything again for the data as it is (the mount, data set by the host): every
   * calculation, rule and `required`. Data the host sets is never rewritten by a `clear` policy.
   */
  refresh(): void {
    this.live = true;
    runCalculations(this.calcs, this.access());
    this.settle(this.judge(this.scopes.keys()), false);
    for (const [c, entry] of this.controls) this.require(c, entry);
  }

  /** A person changed the value at `path`: what reads it is decided again, what follows too. */
  changed(path: string): void {
    if (!this.live) return;
    this.flow([path, ...runCalculations(this.calcs, this.access(), path)], true);
  }

  /** Whether an element with this rule scope (and its ancestors' rules) is shown. */
  visible(scope: RuleScope | undefined): boolean {
    for (let s = scope; s; s = s.parent) if (this.scopes.get(s)?.own?.visible === false) return false;
    return true;
  }

  /** Whether an element with this rule scope (and its ancestors' rules) is enabled. */
  enabled(scope: RuleScope | undefined): boolean {
    for (let s = scope; s; s = s.parent) if (this.scopes.get(s)?.own?.enabled === false) return false;
    return true;
  }

  /** Whether the control is required now (its object's `required`, or a `then`/`else` that applies). */
  required(c: StateControl): boolean {
    return this.controls.get(c)?.required ?? false;
  }

  /** True when the control that shows errors at `path` (its own, or the nearest ancestor's) is hidden. */
  isHidden(path: string): boolean {
    for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
      const owner = this.byPath.get(p)?.[0];
      if (owner) return !this.visible(owner.scope);
      if (!p) return false;
    }
  }

  /** What a submit sends: `data` without the values of hidden `exclude` and `clear` fields. */
  submitted(data: unknown): unknown {
    let out = data;
    for (const c of this.excluded) out = setAtPointer(out, c.path, undefined);
    return out;
  }

  private access() {
    const hooks = this.hooks;
    return { get: (p: string) => hooks.get(p), write: (p: string, v: unknown) => hooks.write(p, v) };
  }

  /** Applies what follows from values that changed (bounded: a `clear` may change more). */
  private flow(paths: string[], person: boolean): void {
    for (let round = 0; paths.length && round < 10; round++) {
      const scopes = new Set([...this.scopes].filter(([, r]) => affects(r, paths)).map(([s]) => s));
      const cleared = this.settle(this.judge(scopes), person);
      for (const [c, entry] of this.controls) if (affects(entry, paths)) this.require(c, entry);
      const more = cleared.flatMap((p) => [p, ...runCalculations(this.calcs, this.access(), p)]);
      paths = more;
    }
  }

  /** Evaluates rules; returns those whose outcome changed. */
  private judge(scopes: Iterable<RuleScope>): RuleScope[] {
    const moved: RuleScope[] = [];
    for (const scope of scopes) {
      const reader = this.scopes.get(scope);
      if (!reader) continue;
      const data = this.hooks.get(scope.base);
      const next = ruleOutcome(scope.rule.effect, this.evaluate(scope.rule.condition, data));
      const own = reader.own;
      if (own && own.visible === next.visible && own.enabled === next.enabled) continue;
      reader.own = next;
      moved.push(scope);
      this.hooks.onRule?.(scope, next);
    }
    return moved;
  }

  /** The hidden-value policy of the controls under rules that moved; returns the paths cleared. */
  private settle(moved: RuleScope[], person: boolean): string[] {
    if (!moved.length) return [];
    const under = [...this.controls.keys()].filter((c) => {
      for (let s = c.scope; s; s = s.parent) if (moved.includes(s)) return true;
      return false;
    });
    return this.policy(under, person);
  }

  private policy(controls: StateControl[], person: boolean): string[] {
    const cleared: string[] = [];
    for (const c of controls) {
      if (c.hiddenValue === 'keep') continue;
      if (this.visible(c.scope)) {
        this.excluded.delete(c);
        continue;
      }
      this.excluded.add(c);
      // Only a person's change clears: data the host sets is never rewritten behind its back.
      if (c.hiddenValue === 'clear' && person && this.hooks.get(c.path) !== undefined) {
        this.hooks.write(c.path, undefined);
        cleared.push(c.path);
      }
    }
    return cleared;
  }

  private require(c: StateControl, entry: ControlEntry): void {
    const r = entry.requirement;
    if (!r || r.always) return;
    const object = this.hooks.get(r.object);
    const memo = new Map<number, boolean>();
    const now = !!isRequiredNow(r.clauses, r.name, (clause) => {
      let holds = memo.get(clause.id);
      if (holds === undefined) memo.set(clause.id, (holds = this.evaluate(clause.condition, object)));
      return holds;
    });
    if (now === entry.required) return;
    entry.required = now;
    this.hooks.onRequired?.(c, now);
  }
}
