/**
 * The calculated fields of one form (`options.calculate`): each names a function from the
 * registry (calculations.ts) and the pointers of its arguments. After a change, the fields whose
 * arguments it touched are computed again, then those that read them, until nothing moves.
 *
 * @example
 * const calcs = new CalculatedFields(engine);
 * calcs.add('/bmi', 'bmi', ['/weight', '/height']);
 * calcs.run('/weight');
 */
import { getAtPointer } from '@duikit/core';
import { getCalculation } from './calculations.js';
import type { FormEngine } from './engine.js';

interface CalcBinding {
  path: string;
  args: string[];
  fn: string;
}

/**
 * True when one pointer is the other or an ancestor of it.
 *
 * @example
 * related('/a', '/a/b'); // true
 */
export function related(a: string, b: string): boolean {
  const x = a + '/';
  const y = b + '/';
  return x.startsWith(y) || y.startsWith(x);
}

/** See the module documentation. */
export class CalculatedFields {
  private calcs = new Set<CalcBinding>();

  constructor(private engine: FormEngine) {}

  /** Registers a calculated field; returns its disposer. */
  add(path: string, fn: string, args: string[]): () => void {
    getCalculation(fn); // fail at mount, naming the function, not at the first keystroke
    const c: CalcBinding = { path, fn, args };
    this.calcs.add(c);
    return () => this.calcs.delete(c);
  }

  /** Computes again what depends on `changed` (everything when `undefined`). */
  run(changed: string | undefined): void {
    const engine = this.engine;
    // Calculations may feed each other: repeat until stable, bounded against cycles.
    for (let round = 0; round < 10; round++) {
      let any = false;
      for (const c of this.calcs) {
        if (changed !== undefined && round === 0 && !c.args.some((a) => related(a, changed))) continue;
        const value = getCalculation(c.fn)(...c.args.map((a) => engine.get(a)));
        const next = typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
        if (getAtPointer(engine.data, c.path) !== next) {
          engine.write(c.path, next);
          engine.rules.changed(c.path);
          any = true;
        }
      }
      if (!any) return;
    }
  }
}
