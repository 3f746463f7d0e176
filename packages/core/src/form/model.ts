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
import type { BranchScope } from './branches.js';
import type { CalcSpec } from './calculated.js';
import { schemaDefaults } from './defaults.js';
import { getAtPointer, setAtPointer } from '../json/pointer.js';
import { catalogueLookup } from './catalogue.js';
import { walk, type FormModelOptions, type Run } from './model-walk.js';
import { FormState } from './state.js';

export type { FormModelOptions };
import type { HiddenValuePolicy, JsonSchema, UiSchema } from './types.js';

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

/** What a walk that read no data found: enough to register the same things for other data. */
type Recorded = Pick<Run, 'ops' | 'controls' | 'calcs' | 'unresolved'>;

/**
 * Walks the UI schema for `data` (or, given `replay`, registers what an earlier data-independent
 * walk of the same form recorded), then decides every calculation, rule and `required`.
 *
 * @example
 * const run = collect(schema, { type: 'Control', scope: '#' }, { age: 3 }, {});
 * if (!run.dynamic) collect(schema, ui, other, {}, run); // the same registrations, no walk
 */
function collect(
  root: JsonSchema,
  ui: UiSchema,
  data: unknown,
  opts: FormModelOptions,
  replay?: Recorded,
): Run {
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
    ops: [],
    dynamic: false,
  };
  if (replay) {
    for (const op of replay.ops) {
      if ('scope' in op) run.state.addScope(op.scope);
      else if ('calc' in op) run.state.addCalculation(op.calc);
      else run.state.addControl(op.control, op);
    }
    Object.assign(run, { ...replay, dynamic: false });
  } else walk(ui, { root, scopeSchema: root, base: '', readonly: !!opts.readonly, refs: [] }, run);
  // Calculated values first, then every rule and `required` for the data they give.
  run.state.refresh();
  return run;
}

/** The model a run decided; arrays are the caller's own (a recorded walk is shared). */
function modelOf(run: Run): FormModel {
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
    calculations: [...run.calcs],
    unresolved: [...run.unresolved],
    branches: run.branches,
    isHidden: (path) => state.isHidden(path),
  };
}

/** What a data-independent walk registered, frozen: every later evaluation shares it. */
function record(run: Run): Recorded {
  for (const op of run.ops) Object.freeze('scope' in op ? op.scope : 'calc' in op ? op.calc : op.control);
  for (const c of run.calcs) Object.freeze(c.args);
  return Object.freeze({
    ops: Object.freeze(run.ops.map((op) => Object.freeze(op))) as Run['ops'],
    controls: Object.freeze(run.controls.map((c) => Object.freeze(c))) as Run['controls'],
    calcs: Object.freeze([...run.calcs]) as Run['calcs'],
    unresolved: Object.freeze([...run.unresolved]) as Run['unresolved'],
  });
}

/**
 * A form's model as a function of its data, for a form judged again and again (a server checking
 * every response of one form definition). The first evaluation walks the UI schema; when that
 * walk read no data (no array items, `oneOf` branch, map entries or recursion opened by data), it
 * registers the same controls, rules and calculations for any data, so later evaluations replay
 * what it recorded and decide only the data-dependent part (calculations, rules, `required`,
 * what a submit sends). A walk the data shaped is done again every time. The caller must not
 * change `schema` or `uischema` afterwards (pass frozen copies): the recording is of them.
 *
 * @example
 * const model = prepareFormModel(frozenSchema, frozenUiSchema, { locale: 'fr' });
 * model({ hasGuardian: false }).submitted;
 */
export function prepareFormModel(
  schema: JsonSchema,
  uischema: UiSchema | undefined,
  opts: FormModelOptions = {},
): (data: unknown) => FormModel {
  const ui: UiSchema = uischema ?? { type: 'Control', scope: '#' };
  let recorded: Recorded | undefined;
  return (data) => {
    let run = collect(schema, ui, data === undefined ? schemaDefaults(schema) : data, opts, recorded);
    if (!recorded && !run.dynamic) recorded = record(run);
    // Calculated values may open array items or choose a branch: walk again for the data they give.
    if (run.calcs.length) run = collect(schema, ui, run.data, opts, recorded);
    return modelOf(run);
  };
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
  return prepareFormModel(schema, uischema, opts)(data);
}
