/**
 * Running calculated fields over form data, the same way in the browser and on the server:
 * after a change, the fields whose arguments it touched are computed again, then those that read
 * them, until nothing moves (bounded, so a cycle of calculations cannot loop). The host's
 * function wins over a built-in of the same name.
 *
 * @example
 * const calcs = [{ path: '/bmi', fn: 'bmi', args: ['/weight', '/height'] }];
 * runCalculations(calcs, { get, write }, '/weight'); // writes /bmi when it changed
 */
import { builtInCalculations } from './calculation-functions.js';
import { checkCalculation, hostCalculations } from './calculations.js';
import { related } from './rules.js';

/** A calculated field: the pointer it writes, the function's name, its arguments' pointers. */
export interface CalcSpec {
  path: string;
  fn: string;
  args: string[];
}

/** Where calculations read and write: the form's data. */
export interface CalcAccess {
  get(path: string): unknown;
  /** Writes a computed value (the element also updates the control and re-runs rules). */
  write(path: string, value: unknown): void;
}

/**
 * The value of one calculated field for the current data (`undefined` for "no value", and for
 * a number that is not finite).
 *
 * @example
 * computeField({ path: '/total', fn: 'sum', args: ['/a', '/b'] }, (p) => data[p.slice(1)]);
 */
export function computeField(c: CalcSpec, get: (path: string) => unknown): unknown {
  checkCalculation(c.fn);
  const fn = hostCalculations.get(c.fn) ?? builtInCalculations.get(c.fn)!;
  const value = fn(...c.args.map(get));
  return typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
}

/**
 * Computes again what depends on `changed` (every field when `undefined`), then what reads the
 * fields that moved; returns the paths written.
 *
 * @example
 * runCalculations(specs, { get: (p) => getAtPointer(data, p), write: (p, v) => (data = setAtPointer(data, p, v)) });
 */
export function runCalculations(calcs: Iterable<CalcSpec>, access: CalcAccess, changed?: string): string[] {
  const written: string[] = [];
  for (let round = 0; round < 10; round++) {
    let any = false;
    for (const c of calcs) {
      if (changed !== undefined && round === 0 && !c.args.some((a) => related(a, changed))) continue;
      const next = computeField(c, (p) => access.get(p));
      if (access.get(c.path) !== next) {
        access.write(c.path, next);
        written.push(c.path);
        any = true;
      }
    }
    if (!any) break;
  }
  return written;
}
