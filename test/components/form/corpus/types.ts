/**
 * One compatibility case: a schema, a UI schema and data written from JSON Forms' documentation
 * (the section it comes from in `doc`), and what must render and behave.
 */
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import type { Harness } from '../corpus-harness.js';

export interface CompatCase {
  id: string;
  /** The JSON Forms documentation section the case is written from. */
  doc: string;
  schema: JsonSchema;
  uischema?: UiSchema;
  data?: unknown;
  /** Other properties of the element (`labels`, `mode`…). */
  props?: Record<string, unknown>;
  check(h: Harness): unknown;
}

/** A string property with a title. */
export const str = (title: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  title,
  ...extra,
});
/** A Control over a top-level property. */
export const ctl = (name: string, extra: Partial<UiSchema> = {}): UiSchema =>
  ({ type: 'Control', scope: `#/properties/${name}`, ...extra }) as UiSchema;
/** A VerticalLayout of elements. */
export const vertical = (...elements: UiSchema[]): UiSchema => ({ type: 'VerticalLayout', elements });
