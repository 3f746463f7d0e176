/**
 * Check keys of French identifiers, as pure functions.
 *
 * - INS matricule (NIR or NIA): 13 characters (the département may be `2A`/`2B` for Corsica)
 *   and a 2-digit key equal to `97 - (number mod 97)`, where `2A` counts as `19` and `2B` as `18`.
 * - FINESS: 9 characters, the first two the département (`2A`/`2B` for Corsica), the last a
 *   Luhn check digit over the first eight. For Corsican numbers only the format is checked,
 *   since the substitution rule for the letters is not published with the nomenclature.
 *
 * @example
 * checkIns('2 55 08 14 168 025 38'); // 'ok' or 'key'
 * checkFiness('750712184');           // 'ok'
 */

/** The result of a check: valid, wrong shape, or wrong key. */
export type IdCheck = 'ok' | 'format' | 'key';

/** Removes spaces, dots and dashes people type between groups, upper-cases letters. */
export function compactId(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/**
 * Checks an INS matricule (NIR or NIA) with its key.
 *
 * @example
 * checkIns('255081416802538'); // 'ok'
 */
export function checkIns(value: string): IdCheck {
  const v = compactId(value);
  if (!/^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(v)) return 'format';
  const body = v.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = 97 - mod97(body);
  return key === Number(v.slice(13)) ? 'ok' : 'key';
}

/**
 * The `ins` format of `<dui-form>`: an INS matricule as typed, spaces allowed, key checked.
 *
 * @example
 * insFormat.validate('2 55 08 2A 001 015 62'); // true
 */
export const insFormat = { type: 'string' as const, validate: (v: string) => checkIns(v) === 'ok' };

/**
 * Checks a FINESS number (legal entity or site).
 *
 * @example
 * checkFiness('750712184'); // 'ok'
 */
export function checkFiness(value: string): IdCheck {
  const v = compactId(value);
  if (!/^(?:[0-9]{2}|2A|2B)[0-9]{7}$/.test(v)) return 'format';
  if (!/^[0-9]+$/.test(v)) return 'ok';
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    let d = Number(v[7 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(v[8]) ? 'ok' : 'key';
}
