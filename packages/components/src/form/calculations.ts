/**
 * Calculated fields: a Control whose `options.calculate` names a function from this registry
 * and the scopes of its arguments. Functions are plain code registered by name, never `eval`,
 * so definitions stay data and pages stay CSP-strict.
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

/** A calculation: argument values in, the computed value out (`undefined` for "no value"). */
export type Calculation = (...args: unknown[]) => unknown;

const nums = (args: unknown[]) =>
  args.filter((a): a is number => typeof a === 'number' && Number.isFinite(a));
const allNums = (args: unknown[]) => (nums(args).length === args.length ? nums(args) : undefined);

/** Whole years between a date (`YYYY-MM-DD…`) and `on` (today by default). */
function age(birth: unknown, on?: unknown): number | undefined {
  if (typeof birth !== 'string') return undefined;
  const b = new Date(birth.slice(0, 10));
  const d = typeof on === 'string' ? new Date(on.slice(0, 10)) : new Date();
  if (Number.isNaN(b.getTime()) || Number.isNaN(d.getTime())) return undefined;
  let years = d.getUTCFullYear() - b.getUTCFullYear();
  const m = d.getUTCMonth() - b.getUTCMonth();
  if (m < 0 || (m === 0 && d.getUTCDate() < b.getUTCDate())) years--;
  return years;
}

const registry = new Map<string, Calculation>([
  ['sum', (...a) => nums(a).reduce((s, n) => s + n, 0)],
  ['difference', (x, y) => (typeof x === 'number' && typeof y === 'number' ? x - y : undefined)],
  ['product', (...a) => allNums(a)?.reduce((s, n) => s * n, 1)],
  ['average', (...a) => (nums(a).length ? nums(a).reduce((s, n) => s + n, 0) / nums(a).length : undefined)],
  ['min', (...a) => (nums(a).length ? Math.min(...nums(a)) : undefined)],
  ['max', (...a) => (nums(a).length ? Math.max(...nums(a)) : undefined)],
  ['count', (...a) => a.filter((x) => x !== undefined && x !== null && x !== '' && x !== false).length],
  ['concat', (...a) => a.filter((x) => x !== undefined && x !== null && x !== '').join(' ') || undefined],
  ['age', age],
  [
    'daysBetween',
    (from, to) => {
      if (typeof from !== 'string' || typeof to !== 'string') return undefined;
      const ms = new Date(to.slice(0, 10)).getTime() - new Date(from.slice(0, 10)).getTime();
      return Number.isNaN(ms) ? undefined : Math.round(ms / 86_400_000);
    },
  ],
]);

/**
 * Adds (or replaces) a named calculation for every `<dui-form>` on the page.
 *
 * @example
 * registerCalculation('fullName', (first, last) => [first, last].filter(Boolean).join(' '));
 */
export function registerCalculation(name: string, fn: Calculation): void {
  registry.set(name, fn);
}

/**
 * Looks a calculation up; an unknown name is a definition mistake and throws, listing the
 * known names.
 *
 * @example
 * getCalculation('sum')(1, 2); // 3
 */
export function getCalculation(name: string): Calculation {
  const fn = registry.get(name);
  if (!fn) {
    throw new Error(
      `<dui-form>: unknown calculation "${name}". Known: ${[...registry.keys()].join(', ')}; ` +
        'add one with registerCalculation(name, fn).',
    );
  }
  return fn;
}
