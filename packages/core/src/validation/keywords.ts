/**
 * The one list of JSON Schema keywords whose error only reports that a subschema failed (the
 * subschema's own error says why), shared by every reader of an interpreting validator's output:
 * the CSP-safe interpreter of forms, the configuration-file checks (workflows, forms, variants,
 * access policy, retention). Before, five places kept five different lists.
 *
 * @example
 * reasons(result.errors).map((e) => e.keyword); // ['required', 'type'], not 'properties' or '$ref'
 */

/** Keywords that only wrap a subschema's failure; `false` is a boolean schema's own report. */
export const WRAPPER_KEYWORDS: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'allOf',
  '$ref',
  '$dynamicRef',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'false',
]);

/**
 * The errors that say why (wrappers dropped), or all of them when only wrappers failed.
 *
 * @example
 * reasons([{ keyword: 'properties' }, { keyword: 'minLength' }]); // [{ keyword: 'minLength' }]
 */
export function reasons<E extends { keyword: string }>(errors: readonly E[]): E[] {
  const kept = errors.filter((e) => !WRAPPER_KEYWORDS.has(e.keyword));
  return kept.length ? kept : [...errors];
}
