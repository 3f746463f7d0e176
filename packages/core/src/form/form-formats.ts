/**
 * Every string format a form response is checked with, by name, as the element's compilers
 * register them: core's checks, the wall-clock `time` of a time input, the INS matricule as
 * people type it (spaces allowed), and the widget formats (`signature`, `file`, `radio`) that
 * choose a control and accept any string. The server's compiler (`compileFormSchema`) registers
 * exactly these, so a response valid in the page is valid on the server.
 *
 * @example
 * for (const [name, f] of Object.entries(formFormats)) ajv.addFormat(name, f);
 */
import { formats } from '../validation/formats.js';
import { insFormat } from './identifiers.js';
import { time } from './wall-clock.js';

/**
 * The formats of a form, for `ajv.addFormat`.
 *
 * @example
 * formFormats.time; // the wall-clock check
 */
export const formFormats = {
  ...formats,
  time,
  ins: insFormat,
  signature: true,
  file: true,
  radio: true,
} as const;
