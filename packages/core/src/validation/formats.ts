/**
 * The string formats of the DUI Kit schemas: `date`, `time` and `date-time` as ajv-formats' `full`
 * mode checks them (real calendar dates), the other standard ones from ajv-formats, plus the French
 * identifiers whose check digit a pattern cannot verify: `ins-nir` (INS / NIR / NIA key) and
 * `finess` (Luhn check digit).
 *
 * The same functions are compiled into the standalone validators (the generator points ajv's
 * `code.formats` at this module; {@link precompileValidator} at `@duikit/core/formats`, one export
 * per format) and used by runtime compilers, so both agree.
 */
import { date, dateTime, time } from './formats/calendar.js';
import { duikitFormats } from './formats/identifiers.js';
import { duration, email, uri, uriReference, uuid } from './formats/standard.js';

export type { StringFormat } from './formats/types.js';
export { insNirKey, isValidInsNir, isValidFiness, duikitFormats } from './formats/identifiers.js';

/**
 * Every format a DUI Kit schema may use, ready for `ajv.addFormat(name, format)`.
 *
 * @example
 * for (const [name, f] of Object.entries(formats)) ajv.addFormat(name, f);
 */
export const formats = {
  date,
  time,
  'date-time': dateTime,
  duration,
  email,
  uri,
  'uri-reference': uriReference,
  uuid,
  ...duikitFormats,
};
