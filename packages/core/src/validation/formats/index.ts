/**
 * `@duikit/core/formats`: every DUI Kit format as its own export, named as the schema's `format`.
 * Validators precompiled by {@link precompileValidator} import this module as a namespace and read
 * only the formats their schema uses, so a bundler keeps just those (a form with one `date` field
 * does not carry the e-mail or URI checks).
 *
 * @example
 * import * as formats from '@duikit/core/formats';
 * formats['date-time'].validate('2026-11-26T09:00:00Z'); // true
 *
 * @packageDocumentation
 */
// Re-exports only: a bundler then drops every file whose formats the page does not use.
export { date, time, dateTime as 'date-time' } from './calendar.js';
export { duration, email, uri, uriReference as 'uri-reference', uuid } from './standard.js';
export { insNir as 'ins-nir', finess } from './identifiers.js';
