/**
 * Compiles a schema given at run time with ajv: JSON Schema 2020-12 by default, draft-07 when
 * the schema's `$schema` says so. Each compiler (ajv + ajv-formats + ajv-errors, ~45 KB gz) is
 * a separate lazy chunk loaded on first use by a dynamic import, so a page that passes a precompiled `validator`
 * never downloads it. ajv needs `unsafe-eval`: under a strict Content-Security-Policy its
 * compiler throws an `EvalError`, and the schema is then interpreted by @cfworker/json-schema
 * (`@duikit/core/form/interpret`). CSP-strict pages that want ajv-errors' custom messages pass a
 * precompiled validator.
 *
 * @example
 * const validate = await compileSchema(schema);
 * validate({ name: 'Dupont' }); // ajv errors, or null when valid
 */
import type { CompiledValidator } from './compiled.js';

export type { CompiledValidator };

const cache = new WeakMap<object, Promise<CompiledValidator>>();

/**
 * Compiles (once per schema object) and returns the validator. A schema ajv refuses rejects
 * with ajv's message, which names the keyword and place.
 *
 * @example
 * compileSchema({ type: 'object', required: ['name'] }).then((v) => v({}));
 */
export function compileSchema(schema: object): Promise<CompiledValidator> {
  let p = cache.get(schema);
  if (!p) {
    const declared = (schema as { $schema?: unknown }).$schema;
    const dialect = typeof declared === 'string' ? declared : '';
    p = (/draft-0[67]/.test(dialect) ? import('./ajv-draft7.js') : import('./ajv-2020.js'))
      .then((m) => m.compile(schema))
      .catch(async (err: unknown) => {
        if (!(err instanceof EvalError)) throw err;
        return (await import('@duikit/core/form/interpret')).interpretSchema(schema);
      });
    cache.set(schema, p);
  }
  return p;
}
