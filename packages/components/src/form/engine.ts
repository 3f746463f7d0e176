/**
 * The form engine: owns the data and the bound controls, registers the rules, calculations and
 * controls it renders with core's form model state (`FormState`, loaded with the first rule or
 * calculation: model-state.ts), and pushes only what changed into the DOM. A keystroke updates
 * the data copy-on-write, lets the state decide what reads the changed path, validates, and
 * touches the DOM of controls whose shown error changed: nothing else re-renders.
 *
 * @example
 * const engine = new FormEngine({ root: schema, t, locale: 'fr', onChange: (path) => emitChange(path) });
 * engine.data = { name: 'Dupont' };
 * body.append(engine.mount(uischema).el);
 */
import type { Condition } from '@duikit/core/form/conditions';
import { getAtPointer, setAtPointer } from '@duikit/core/base';
import type { UiSchema } from '@duikit/core/form/types';
import { Unparseable } from '@duikit/core/form/value';
import type { FormError } from '../events/dui-form-events.js';
import { checkCalculation } from './calculations.js';
import type {
  ControlBinding,
  FormEngineApi,
  FormEngineOptions,
  ModelSpec,
  RenderContext,
  RenderedNode,
  RuleSpec,
} from './contracts.js';
import { ErrorDisplay } from './error-display.js';
import { FirstUse, modelCode } from './first-use.js';
import type { ModelFeature } from './model-state.js';
import { renderNode } from './registry.js';
import { hideByRule } from './rule-hidden.js';

/** See the module documentation. */
export class FormEngine implements FormEngineApi {
  /** The current data; replaced (never mutated) on every change. */
  data: unknown = undefined;
  readonly controls = new Map<string, ControlBinding[]>();
  /**
   * The form model's state: rules, hidden-value policies, conditional `required` and calculated
   * fields, decided by core's `FormState` (its code loads with the first rule or calculation).
   */
  readonly model: FirstUse<ModelSpec, ModelFeature> = new FirstUse(this, modelCode, 'rules', (s) =>
    'node' in s ? s.node.el : this.display.owner(s.path)?.el,
  );
  /** Rewrite schema errors before they show (a branch selector drops the other branches'). */
  readonly errorFilters = new Set<(errors: FormError[]) => FormError[]>();
  readonly display: ErrorDisplay;
  private ids = new Set<string>();
  private cache?: FormError[];
  private validated: unknown;
  private validatedWith?: (data: unknown) => FormError[] | undefined;
  /** Code the last mount asked for that is still loading (renderers, marks, rules, calculations). */
  readonly loading: Promise<unknown>[] = [];
  /** True when a renderer is loading (`RendererEntry.load`): the form must mount again. */
  remount = false;
  /** The first control with `options.focus`: focused once the form is shown. */
  autofocus?: ControlBinding;
  /** True while `mount()` builds the DOM. */
  mounting = false;
  private local = new Map<string, FormError>();
  /** Called before focusing a control (a wizard shows the step that holds it). */
  readonly revealers: ((c: ControlBinding) => void)[] = [];
  validator?: (data: unknown) => FormError[] | undefined;
  /** Errors injected by the host, per path. */
  hostErrors: FormError[] = [];
  schemaErrors: FormError[] = [];

  constructor(readonly options: FormEngineOptions) {
    this.display = new ErrorDisplay(this);
    this.validator = options.validate;
  }

  /** Builds the DOM of a UI schema against the current data. */
  mount(uischema: UiSchema): RenderedNode {
    const { root, t, locale } = this.options;
    const disposers: (() => void)[] = [];
    const ctx: RenderContext = {
      engine: this,
      uischema,
      root,
      scopeSchema: root,
      base: '',
      schema: root,
      path: '',
      required: false,
      readonly: !!this.options.readonly,
      t,
      locale,
      render: (ui, o) => renderNode({ ...ctx, ...o, uischema: ui }),
      onDispose: (fn) => disposers.push(fn),
    };
    this.mounting = true;
    let node: RenderedNode;
    try {
      node = renderNode(ctx);
    } finally {
      this.mounting = false;
    }
    this.model.applyAll();
    return node;
  }

  /** Registers a control; returns its disposer. */
  addControl(binding: ControlBinding): () => void {
    const list = this.controls.get(binding.path);
    if (list) list.push(binding);
    else this.controls.set(binding.path, [binding]);
    // A control an `if` may require needs the state; the others join it once it exists
    // (model-state.ts reads this map): a form without logic pays nothing per control.
    if (binding.source || this.model.feature) this.model.add(binding, !!binding.source);
    return () => {
      this.model.remove(binding);
      const l = this.controls.get(binding.path);
      const i = l?.indexOf(binding) ?? -1;
      if (l && i >= 0) l.splice(i, 1);
      if (l && l.length === 0) this.controls.delete(binding.path);
      this.display.forget(binding);
    };
  }

  /** Resolves when the code of the rules, conditions and calculations asked for is here and applied. */
  get conditionsReady(): Promise<void> {
    return Promise.resolve(this.model.ready);
  }

  /** Registers a calculated field (an unknown function name throws); returns its disposer. */
  addCalculation(path: string, fn: string, args: string[]): () => void {
    checkCalculation(fn); // fail at mount, naming the function, not at the first keystroke
    return this.model.add({ path, fn, args });
  }

  /** Registers a rule; returns its disposer. */
  addRule(spec: RuleSpec): () => void {
    // What a rule may hide stays hidden until it is evaluated (at once when its code is here).
    if (spec.rule.effect === 'SHOW' || spec.rule.effect === 'HIDE') hideByRule(spec.node.el, true);
    return this.model.add(spec);
  }

  /** An element id unique in the form's shadow root, derived from `base` (deterministic). */
  uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** Reads the value at a pointer. */
  get(path: string): unknown {
    return getAtPointer(this.data, path);
  }

  /** Sets every control from `data` (the host set it): no event, rules and calculations rerun. */
  setData(data: unknown): void {
    this.data = data;
    this.local.clear();
    this.cache = undefined;
    for (const list of [...this.controls.values()]) for (const c of list) c.setValue(this.get(c.path));
    this.model.applyAll();
    this.display.refresh();
  }

  /** A person changed the value at `path` (from a control). */
  input(path: string, value: unknown, notify = true): void {
    if (value instanceof Unparseable) {
      const message = this.options.t('form.unparseable');
      this.local.set(path, { path, keyword: 'unparseable', message, params: { value: value.view } });
      value = undefined;
    } else if (this.local.get(path)?.keyword === 'unparseable') this.local.delete(path);
    this.cache = undefined;
    this.data = setAtPointer(this.data ?? {}, path, value);
    this.model.changed(path);
    this.display.refresh();
    if (notify) this.options.onChange(path);
  }

  /** Writes a value without going through a control (hidden-value policy, calculations). */
  write(path: string, value: unknown): void {
    if (getAtPointer(this.data, path) === value) return;
    this.data = setAtPointer(this.data ?? {}, path, value);
    for (const c of this.controls.get(path) ?? []) c.setValue(value);
  }

  /**
   * Every current error: widget-local ones (unparseable input, identifier keys), schema errors
   * minus those of hidden fields, and the host's. Computed once per change, then cached.
   */
  errors(): FormError[] {
    if (this.cache) return this.cache;
    let schema = this.schemaErrors.filter((e) => !this.isHiddenPath(e.path));
    for (const f of this.errorFilters) schema = f(schema);
    return (this.cache = [...this.local.values(), ...schema, ...this.hostErrors]);
  }

  /** Drops the cached error list (errors, visibility or host errors changed). */
  invalidate(): void {
    this.cache = undefined;
  }

  /** Sets (or clears) an error a widget found itself (an INS key, an upload failure). */
  setLocalError(path: string, error: FormError | undefined): void {
    if (error) this.local.set(path, error);
    else this.local.delete(path);
    this.cache = undefined;
  }

  /** Shows the step holding a control, then focuses it. */
  focusControl(c: ControlBinding): void {
    for (const r of this.revealers) r(c);
    c.focus();
  }

  /** Runs the validator (once per data object: data is never mutated); false while none is ready. */
  revalidate(): boolean {
    if (!this.validator) return false;
    const data = this.submittedData();
    if (data === this.validated && this.validator === this.validatedWith) return true;
    const errors = this.validator(data);
    if (!errors) return false;
    [this.validated, this.validatedWith] = [data, this.validator];
    this.schemaErrors = errors;
    this.cache = undefined;
    return true;
  }

  /** What a submit sends: the data without the values of hidden `exclude` and `clear` fields. */
  submittedData(): unknown {
    const state = this.model.feature?.state;
    return state ? state.submitted(this.data) : this.data;
  }

  /**
   * True when a rule hides the control(s) at the path, or the nearest ancestor control, as the
   * form model's state says. A wizard step or a tab not shown does not count: its errors block
   * a submit, as on the server.
   */
  isHiddenPath(path: string): boolean {
    return this.model.feature?.state.isHidden(path) ?? false;
  }

  /** Evaluates a condition under `base` (the form or an array item); `undefined` while it loads. */
  holds(condition: Condition, base: string): boolean | undefined {
    const evaluate = modelCode.value?.evaluateCondition;
    if (!evaluate) {
      void this.loadConditions();
      return undefined;
    }
    return evaluate(condition, base ? this.get(base) : this.data);
  }

  /** Loads the condition evaluator and the form model's state, then decides everything. */
  loadConditions(): Promise<void> {
    return this.model.load();
  }
}
