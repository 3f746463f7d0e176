/**
 * The calculated fields of one form (`options.calculate`), run by core's `runCalculations`: the
 * same code the server recomputes a submitted response with. Loaded on first use, with the
 * built-in functions, by the engine's `FirstUse` (first-use.ts); a computed value is written
 * into its control and re-runs the rules that read it.
 *
 * @example
 * const calcs = new CalculatedFields(engine, new Set([{ path: '/bmi', fn: 'bmi', args: ['/weight', '/height'] }]));
 * calcs.changed('/weight');
 */
import { builtInCalculations } from '@duikit/core/form/calculation-functions';
import { runCalculations, type CalcSpec } from '@duikit/core/form/calculated';
import type { FormEngineApi } from './contracts.js';

export { builtInCalculations, type CalcSpec };

/** See the module documentation. */
export class CalculatedFields {
  constructor(
    private engine: FormEngineApi,
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
    runCalculations(
      this.calcs,
      {
        get: (p) => engine.get(p),
        write: (p, v) => {
          engine.write(p, v);
          engine.rules.changed(p);
        },
      },
      changed,
    );
  }
}

export { CalculatedFields as Feature };
