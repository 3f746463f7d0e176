/**
 * `@duikit/components/form-formats/calendar`: the date and time formats of `<dui-form>`. `date`
 * and `date-time` are core's RFC 3339 checks; `time` is what `<input type=time>` gives (`14:30`,
 * a wall-clock time, seconds and zone optional).
 *
 * @example
 * import { time } from '@duikit/components/form-formats/calendar';
 * time.test('14:30'); // true
 *
 * @packageDocumentation
 */
export { date, dateTime as 'date-time' } from '@duikit/core/formats/calendar';

export { time } from '@duikit/core/form/wall-clock';
