/**
 * Calculated fields in the element: the registry is core's (`@duikit/core/form/calculations`,
 * shared with the server's headless model); this module adds what a page needs on top, the
 * form model's state with the built-in functions, loaded on first use (model-state.ts).
 *
 * @example
 * registerCalculation('bmi', (weight, height) =>
 *   typeof weight === 'number' && typeof height === 'number' && height > 0
 *     ? Math.round((weight / (height / 100) ** 2) * 10) / 10
 *     : undefined,
 * );
 */
import { checkCalculation, hostCalculations, type Calculation } from '@duikit/core/form/calculations';
import { modelCode } from './first-use.js';

export { registerCalculation, checkCalculation, type Calculation } from '@duikit/core/form/calculations';

/**
 * Loads the built-in functions (forms do it with their first calculated field).
 *
 * @example
 * await loadCalculations();
 * getCalculation('sum')(1, 2); // 3
 */
export function loadCalculations(): Promise<void> {
  return modelCode.load().then(() => undefined);
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
  const fn = hostCalculations.get(name) ?? modelCode.value?.builtInCalculations.get(name);
  if (fn) return fn;
  throw new Error(
    `<dui-form>: the built-in calculation "${name}" loads with the first calculated field; ` +
      'await loadCalculations() before calling it outside a form.',
  );
}
