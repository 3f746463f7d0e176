/**
 * The draft-07 runtime compiler, in its own lazy chunk: only schemas declaring
 * `"$schema": "http://json-schema.org/draft-07/schema#"` load it.
 *
 * @example
 * (await import('./ajv-draft7.js')).compile(schema)(data);
 */
import AjvDraft7 from 'ajv';
import { configureRuntimeAjv, RUNTIME_AJV_OPTIONS, toCompiled } from './ajv-setup.js';
import type { CompiledValidator } from './compiled.js';
import { prepareSchema } from '@duikit/core/form/ajv-options';

let ajv: AjvDraft7 | undefined;

/** Compiles a draft-07 schema. */
export function compile(schema: object): CompiledValidator {
  // Both classes share ajv's core; the set-up only uses what they have in common.
  if (!ajv) {
    const instance = new AjvDraft7(RUNTIME_AJV_OPTIONS);
    configureRuntimeAjv(instance);
    ajv = instance;
  }
  return toCompiled(ajv.compile(prepareSchema(schema)));
}
