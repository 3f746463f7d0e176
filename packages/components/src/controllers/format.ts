/**
 * Locale helpers shared by the screens: definition labels and dates in the element's locale.
 */
import type { DisplayText, Locale } from '@duikit/core';

/**
 * Picks a label for the locale (French when the locale has none).
 *
 * @example
 * text({ fr: 'Admission', en: 'Admission' }, 'en');
 */
export function text(value: DisplayText | undefined, locale: Locale): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[locale] ?? value.fr);
}

const BCP47: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Formats an ISO date or instant in the locale (dates in Europe/Paris, where the law counts).
 *
 * @example
 * formatDate('2026-03-01T10:00:00Z', 'fr'); // '1 mars 2026'
 */
export function formatDate(iso: string | undefined, locale: Locale, withTime = false): string {
  if (!iso) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(BCP47[locale], {
    dateStyle: 'medium',
    ...(withTime && !dateOnly ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Paris',
  }).format(date);
}

/**
 * "in 3 days" / "2 days ago" in the locale, counted in whole days (hours below one day).
 *
 * @example
 * relativeTime('2026-03-04T00:00:00Z', new Date('2026-03-01T00:00:00Z'), 'fr'); // 'dans 3 jours'
 */
export function relativeTime(iso: string, now: Date, locale: Locale): string {
  const ms = new Date(iso).getTime() - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(BCP47[locale], { numeric: 'auto' });
  const hours = ms / 3_600_000;
  if (Math.abs(hours) < 24) return rtf.format(Math.round(hours), 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

/**
 * The day in Paris (`YYYY-MM-DD`), where the law and the server count days: the default date
 * of an agreement or an assessment (not the UTC day, which is yesterday after 23:00 in winter).
 *
 * @example
 * parisToday(new Date('2026-12-07T23:30:00Z')); // '2026-12-08'
 */
export const parisToday = (now: Date): string => PARIS_DAY.format(now);

/** True when `iso` is before `now`. */
export function isPast(iso: string | undefined, now: Date): boolean {
  return !!iso && new Date(iso).getTime() < now.getTime();
}
