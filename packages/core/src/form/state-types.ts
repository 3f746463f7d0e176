/**
 * What the form model's incremental state (state.ts) is told about a form: the elements that carry
 * a rule, the controls, and how it reads and writes the data. Types only, so an element imports
 * them without loading the state's code.
 *
 * @example
 * const scope: RuleScope = { rule, base: '/contacts/0', parent: groupScope };
 */
import type { Condition, Rule } from '../conditions/types.js';
import type { RuleOutcome } from './rules.js';
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
