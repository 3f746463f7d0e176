/**
 * The contracts between the form engine and its renderers. A renderer is a plain function that
 * builds native DOM for one UI schema element and returns handles the engine uses to push
 * values, errors and rule effects into it: no element, no shadow root, no framework per control,
 * which is what keeps a 2,000-field form as cheap as hand-written DOM.
 *
 * @example
 * const render: Renderer = (ctx) => {
 *   const el = document.createElement('div');
 *   return { el, controls: [] };
 * };
 */
import type { Condition, Rule } from '@duikit/core/form/conditions';
import type { CalcSpec } from '@duikit/core/form/calculated';
import type { RuleScope, StateControl } from '@duikit/core/form/state';
import type { Translate } from '@duikit/core/base';
import type { CatalogueLookup } from '@duikit/core/form/labels';
import type { HiddenValuePolicy, JsonSchema, UiSchema } from '@duikit/core/form/types';
import type { CSSResult } from 'lit';
import type { FormError } from '../events/dui-form-events.js';

/** What an upload hook resolves to; extra fields are kept as they are. */
export interface FileRef {
  name: string;
  size?: number;
  type?: string;
  id?: string;
  url?: string;
  [key: string]: unknown;
}

/** The host's upload hook. */
export type UploadFile = (file: File, context: { path: string }) => Promise<FileRef | string>;

/** A rule attached to a rendered node (`engine.addRule`). */
export interface RuleSpec {
  rule: Rule;
  /** The rule as the form model's state knows it (its base, its enclosing rule). */
  scope: RuleScope;
  node: RenderedNode;
  /** For layouts rendered as `<fieldset>`: ENABLE/DISABLE toggles `disabled` on it. */
  fieldset?: HTMLFieldSetElement;
}

/** Which error each control shows, and when (error-display.ts). */
export interface ErrorDisplayApi {
  readonly touched: Set<string>;
  all: boolean;
  live?: HTMLElement;
  owner(path: string): ControlBinding | undefined;
  touch(path: string): void;
  showAll(): void;
  showFor(controls: ControlBinding[]): void;
  clear(): void;
  forget(c: ControlBinding): void;
  refresh(revalidate?: boolean): void;
  shownControls(): ControlBinding[];
  messageOf(c: ControlBinding): string | undefined;
  announceText(message: string): void;
}

/** The star and `aria-required` a `then`/`else` may show on a field (createField). */
export interface RequiredMark {
  label: Element;
  aria: () => HTMLElement | null;
  star?: HTMLElement;
}

/** A control as the form model's state knows it, with the mark its `required` drives. */
export interface StateBinding extends StateControl {
  mark?: RequiredMark;
}

/** What the engine registers with the form model's state (model-state.ts). */
export type ModelSpec = RuleSpec | CalcSpec | ControlBinding;

/** The form model's logic, whose code loads on first use: see first-use.ts and model-state.ts. */
export interface FeatureApi {
  changed(path: string): void;
  applyAll(): void;
}

/**
 * The form engine as renderers, widgets and loaded features see it (engine.ts implements it):
 * the data, the bound controls, and the model's state they push into the DOM.
 */
export interface FormEngineApi {
  readonly options: FormEngineOptions;
  data: unknown;
  readonly controls: Map<string, ControlBinding[]>;
  readonly display: ErrorDisplayApi;
  /** The form model's state (rules, policies, conditional `required`, calculations). */
  readonly model: FeatureApi;
  readonly errorFilters: Set<(errors: FormError[]) => FormError[]>;
  readonly revealers: ((c: ControlBinding) => void)[];
  readonly loading: Promise<unknown>[];
  /** The first control with `options.focus` (JSON Forms): focused once the form is shown. */
  autofocus?: ControlBinding;
  hostErrors: FormError[];
  remount: boolean;
  mounting: boolean;
  readonly conditionsReady: Promise<void>;
  mount(uischema: UiSchema): RenderedNode;
  addControl(binding: ControlBinding): () => void;
  addCalculation(path: string, fn: string, args: string[]): () => void;
  addRule(spec: RuleSpec): () => void;
  uniqueId(base: string): string;
  get(path: string): unknown;
  input(path: string, value: unknown, notify?: boolean): void;
  write(path: string, value: unknown): void;
  errors(): FormError[];
  invalidate(): void;
  setLocalError(path: string, error: FormError | undefined): void;
  revalidate(): boolean;
  holds(condition: Condition, base: string): boolean | undefined;
  loadConditions(): Promise<void>;
}

/**
 * The handle of one bound control (a field): what the engine needs to drive it. It is also the
 * control the form model's state registers (its rule scope, policy and `required` source).
 */
export interface ControlBinding extends StateBinding {
  /** Absolute JSON Pointer of the value in the form data. */
  path: string;
  /** Id of the element that takes focus (the error summary links to it). */
  id: string;
  /** The visible label, for the error summary. */
  label: string;
  /** The field's outer element (hidden by rules, checked for visibility). */
  el: HTMLElement;
  hiddenValue: HiddenValuePolicy;
  /** Model → view; never fires events. */
  setValue: (value: unknown) => void;
  /** Shows a message (or clears it with `undefined`), wiring `aria-invalid`/`aria-describedby`. */
  setError: (message: string | undefined) => void;
  setEnabled: (enabled: boolean) => void;
  focus: () => void;
}

/** What a renderer returns: its element and every control inside it. */
export interface RenderedNode {
  el: HTMLElement;
  controls: ControlBinding[];
  /** Called when the node is removed (array items): unregister what was registered. */
  dispose?(): void;
}

/** Everything a renderer gets. */
export interface RenderContext {
  engine: FormEngineApi;
  uischema: UiSchema;
  /** The root JSON Schema (for `$ref`). */
  root: JsonSchema;
  /** The schema scopes are resolved against: the root, or an array item's schema. */
  scopeSchema: JsonSchema;
  /** Data pointer scopes are relative to: `''`, or an array item's pointer. */
  base: string;
  /** For Controls: the resolved schema and the absolute data pointer; for layouts, the base's. */
  schema: JsonSchema;
  path: string;
  required: boolean;
  readonly: boolean;
  /** The nearest enclosing UI schema element with a rule (the form model's scope). */
  ruleScope?: RuleScope;
  /** The `$ref`s of the objects enclosing this element (a recursive object opens on demand). */
  refs?: readonly string[];
  t: Translate;
  locale: string;
  /** Renders a child UI schema element with this context (overrides applied). */
  render(uischema: UiSchema, overrides?: Partial<RenderContext>): RenderedNode;
  /** Registers a clean-up run when the enclosing array item is removed. */
  onDispose(fn: () => void): void;
}

/** A renderer: builds DOM for one UI schema element. */
export type Renderer = (ctx: RenderContext) => RenderedNode;

/** A ranked tester: a rank (higher wins), or -1 when the renderer does not apply. */
export type Tester = (uischema: UiSchema, schema: JsonSchema, ctx: RenderContext) => number;

/** One entry of a renderer registry. */
export interface RendererEntry {
  tester: Tester;
  /** The renderer; absent until `load` resolves for a renderer loaded on first use. */
  renderer?: Renderer;
  /**
   * Loads the renderer on first use (its own chunk): forms that never need it never download it.
   * The form shows a busy placeholder meanwhile, then mounts again.
   */
  load?: () => Promise<Renderer>;
  /** A name, for debugging and for replacing a built-in. */
  name?: string;
}

/** Options of the form engine (engine.ts): what the element gives it. */
export interface FormEngineOptions {
  root: JsonSchema;
  t: Translate;
  locale: string;
  /** The host's label catalogue, as a lookup (JSON Forms i18n keys; see `@duikit/core/form/catalogue`). */
  lookup?: CatalogueLookup;
  readonly?: boolean;
  hiddenValue?: HiddenValuePolicy;
  /** Called after a change a person made (the component emits `dui-change`). */
  onChange(path: string): void;
  /** Validates the whole data; `undefined` while no validator is ready. */
  validate?: (data: unknown) => FormError[] | undefined;
  /** Resolves once the validator is ready (a runtime-compiled one loads asynchronously). */
  whenReady?(): Promise<void>;
  /** The host's upload hook for file widgets. */
  uploadFile?: UploadFile;
  /** The last wizard step's submit button was pressed. */
  onSubmit?(): void;
  /** Adds a stylesheet to the form's shadow root (parts loaded on first use bring their own). */
  adoptStyles?(styles: CSSResult): void;
  /** A renderer needed after the mount is loading; the promise settles once it rendered. */
  onLoading?(done: Promise<void>): void;
}
