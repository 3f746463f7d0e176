/**
 * The walk behind the form model: it goes through a UI schema as `<dui-form>` renders it
 * (layouts, categories, objects, arrays item by item, the chosen branch of a `oneOf`) and
 * registers every rule, control and calculation it meets with a {@link FormState}. It also
 * records them (`ops`) and whether the data shaped it (`dynamic`): a walk that read no data
 * registers the same things for any data, so `prepareFormModel` (model.ts) replays it.
 */
import { getAtPointer, scopeToPointer, toPointer } from '../json/pointer.js';
import { pickBranch, type BranchScope } from './branches.js';
import type { CalcSpec } from './calculated.js';
import type { LabelCatalogue } from './catalogue.js';
import type { Condition } from '../conditions/types.js';
import { evaluateCondition } from '../conditions/evaluate.js';
import { controlLabel, type LabelOptions } from './labels.js';
import { controlRequirement, type Requirement } from './required.js';
import {
  findScope,
  isEnumArray,
  nestedScopeSchema,
  objectBranches,
  readOnlyControl,
  resolveSchema,
  schemaType,
} from './schema.js';
import type { FormState, RuleScope, StateControl } from './state.js';
import { mapValues, refOf } from './structure.js';
import type { HiddenValuePolicy, JsonSchema, UiSchema } from './types.js';
import { branchUiSchema, generateUiSchema, itemUiSchema } from './uischema.js';

/** Options of `evaluateForm` (model.ts). */
export interface FormModelOptions {
  locale?: string;
  labels?: LabelCatalogue;
  /** The form's default policy for values of hidden fields (`keep` by default, as JSON Forms). */
  hiddenValue?: HiddenValuePolicy;
  readonly?: boolean;
  /** Judges a condition (core's CSP-safe evaluator by default). */
  evaluate?: (condition: Condition, data: unknown) => boolean;
}

/** One registration of a walk, as recorded (the same objects are registered again on replay). */
export type WalkOp =
  { scope: RuleScope } | { calc: CalcSpec } | { control: StateControl; requirement: Requirement | undefined };

/** Where a walk is: the schema its scopes resolve against, the data pointer they are relative to. */
export interface Walk {
  root: JsonSchema;
  scopeSchema: JsonSchema;
  base: string;
  /** The nearest enclosing element with a rule. */
  scope?: RuleScope;
  readonly: boolean;
  /** The `$ref`s of the enclosing objects (a recursive object opens only with data). */
  refs: string[];
}

/** One walk's registrations and findings. */
export interface Run {
  data: unknown;
  opts: FormModelOptions;
  state: FormState;
  controls: { control: StateControl; label: string; readonly: boolean; calculated: boolean }[];
  calcs: CalcSpec[];
  unresolved: string[];
  branches: Omit<BranchScope, 'chooseMessage'>[];
  labels: LabelOptions;
  depth: number;
  /** What the walk registered, in order: replayed for other data when the walk read none. */
  ops: WalkOp[];
  /** Set when the walk's shape depended on the data (array items, a branch, map entries, recursion). */
  dynamic: boolean;
}

const LAYOUTS = new Set(['VerticalLayout', 'HorizontalLayout', 'Group', 'Category', 'Categorization']);

/**
 * Walks a UI schema element for the run's data, registering what it meets with the run's state.
 *
 * @example
 * walk(ui, { root, scopeSchema: root, base: '', readonly: false, refs: [] }, run);
 */
export function walk(ui: UiSchema, w: Walk, run: Run): void {
  if (run.depth > 200) return; // recursive data deeper than any form a person fills
  let here = w;
  if (ui.rule) {
    const scope: RuleScope = { rule: ui.rule, base: w.base, parent: w.scope };
    run.state.addScope(scope);
    run.ops.push({ scope });
    here = { ...w, scope };
  }
  if (LAYOUTS.has(ui.type)) {
    for (const child of (ui as { elements?: UiSchema[] }).elements ?? []) walk(child, here, run);
    return;
  }
  if (ui.type !== 'Control' && ui.type !== 'ListWithDetail') return;
  const scope = ui.scope;
  const schema = findScope(w.scopeSchema, scope);
  if (!schema) {
    run.unresolved.push(scope);
    return;
  }
  const path = w.base + scopeToPointer(scope);
  const inner: Walk = { ...here, readonly: readOnlyControl(w.readonly, schema, ui) };
  run.depth++;
  try {
    control(ui, schema, path, inner, run);
  } finally {
    run.depth--;
  }
}

function push(ui: UiSchema & { scope: string }, schema: JsonSchema, path: string, w: Walk, run: Run): void {
  const calc = ui.options?.calculate;
  if (calc) {
    const args = (calc.args ?? []).map((a) => w.base + scopeToPointer(a));
    const spec = { path, fn: calc.function, args };
    run.calcs.push(spec);
    run.state.addCalculation(spec);
    run.ops.push({ calc: spec });
  }
  const control = {
    path,
    hiddenValue: ui.options?.hiddenValue ?? run.opts.hiddenValue ?? 'keep',
    scope: w.scope,
    source: { schema: w.scopeSchema, scope: ui.scope, base: w.base },
  } satisfies StateControl;
  const { source } = control;
  const requirement = controlRequirement(source.schema, source.scope, source.base);
  run.state.addControl(control, { requirement });
  run.ops.push({ control, requirement });
  run.controls.push({
    control,
    label: controlLabel(ui, schema, run.labels),
    readonly: w.readonly || !!calc,
    calculated: !!calc,
  });
}

function control(
  ui: UiSchema & { scope: string },
  schema: JsonSchema,
  path: string,
  w: Walk,
  run: Run,
): void {
  const root = w.root;
  const branches = objectBranches(w.scopeSchema, schema);
  if (branches) {
    push(ui, schema, path, w, run); // the branch selector
    const own = new Set(Object.keys(schema.properties ?? {}));
    if (own.size) walk(generateUiSchema(w.scopeSchema, schema, ui.scope, true), w, run);
    run.dynamic = true;
    const value = getAtPointer(run.data, path);
    const scopes = branches.map((b) => nestedScopeSchema(root, b));
    const evaluate = run.opts.evaluate ?? evaluateCondition;
    const i = pickBranch(
      w.scopeSchema,
      branches,
      value,
      (j) => evaluate({ scope: '#', schema: scopes[j] }, value),
      own,
    );
    const chosen = i !== undefined && i >= 0 ? i : -1;
    run.branches.push({
      path,
      own,
      branch: chosen >= 0 ? branches[chosen] : undefined,
      accepts: (name) => {
        const s = nestedScopeSchema(root, resolveSchema(scopes[chosen], branches[chosen].properties?.[name]));
        return evaluate({ scope: '#', schema: s }, getAtPointer(value, toPointer([name])));
      },
    });
    if (chosen < 0) return;
    const i2 = chosen;
    const layout = branchUiSchema(scopes[i2], branches[i2], i2, ui.options?.detail, own);
    walk(layout, { ...w, base: path, scopeSchema: scopes[i2] }, run);
    return;
  }
  const type = schemaType(schema);
  if (ui.type === 'ListWithDetail' || (type === 'array' && !isEnumArray(w.scopeSchema, schema))) {
    push(ui, schema, path, w, run);
    const item = resolveSchema(root, schema.items);
    const scopeSchema = nestedScopeSchema(root, item);
    const isObject = schemaType(item) === 'object' || !!objectBranches(root, item);
    run.dynamic = true;
    const items = getAtPointer(run.data, path);
    if (!Array.isArray(items)) return;
    items.forEach((_, i) => {
      const detail: UiSchema = isObject
        ? itemUiSchema(root, item, ui.options?.detail)
        : { type: 'Control', scope: '#' };
      walk(detail, { ...w, base: `${path}/${i}`, scopeSchema }, run);
    });
    return;
  }
  if (type === 'object' && !schema.enum) {
    const detail = ui.options?.detail;
    const given = detail && typeof detail === 'object' && 'type' in detail ? (detail as UiSchema) : undefined;
    const generated = generateUiSchema(w.scopeSchema, schema, ui.scope);
    if (!given && generated.type === 'Control') {
      // No property of its own: a map of named entries (one control each), or nothing.
      const values = mapValues(w.scopeSchema, schema);
      if (!values) return;
      push(ui, schema, path, w, run);
      run.dynamic = true;
      const entries = getAtPointer(run.data, path);
      if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return;
      const scopeSchema = nestedScopeSchema(root, values);
      for (const key of Object.keys(entries))
        walk({ type: 'Control', scope: '#' }, { ...w, base: path + toPointer([key]), scopeSchema }, run);
      return;
    }
    const ref = refOf(schema);
    // A recursive object with no data renders closed, as in the element: nothing to walk.
    if (ref && w.refs.includes(ref)) {
      run.dynamic = true;
      if (getAtPointer(run.data, path) === undefined) return;
    }
    walk(given ?? generated, ref ? { ...w, refs: [...w.refs, ref] } : w, run);
    return;
  }
  push(ui, schema, path, w, run);
}
