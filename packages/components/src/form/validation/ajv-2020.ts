/**
 * The JSON Schema 2020-12 runtime compiler (a lazy chunk: loaded only for schemas given at run
 * time without a precompiled validator).
 *
 * @example
 * (await import('./ajv-2020.js')).compile(schema)(data);
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { configureRuntimeAjv, RUNTIME_AJV_OPTIONS, toCompiled } from './ajv-setup.js';
import type { CompiledValidator } from './compiled.js';
import { prepareSchema } from '@duikit/core/form/ajv-options';

let ajv: Ajv2020 | undefined;

/** Compiles a 2020-12 schema. */
export function compile(schema: object): CompiledValidator {
  ajv ??= configureRuntimeAjv(new Ajv2020(RUNTIME_AJV_OPTIONS));
  return toCompiled(ajv.compile(prepareSchema(schema)));
}
