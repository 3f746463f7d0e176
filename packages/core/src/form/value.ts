/**
 * The value pipeline of a control: the model value (typed, per the JSON Schema) is formatted
 * into the view value a native input shows, and the view value the person types is parsed back.
 * Input that cannot be parsed (`1e` in a number field) is not thrown: it is reported as an
 * {@link Unparseable} so the control can show a message and keep what was typed.
 *
 * @example
 * parseView('42', { type: 'integer' });   // 42
 * parseView('', { type: 'string' });      // undefined (an empty field has no value)
 * formatModel('2026-03-01T08:30:00.000Z', { type: 'string', format: 'date-time' }); // local 'YYYY-MM-DDTHH:mm'
 */
import type { JsonSchema } from './types.js';

/** What a person typed that is not a value of the field's type. */
export class Unparseable {
  constructor(readonly view: string) {}
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A `Date` as the `YYYY-MM-DDTHH:mm` a `datetime-local` input expects, in local time. */
function toLocalDateTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Model value → the string a native input shows (`''` for no value).
 *
 * @example
 * formatModel(3.5, { type: 'number' }); // '3.5'
 */
export function formatModel(value: unknown, schema: JsonSchema): string {
  if (value === undefined || value === null) return '';
  if (schema.format === 'date-time' && typeof value === 'string') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : toLocalDateTime(d);
  }
  if (schema.format === 'time' && typeof value === 'string') return value.slice(0, 5);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return `${value}`;
  return JSON.stringify(value);
}

/**
 * View value → model value: `undefined` for an empty field, a number for number and integer
 * fields, an ISO date-time (UTC) for `date-time`, `HH:MM:SS` for `time`.
 *
 * @example
 * parseView('12', { type: 'number' }); // 12
 * parseView('abc', { type: 'number' }) instanceof Unparseable; // true
 */
export function parseView(view: string, schema: JsonSchema): unknown {
  if (view === '') return undefined;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'number' || type === 'integer') {
    const n = Number(view.replace(',', '.'));
    return Number.isFinite(n) ? n : new Unparseable(view);
  }
  if (type === 'boolean') return view === 'true';
  if (schema.format === 'date-time') {
    const d = new Date(view);
    return Number.isNaN(d.getTime()) ? new Unparseable(view) : d.toISOString();
  }
  if (schema.format === 'time' && /^\d{2}:\d{2}$/.test(view)) return `${view}:00`;
  return view;
}

/**
 * An enum option's value as the string an `<option>` or radio carries, and back: the index in
 * the option list, so numbers, booleans and `null` survive the round trip.
 *
 * @example
 * optionKey(options, 2); // '1' when 2 is the second option
 */
export function optionKey(values: readonly unknown[], value: unknown): string {
  const i = values.findIndex((v) => v === value);
  return i < 0 ? '' : String(i);
}
