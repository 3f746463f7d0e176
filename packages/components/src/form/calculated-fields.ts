/**
 * The calculated fields of one form (`options.calculate`): each names a function from the
 * registry (calculations.ts) and the pointers of its arguments. After a change, the fields whose
 * arguments it touched are computed again, then those that read them, until nothing moves.
 * Loaded on first use, with the built-in functions (calculation-functions.ts), by the engine's
 * `FirstUse` (first-use.ts).
 *
 * @example
 * const calcs = new CalculatedFields(engine, new Set([{ path: '/bmi', fn: 'bmi', args: ['/weight', '/height'] }]));
 * calcs.changed('/weight');
 */
import { getAtPointer } from '@duikit/core/base';
import { builtInCalculations } from './calculation-functions.js';
import { hostCalculations } from './calculations.js';
import type { FormEngine } from './engine.js';

export { builtInCalculations };

/** A calculated field: the pointer it writes, the function's name, its arguments' pointers. */
export interface CalcSpec {
  path: string;
  fn: string;
  args: string[];
}

const related = (a: string, b: string) => (a + '/').startsWith(b + '/') || (b + '/').startsWith(a + '/');

/** See the module documentation. */
export class CalculatedFields {
  constructor(
    private engine: FormEngine,
    /** The calculated fields bound now (kept by the engine; names checked at mount). */
    private calcs: ReadonlySet<CalcSpec>,
  ) {}

  /** A calculated field was bound: it is computed by the next run, as at mount. */
  add(): void {}

  /** Computes again what depends on the value at `path`. */
  changed(path: string): void {
    this.run(path);
  }

  /** Computes every field again (mount, data set by the host, code just loaded). */
  applyAll(): void {
    this.run(undefined);
  }

  private run(changed: string | undefined): void {
    const engine = this.engine;
    // Calculations may feed each other: repeat until stable, bounded against cycles.
    for (let round = 0; round < 10; round++) {
      let any = false;
      for (const c of this.calcs) {
        if (changed !== undefined && round === 0 && !c.args.some((a) => related(a, changed))) continue;
        // The host's function wins over a built-in of the same name (checked at mount: one exists).
        const fn = hostCalculations.get(c.fn) ?? builtInCalculations.get(c.fn)!;
        const value = fn(...c.args.map((a) => engine.get(a)));
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

export { CalculatedFields as Feature };
