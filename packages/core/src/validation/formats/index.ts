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
import { duikitFormats } from './identifiers.js';

export { date, time, dateTime as 'date-time' } from './calendar.js';
export { duration, email, uri, uriReference as 'uri-reference', uuid } from './standard.js';

/** `ins-nir`: the key of a NIR / NIA (INS matricule). @example insNir.validate('255082A00101562') */
const insNir = duikitFormats['ins-nir'];
/** `finess`: the Luhn check digit of a FINESS number. @example finess.validate('750712184') */
const finess = duikitFormats.finess;
export { insNir as 'ins-nir', finess };
