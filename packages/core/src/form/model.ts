/**
 * The form model, without a DOM: given a JSON Schema, a JSON Forms UI schema and data, which
 * controls there are, whether each is visible, enabled, required and read-only, the calculated
 * values, and the data a submit sends (hidden `exclude`/`clear` fields left out). It walks the UI
 * schema as `<dui-form>` renders it (layouts, categories, objects, arrays item by item, the chosen
 * branch of a `oneOf`), with the same scope resolution, rules, conditional `required` and
 * calculated fields; the server judges a submitted response with it (response.ts).
 *
 * @example
 * const model = evaluateForm(schema, uischema, { hasGuardian: false });
 * model.controls.find((c) => c.path === '/guardianName')?.visible; // false
 */
import { evaluateCondition } from '../conditions/evaluate.js';
import type { Condition } from '../conditions/types.js';
import { getAtPointer, scopeToPointer, setAtPointer, toPointer } from '../json/pointer.js';
import { pickBranch, type BranchScope } from './branches.js';
import type { CalcSpec } from './calculated.js';
import { schemaDefaults } from './defaults.js';
import { catalogueLookup, type LabelCatalogue } from './catalogue.js';
import { controlLabel, type LabelOptions } from './labels.js';
import {
  findScope,
  isEnumArray,
  nestedScopeSchema,
  objectBranches,
  readOnlyControl,
  resolveSchema,
  schemaType,
} from './schema.js';
import { FormState, type RuleScope, type StateControl } from './state.js';
import { mapValues, refOf } from './structure.js';
import type { HiddenValuePolicy, JsonSchema, UiSchema } from './types.js';
import { branchUiSchema, generateUiSchema, itemUiSchema } from './uischema.js';

/** One control of the form and its state for the data of the moment. */
export interface ControlState {
  /** Absolute JSON Pointer of its value. */
  path: string;
  label: string;
  visible: boolean;
  enabled: boolean;
  required: boolean;
  readonly: boolean;
  /** Its value is computed (`options.calculate`), never typed. */
  calculated: boolean;
  hiddenValue: HiddenValuePolicy;
}

/** Options of {@link evaluateForm}. */
export interface FormModelOptions {
  locale?: string;
  labels?: LabelCatalogue;
  /** The form's default policy for values of hidden fields (`keep` by default, as JSON Forms). */
  hiddenValue?: HiddenValuePolicy;
  readonly?: boolean;
  /** Judges a condition (core's CSP-safe evaluator by default). */
  evaluate?: (condition: Condition, data: unknown) => boolean;
}

/** What {@link evaluateForm} computes. */
export interface FormModel {
  /** The data with calculated fields recomputed (schema defaults when none was given). */
  data: unknown;
  /** What a submit sends: `data` without the values of hidden `exclude` and `clear` fields. */
  submitted: unknown;
  controls: ControlState[];
  calculations: CalcSpec[];
  /** Scopes that designate nothing (the rest of the form still renders). */
  unresolved: string[];
  /** Each `oneOf`/`anyOf` of objects and its chosen branch: only that branch's errors count. */
  branches: Omit<BranchScope, 'chooseMessage'>[];
  /** True when the control that shows errors at `path` (its own or an ancestor's) is hidden. */
  isHidden(path: string): boolean;
}

interface Walk {
  root: JsonSchema;
  scopeSchema: JsonSchema;
  base: string;
  /** The nearest enclosing element with a rule. */
  scope?: RuleScope;
  readonly: boolean;
  /** The `$ref`s of the enclosing objects (a recursive object opens only with data). */
  refs: string[];
}

interface Run {
  data: unknown;
  opts: FormModelOptions;
  state: FormState;
  controls: { control: StateControl; label: string; readonly: boolean; calculated: boolean }[];
  calcs: CalcSpec[];
  unresolved: string[];
  branches: Omit<BranchScope, 'chooseMessage'>[];
  labels: LabelOptions;
  depth: number;
}

const LAYOUTS = new Set(['VerticalLayout', 'HorizontalLayout', 'Group', 'Category', 'Categorization']);

function walk(ui: UiSchema, w: Walk, run: Run): void {
  if (run.depth > 200) return; // recursive data deeper than any form a person fills
  let here = w;
  if (ui.rule) {
    const scope: RuleScope = { rule: ui.rule, base: w.base, parent: w.scope };
    run.state.addScope(scope);
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
  }
  const control: StateControl = {
    path,
    hiddenValue: ui.options?.hiddenValue ?? run.opts.hiddenValue ?? 'keep',
    scope: w.scope,
    source: { schema: w.scopeSchema, scope: ui.scope, base: w.base },
  };
  run.state.addControl(control);
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
      const entries = getAtPointer(run.data, path);
      if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return;
      const scopeSchema = nestedScopeSchema(root, values);
      for (const key of Object.keys(entries))
        walk({ type: 'Control', scope: '#' }, { ...w, base: path + toPointer([key]), scopeSchema }, run);
      return;
    }
    const ref = refOf(schema);
    // A recursive object with no data renders closed, as in the element: nothing to walk.
    if (ref && w.refs.includes(ref) && getAtPointer(run.data, path) === undefined) return;
    walk(given ?? generated, ref ? { ...w, refs: [...w.refs, ref] } : w, run);
    return;
  }
  push(ui, schema, path, w, run);
}

function collect(root: JsonSchema, ui: UiSchema, data: unknown, opts: FormModelOptions): Run {
  const locale = opts.locale ?? 'fr';
  const lookup = opts.labels ? catalogueLookup(opts.labels, locale) : undefined;
  const run: Run = {
    data,
    opts,
    state: new FormState({
      get: (p) => getAtPointer(run.data, p),
      write: (p, v) => (run.data = setAtPointer(run.data ?? {}, p, v)),
      evaluate: opts.evaluate,
    }),
    controls: [],
    calcs: [],
    unresolved: [],
    branches: [],
    labels: { locale, lookup },
    depth: 0,
  };
  walk(ui, { root, scopeSchema: root, base: '', readonly: !!opts.readonly, refs: [] }, run);
  // Calculated values first, then every rule and `required` for the data they give.
  run.state.refresh();
  return run;
}

/**
 * Computes the model of a form for `data` (the schema's defaults when `undefined`): the walk of
 * its UI schema registers every rule, control and calculation with a {@link FormState}, which
 * decides them; the element registers what it renders with the same state. Throws when a
 * calculation names an unknown function, as the element does at mount.
 *
 * @example
 * evaluateForm(schema, undefined, data).submitted;
 */
export function evaluateForm(
  schema: JsonSchema,
  uischema: UiSchema | undefined,
  data: unknown,
  opts: FormModelOptions = {},
): FormModel {
  const ui: UiSchema = uischema ?? { type: 'Control', scope: '#' };
  let run = collect(schema, ui, data === undefined ? schemaDefaults(schema) : data, opts);
  // Calculated values may open array items or choose a branch: walk again for the data they give.
  if (run.calcs.length) run = collect(schema, ui, run.data, opts);
  const { state } = run;
  const controls = run.controls.map((c): ControlState => ({
    path: c.control.path,
    label: c.label,
    visible: state.visible(c.control.scope),
    enabled: state.enabled(c.control.scope),
    required: state.required(c.control),
    readonly: c.readonly,
    calculated: c.calculated,
    hiddenValue: c.control.hiddenValue,
  }));
  return {
    data: run.data,
    submitted: state.submitted(run.data),
    controls,
    calculations: run.calcs,
    unresolved: run.unresolved,
    branches: run.branches,
    isHidden: (path) => state.isHidden(path),
  };
}
