/**
 * Validation of the user file: precompiled validators, the shared error shape and its fr/en
 * messages, the DUI Kit schema vocabulary and formats, and the schemas as data.
 *
 * @example
 * import { validateUserFile, schemas } from '@duikit/core';
 * const { valid, errors } = validateUserFile(file, { locale: 'fr' });
 */
export * from './validate.js';
export * from './errors.js';
export { keywordMessage, toValidationErrors, translatorFor } from './localized.js';
export { keywordText, type KeywordError } from './messages.js';
export * from './vocabulary.js';
export * from './formats.js';
export type * from './schema-types.js';
export { schemas, schemaDefs, type SchemaName, type SchemaDefName } from '../generated/schemas.js';
export type { StandaloneValidator } from '../generated/validators.js';
export type * from '../generated/types.js';
