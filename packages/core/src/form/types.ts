/**
 * The JSON Forms vocabulary `<dui-form>` reads (a definition written for JSON Forms renders
 * unchanged) and the extensions DUI Kit adds under `options`.
 *
 * @example
 * const ui: UiSchema = {
 *   type: 'VerticalLayout',
 *   elements: [{ type: 'Control', scope: '#/properties/name', options: { hiddenValue: 'clear' } }],
 * };
 */
import type { Rule } from '../conditions/types.js';

/** A JSON Schema object node (2020-12 or draft-07). Boolean schemas are normalised away. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  format?: string;
  default?: unknown;
  readOnly?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  errorMessage?: unknown;
  [keyword: string]: unknown;
}

/** What happens to a field's value while a rule hides it. */
export type HiddenValuePolicy = 'keep' | 'clear' | 'exclude';

/**
 * `options` understood on a Control: JSON Forms' own (`multi`, `format`, `readonly`, `detail`,
 * `showSortButtons`, `elementLabelProp`, `showUnfocusedDescription`, `toggle`, `slider`,
 * `trim`, `restrict`, `focus`, `hideRequiredAsterisk`, `autocomplete`) and DUI Kit's
 * (`hiddenValue`, `calculate`, `widget`, `hint`, `placeholder`).
 */
export interface ControlOptions {
  /** Multi-line text (textarea). */
  multi?: boolean;
  /** `radio` renders an enum as radios; `ins`, `finess`, `signature`, `file` pick a widget. */
  format?: string;
  /** Same as `format`, DUI Kit spelling. */
  widget?: string;
  readonly?: boolean;
  /**
   * UI schema of each array item, or `'GENERATED'` (JSON Forms); for a branch selector, one UI
   * schema per branch, keyed by the branch's title or index.
   */
  detail?: UiSchema | 'GENERATED' | 'DEFAULT' | Record<string, UiSchema>;
  /** Show move up/down buttons on arrays (DUI Kit shows them unless `false`). */
  showSortButtons?: boolean;
  /** Render a boolean as a switch. */
  toggle?: boolean;
  /** The property of each array item that names it in a list (`ListWithDetail`, item titles). */
  elementLabelProp?: string;
  /**
   * `false`: the description shows only while the field has focus (JSON Forms' default). DUI Kit
   * shows it always otherwise: instructions stay in view (RGAA 11.10).
   */
  showUnfocusedDescription?: boolean;
  /** Hide the star of a required field (JSON Forms). */
  hideRequiredAsterisk?: boolean;
  /** `maxLength` as the input's limit (JSON Forms `restrict`): DUI Kit always applies it. */
  restrict?: boolean;
  /** As wide as `maxLength` characters rather than the whole line (JSON Forms `trim`). */
  trim?: boolean;
  /** Focus this control when the form mounts (JSON Forms `focus`). */
  focus?: boolean;
  /** What happens to the value while a rule hides the field (default: the form's `hidden-value`). */
  hiddenValue?: HiddenValuePolicy;
  /** A computed value: `{ function: 'sum', args: ['#/properties/a', '#/properties/b'] }`. */
  calculate?: { function: string; args?: string[] };
  /** Extra hint under the label (the schema's `description` is used otherwise). */
  hint?: string;
  placeholder?: string;
  autocomplete?: string;
  /** Wizard or tabs, on a Categorization. */
  variant?: 'wizard' | 'stepper' | 'tabs';
  [key: string]: unknown;
}

interface UiBase {
  rule?: Rule;
  options?: ControlOptions;
  label?: string | boolean | { text?: string; show?: boolean };
  /** Internationalisation key (JSON Forms); DUI Kit uses `label` directly. */
  i18n?: string;
}

/** A Control bound to a data property by its scope. */
export interface ControlElement extends UiBase {
  type: 'Control';
  scope: string;
}

/** Vertical and horizontal layouts, groups and categories hold elements. */
export interface LayoutElement extends UiBase {
  type: 'VerticalLayout' | 'HorizontalLayout' | 'Group' | 'Category';
  elements: UiSchema[];
}

/** A Categorization: a wizard (default) or tabs; its elements are Categories or Categorizations. */
export interface CategorizationElement extends UiBase {
  type: 'Categorization';
  elements: ((LayoutElement & { type: 'Category' }) | CategorizationElement)[];
}

/**
 * A master/detail list over an array of objects (JSON Forms `ListWithDetail`): the items named
 * by `options.elementLabelProp`, the chosen one edited with `options.detail`.
 */
export interface ListWithDetailElement extends UiBase {
  type: 'ListWithDetail';
  scope: string;
}

/** Static text. */
export interface LabelElement extends UiBase {
  type: 'Label';
  text: string;
}

/** The UI schema elements that designate data by a scope. */
export type ScopedElement = ControlElement | ListWithDetailElement;

/** Any UI schema element. */
export type UiSchema =
  ControlElement | LayoutElement | CategorizationElement | LabelElement | ListWithDetailElement;

/**
 * The UI schema element types a form renders (JSON Forms' vocabulary): a definition using
 * another type renders the rest of the form and says which on the console.
 *
 * @example
 * UI_SCHEMA_TYPES.includes('ListWithDetail'); // true
 */
export const UI_SCHEMA_TYPES = [
  'VerticalLayout',
  'HorizontalLayout',
  'Group',
  'Categorization',
  'Category',
  'Label',
  'Control',
  'ListWithDetail',
] as const;
