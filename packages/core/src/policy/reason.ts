/**
 * What counts of a free-text reason (break-the-glass, rectification): the words a reader sees.
 * Invisible format characters (zero-width spaces and joiners, bidi marks, the BOM), control
 * characters and runs of spacing are not words; NFKC folds look-alike forms first.
 */

/** At least this many letters, whatever the configured length: a reason says something. */
export const MIN_REASON_LETTERS = 3;

/**
 * The reason as a reader sees it: NFKC-normalised, format and control characters removed,
 * spacing collapsed, trimmed.
 *
 * @example
 * visibleText('\u200b\u200bChute\u00a0 nocturne '); // 'Chute nocturne'
 */
export function visibleText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}\p{Co}\p{Cn}]/gu, (c) => (/[\t\n\r]/.test(c) ? ' ' : ''))
    .replace(/[\s\p{Z}]+/gu, ' ')
    .trim();
}

/**
 * Whether a reason is made of visible words: at least `minLength` visible characters, of which
 * at least {@link MIN_REASON_LETTERS} letters.
 *
 * @example
 * isVisibleReason('\u200b'.repeat(20), 15); // false
 * isVisibleReason('Chute nocturne, antécédents', 15); // true
 */
export function isVisibleReason(text: string, minLength: number): boolean {
  const seen = visibleText(text);
  const letters = seen.match(/\p{L}/gu)?.length ?? 0;
  return [...seen].length >= minLength && letters >= MIN_REASON_LETTERS;
}
