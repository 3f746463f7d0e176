/**
 * The built-in calculations (sum, difference, product, average, min, max, count, concat, age,
 * daysBetween): loaded with the first calculated field of the page, or by `loadCalculations()`.
 * Their names are listed in calculations.ts too, so an unknown name still fails at mount.
 *
 * @example
 * const { builtInCalculations } = await import('./calculation-functions.js');
 * builtInCalculations.get('sum')!(1, 2); // 3
 */
import type { Calculation } from './calculations.js';

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

/**
 * The built-in functions by name (a host's `registerCalculation` of the same name wins).
 *
 * @example
 * builtInCalculations.get('age')!('1950-06-15', '2026-06-14'); // 75
 */
export const builtInCalculations: ReadonlyMap<string, Calculation> = new Map<string, Calculation>([
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
