/**
 * The shape every run-time validator of `<dui-form>` returns (ajv compilers and the interpreter).
 *
 * @example
 * const v: CompiledValidator = (data) => (ok(data) ? null : errors);
 */
import type { AjvErrorLike } from '@duikit/core/base';

/** A compiled validator: the errors, or `null` when the data is valid. */
export type CompiledValidator = (data: unknown) => AjvErrorLike[] | null;
