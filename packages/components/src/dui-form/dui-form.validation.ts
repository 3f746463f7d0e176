/**
 * How `<dui-form>` gets its validator: the host's precompiled one (CSP-strict pages), or the schema
 * compiled at run time once the page is idle (a lazy chunk; the interpreter when a CSP forbids
 * compiling). Errors come out in core's shape and wording, in the form's language (its
 * translator carries core's validation messages).
 *
 * @example
 * this.ready = prepareValidator(engine, schema, 'fr', host.validator, () => this.settle(engine));
 */
import { toValidationErrorsWith, type AjvErrorLike, type Locale } from '@duikit/core/base';
import type { FormEngine } from '../form/engine.js';
import type { JsonSchema } from '@duikit/core/form/types';

/** A precompiled (standalone) ajv validator: returns validity, leaves errors on `.errors`. */
export interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: AjvErrorLike[] | null;
}

const idle = (fn: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 300 }) : setTimeout(fn, 30);

/**
 * Gives the engine its validator and resolves once it validated the data a first time (`settle`),
 * with the rule evaluator loaded.
 *
 * @example
 * await prepareValidator(engine, schema, 'en', undefined, () => engine.display.refresh());
 */
export function prepareValidator(
  engine: FormEngine,
  schema: JsonSchema,
  lang: Locale,
  validator: PrecompiledValidator | undefined,
  settle: () => void,
): Promise<void> {
  const rules = engine.conditionsReady;
  const t = engine.options.t;
  if (validator) {
    engine.validator = (data) => (validator(data) ? [] : toValidationErrorsWith(validator.errors, t, lang));
    // The first validation runs once the page is idle, so neither the mount nor the first
    // keystroke pays for it (nor for the validator's first, unoptimised run), and once rules and
    // calculations loaded on first use have applied: validity and the native value see their data.
    const idleNow = new Promise<void>((resolve) => idle(resolve));
    return Promise.all([rules, idleNow]).then(settle);
  }
  // Compile after the first paint: the mount stays as cheap as the DOM it builds.
  const compiled = new Promise<void>((resolve) =>
    idle(() => {
      // The compiler's loader is itself loaded here: a page with a precompiled validator never is.
      import('../form/validation/runtime.js')
        .then((m) => m.compileSchema(schema))
        .then(
          (v) => {
            engine.validator = (data) => toValidationErrorsWith(v(data), t, lang);
            resolve();
          },
          (err: unknown) => {
            console.error(`<dui-form>: the schema does not compile: ${String(err)}`);
            resolve();
          },
        );
    }),
  );
  return Promise.all([compiled, rules]).then(settle);
}
