/**
 * Calculated fields in the element: the registry is core's (`@duikit/core/form/calculations`,
 * shared with the server's headless model); this module adds what a page needs on top, the
 * calculated-fields code with the built-in functions loaded on first use.
 *
 * @example
 * registerCalculation('bmi', (weight, height) =>
 *   typeof weight === 'number' && typeof height === 'number' && height > 0
 *     ? Math.round((weight / (height / 100) ** 2) * 10) / 10
 *     : undefined,
 * );
 */
import { checkCalculation, hostCalculations, type Calculation } from '@duikit/core/form/calculations';
import { once } from './first-use.js';

export { registerCalculation, checkCalculation, type Calculation } from '@duikit/core/form/calculations';

/**
 * The calculated-fields code with the built-in functions, loaded once for the page.
 *
 * @example
 * new FirstUse<CalcSpec>(engine, calculationCode, 'calculations', (s) => engine.display.owner(s.path)?.el);
 * @internal
 */
export const calculationCode = once(() => import('./calculated-fields.js'));

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
