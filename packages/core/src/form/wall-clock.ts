/**
 * The `time` format of a form field: what `<input type=time>` gives (`14:30`), a wall-clock time
 * with seconds and zone optional. The schemas of the user file keep RFC 3339's `time` (zone
 * required); a form response is checked with this one, in the page and on the server alike.
 *
 * @example
 * time.test('08:15'); // true
 */

/** `time`: a wall-clock time, seconds and zone optional. @example time.test('08:15') // true */
export const time = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/i;
