/**
 * Ranked testers (the JSON Forms mechanism, kept so JSON Forms knowledge carries over): a tester
 * looks at a UI schema element and its resolved schema and returns a rank, or -1 when it does
 * not apply. The highest rank wins, so overriding a built-in means registering a higher rank.
 *
 * @example
 * const isIns = rankWith(5, and(uiTypeIs('Control'), formatIs('ins')));
 */
import type { RenderContext, Tester } from './contracts.js';
import { isEnumArray, objectBranches, schemaType } from '@duikit/core/form/schema';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';

/** The rank of a tester that does not apply. */
export const NOT_APPLICABLE = -1;

/** A predicate over an element and its schema. */
export type Predicate = (uischema: UiSchema, schema: JsonSchema, ctx: RenderContext) => boolean;

/**
 * Turns a predicate into a tester of the given rank.
 *
 * @example
 * rankWith(3, schemaTypeIs('boolean'));
 */
export function rankWith(rank: number, predicate: Predicate): Tester {
  return (ui, schema, ctx) => (predicate(ui, schema, ctx) ? rank : NOT_APPLICABLE);
}

/** True when every predicate is. */
export const and =
  (...ps: Predicate[]): Predicate =>
  (ui, s, c) =>
    ps.every((p) => p(ui, s, c));

/** True when any predicate is. */
export const or =
  (...ps: Predicate[]): Predicate =>
  (ui, s, c) =>
    ps.some((p) => p(ui, s, c));

/** The UI schema element has this `type`. */
export const uiTypeIs =
  (type: UiSchema['type']): Predicate =>
  (ui) =>
    ui.type === type;

/** A Control whose schema has this type (`string`, `integer`…). */
export const schemaTypeIs =
  (type: string): Predicate =>
  (ui, s) =>
    ui.type === 'Control' && schemaType(s) === type;

/** A Control whose schema `format` or `options.format` / `options.widget` is this one. */
export const formatIs =
  (format: string): Predicate =>
  (ui, s) =>
    ui.type === 'Control' &&
    (s.format === format || ui.options?.format === format || ui.options?.widget === format);

/** A Control with this option set to a truthy value. */
export const optionIs =
  (name: string, value: unknown = true): Predicate =>
  (ui) =>
    ui.type === 'Control' && ui.options?.[name] === value;

/** A Control over an enum (`enum`, or `oneOf` of `const`s). */
export const isEnum: Predicate = (ui, s) =>
  ui.type === 'Control' &&
  (Array.isArray(s.enum) || (Array.isArray(s.oneOf) && s.oneOf.every((o) => 'const' in o)));

/** A Control over an array of enum values (a multi-select; its items may be a `$ref`). */
export const isMultiEnum: Predicate = (ui, s, ctx) =>
  ui.type === 'Control' && isEnumArray(ctx?.scopeSchema ?? s, s);

/**
 * A Control over an object whose `oneOf`/`anyOf` branches are all objects: the branch selector
 * renders it (enum-like `oneOf`s of `const` and nullable pairs do not match).
 *
 * @example
 * rankWith(3, isObjectCombinator);
 */
export const isObjectCombinator: Predicate = (ui, s, ctx) =>
  ui.type === 'Control' && (!!s.oneOf || !!s.anyOf) && !!objectBranches(ctx?.scopeSchema ?? s, s);
