/**
 * `@duikit/components/form-formats`: the string formats `<dui-form>` validates, one export per
 * format, named as the schema's `format`. Core's checks (calendar dates, e-mail, INS key, FINESS
 * key…) plus what a form field means by its format: `time` is a wall-clock time (`<input
 * type=time>` gives `14:30`, no zone), `ins` takes the spaced INS matricule people type, and the
 * widget formats (`signature`, `file`, `radio`) accept any string.
 *
 * The run-time compiler registers these, and a validator precompiled with
 * {@link precompileFormValidator} imports this module as a namespace and reads only the formats its
 * schema uses, so a bundler keeps just those.
 *
 * @example
 * import * as formats from '@duikit/components/form-formats';
 * formats.time.test('14:30'); // true
 *
 * @packageDocumentation
 */
import { checkIns } from '../widgets/identifiers.js';

export {
  date,
  'date-time',
  duration,
  email,
  uri,
  'uri-reference',
  uuid,
  'ins-nir',
  finess,
} from '@duikit/core/formats';

/** `time`: a wall-clock time, seconds and zone optional. @example time.test('08:15') // true */
export const time = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/i;

/** `ins`: an INS matricule as typed, spaces allowed, key checked. @example ins.validate('2 55 08 2A 001 015 62') */
export const ins = { type: 'string' as const, validate: (v: string) => checkIns(v) === 'ok' };

/** Widget formats: they choose a control, they check nothing. @example signature === true */
export const signature = true;
/** See {@link signature}. @example file === true */
export const file = true;
/** See {@link signature}. @example radio === true */
export const radio = true;
