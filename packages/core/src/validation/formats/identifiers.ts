/**
 * The French identifiers whose check digit a pattern cannot verify: `ins-nir` (INS / NIR / NIA
 * key) and `finess` (Luhn check digit).
 */
import type { StringFormat } from './types.js';

// The DUI Kit formats check the key only: a value of the wrong shape is the `pattern`'s error (one clear
// message per mistake instead of two). Schemas pair each format with its pattern.
const NIR_SHAPE = /^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}$/;
const FINESS_SHAPE = /^(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-8])[0-9]{7}$/;

/**
 * The expected 2-digit key of a NIR / NIA (INS matricule): 97 − (number mod 97), where the 13
 * characters are read as a number after replacing the Corsican département 2A by 19 and 2B by 18.
 * Returns `undefined` when the 13 characters are not a NIR body.
 *
 * @example
 * insNirKey('1850775123456'); // the key as a number, e.g. 36
 */
export function insNirKey(body: string): number | undefined {
  if (!/^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}$/.test(body)) return undefined;
  const digits = body.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  // 13 digits stay below 2^53, so plain numbers are exact here.
  return 97 - (Number(digits) % 97);
}

/**
 * True when a 15-character NIR / NIA (13 characters then the key) has the right key.
 *
 * @example
 * isValidInsNir('255082A00101562'); // true or false depending on the key
 */
export function isValidInsNir(value: string): boolean {
  if (value.length !== 15) return false;
  const key = insNirKey(value.slice(0, 13));
  return key !== undefined && /^[0-9]{2}$/.test(value.slice(13)) && key === Number(value.slice(13));
}

/**
 * True when a 9-character FINESS number has a valid Luhn check digit. Corsican numbers (2A, 2B)
 * carry letters the Luhn algorithm cannot read: only their shape is checked.
 *
 * @example
 * isValidFiness('750712184'); // true (AP-HP)
 */
export function isValidFiness(value: string): boolean {
  if (!FINESS_SHAPE.test(value)) return false;
  if (/^2[AB]/.test(value)) return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = value.charCodeAt(8 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The formats DUI Kit adds to the standard ones: the key of a well-shaped value is checked, the
 * shape itself is left to the schema's `pattern`.
 *
 * @example
 * duikitFormats.finess.validate('750712185'); // false: wrong check digit
 */
export const duikitFormats: Record<'ins-nir' | 'finess', StringFormat> = {
  'ins-nir': { type: 'string', validate: (v) => !NIR_SHAPE.test(v) || isValidInsNir(v) },
  finess: { type: 'string', validate: (v) => !FINESS_SHAPE.test(v) || isValidFiness(v) },
};

/** `ins-nir`: the key of a NIR / NIA (INS matricule). @example insNir.validate('255082A00101562') */
export const insNir = duikitFormats['ins-nir'];
/** `finess`: the Luhn check digit of a FINESS number. @example finess.validate('750712184') */
export const finess = duikitFormats.finess;
