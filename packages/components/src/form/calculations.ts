/**
 * Calculated fields: a Control whose `options.calculate` names a function from this registry
 * and the scopes of its arguments. Functions are plain code registered by name, never `eval`,
 * so definitions stay data and pages stay CSP-strict. This module is what every form carries:
 * the host's registrations and the built-in names; the built-in functions themselves
 * (calculation-functions.ts) load with the first calculated field.
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
import { once } from './first-use.js';

/**
 * The host's registrations (they win over built-ins): read by calculated-fields.ts.
 *
 * @example
 * const fn = hostCalculations.get(name) ?? builtInCalculations.get(name);
 * @internal
 */
export const hostCalculations = new Map<string, Calculation>();

/**
 * The calculated-fields code with the built-in functions, loaded once for the page.
 *
 * @example
 * new FirstUse<CalcSpec>(engine, calculationCode, 'calculations', (s) => engine.display.owner(s.path)?.el);
 * @internal
 */
export const calculationCode = once(() => import('./calculated-fields.js'));

/** A calculation: argument values in, the computed value out (`undefined` for "no value"). */
export type Calculation = (...args: unknown[]) => unknown;

/** The names of calculation-functions.ts: known before its code is loaded. */
const builtInNames = 'sum difference product average min max count concat age daysBetween'.split(' ');

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

/**
 * Loads the built-in functions (forms do it with their first calculated field).
 *
 * @example
 * await loadCalculations();
 * getCalculation('sum')(1, 2); // 3
 */
export function loadCalculations(): Promise<void> {
  return calculationCode.load().then(() => undefined);
}

/**
 * Looks a calculation up: the host's, else the built-in. An unknown name throws, listing the
 * known names; so does a built-in whose code is not loaded yet (`await loadCalculations()`).
 *
 * @example
 * getCalculation('sum')(1, 2); // 3
 */
export function getCalculation(name: string): Calculation {
  checkCalculation(name);
  const fn = hostCalculations.get(name) ?? calculationCode.value?.builtInCalculations.get(name);
  if (fn) return fn;
  throw new Error(
    `<dui-form>: the built-in calculation "${name}" loads with the first calculated field; ` +
      'await loadCalculations() before calling it outside a form.',
  );
}
