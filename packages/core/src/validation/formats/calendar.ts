/**
 * RFC 3339 `date`, `time` and `date-time` checks, as ajv-formats' `full` mode does them (real
 * calendar dates, leap years, leap seconds, a required time zone). Ported from ajv-formats 3.0.1
 * (MIT, © 2020 Evgeny Poberezkin) because its formats ship as one CommonJS object: a page that
 * validates one `date` field would otherwise download every format check.
 */
import type { StringFormat } from './types.js';

// https://tools.ietf.org/html/rfc3339#appendix-C
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;

function isDate(str: string): boolean {
  const m = DATE.exec(str);
  if (!m) return false;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}

function isTime(str: string): boolean {
  const m = TIME.exec(str);
  if (!m) return false;
  const [hr, min, sec, tz] = [+m[1], +m[2], +m[3], m[4]];
  const tzSign = m[5] === '-' ? -1 : 1;
  const [tzH, tzM] = [+(m[6] || 0), +(m[7] || 0)];
  if (tzH > 23 || tzM > 59 || !tz) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second is only valid at 23:59:60 UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

/**
 * `full-date`: `YYYY-MM-DD`, a day that exists.
 *
 * @example
 * date.validate('2024-02-29'); // true
 * date.validate('2023-02-29'); // false
 */
export const date: StringFormat = { type: 'string', validate: isDate };

/**
 * `full-time`: `hh:mm:ss[.frac]` with a time zone (`Z` or `±hh:mm`).
 *
 * @example
 * time.validate('14:30:00Z'); // true
 */
export const time: StringFormat = { type: 'string', validate: isTime };

/**
 * `date-time`: a full date, `T` (or a space), a full time.
 *
 * @example
 * dateTime.validate('2026-11-26T14:30:00+01:00'); // true
 */
export const dateTime: StringFormat = {
  type: 'string',
  validate: (str) => {
    const parts = str.split(DATE_TIME_SEPARATOR);
    return parts.length === 2 && isDate(parts[0]) && isTime(parts[1]);
  },
};
