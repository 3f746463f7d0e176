/**
 * Calculated fields: a Control whose `options.calculate` names a function from this registry
 * and the scopes of its arguments. Functions are plain code registered by name, never `eval`,
 * so definitions stay data and pages stay CSP-strict. This module is what every form carries:
 * the host's registrations and the built-in names; the built-in functions themselves
 * (calculation-functions.ts) load with the first calculated field in a page, and are imported
 * at once by the headless model (calculated.ts) the server validates responses with.
 *
 * @example
 * registerCalculation('bmi', (weight, height) =>
 *   typeof weight === 'number' && typeof height === 'number' && height > 0
 *     ? Math.round((weight / (height / 100) ** 2) * 10) / 10
 *     : undefined,
 * );
 * // uischema: { type: 'Control', scope: '#/properties/bmi',
 * //   options: { calculate: { function: 'bmi', args: ['#/properties/weight', '#/properties/height'] } } }
 */
/**
 * The host's registrations (they win over built-ins): read by `runCalculations` (calculated.ts).
 *
 * @example
 * const fn = hostCalculations.get(name) ?? builtInCalculations.get(name);
 * @internal
 */
export const hostCalculations = new Map<string, Calculation>();

/** A calculation: argument values in, the computed value out (`undefined` for "no value"). */
export type Calculation = (...args: unknown[]) => unknown;

/** The names of calculation-functions.ts: known before its code is loaded. */
export const builtInNames = 'sum difference product average min max count concat age daysBetween'.split(' ');

/**
 * Adds (or replaces) a named calculation for every `<dui-form>` on the page; it wins over a
 * built-in of the same name, whether registered before or after the built-ins loaded.
 *
 * @example
 * registerCalculation('fullName', (first, last) => [first, last].filter(Boolean).join(' '));
 */
export function registerCalculation(name: string, fn: Calculation): void {
  hostCalculations.set(name, fn);
}

/**
 * Throws when no calculation has this name (a definition mistake, reported at mount), listing
 * the known names. Needs no code to be loaded.
 *
 * @example
 * checkCalculation('sum'); // fine
 * checkCalculation('smu'); // throws: unknown calculation "smu". Known: sum, difference, …
 */
export function checkCalculation(name: string): void {
  if (hostCalculations.has(name) || builtInNames.includes(name)) return;
  const known = [...new Set([...builtInNames, ...hostCalculations.keys()])].join(', ');
  throw new Error(
    `<dui-form>: unknown calculation "${name}". Known: ${known}; add one with registerCalculation(name, fn).`,
  );
}
