/**
 * Stands in for the ajv compilers (`ajv-2020.ts`, `ajv-draft7.ts`) in `duikit.min.js`: the
 * single-file bundle validates schemas given at run time with the CSP-safe interpreter
 * (`@duikit/core/form/interpret`) — the only one that works on the strict-CSP pages the bundle is made for —
 * and so leaves out ~50 KB gz of ajv (ADR 0009). The npm package keeps ajv.
 *
 * @example
 * compile(schema); // throws EvalError: runtime.ts then interprets the schema
 */
import type { CompiledValidator } from './compiled.js';

/** Always refuses, as ajv does under a strict CSP, so that `compileSchema` interprets instead. */
export function compile(_schema: object): CompiledValidator {
  throw new EvalError('duikit.min.js validates run-time schemas with its CSP-safe interpreter');
}
