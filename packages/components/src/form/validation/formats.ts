/**
 * `@duikit/components/form-formats`: the string formats `<dui-form>` validates, one export per
 * format, named as the schema's `format`. Core's checks (calendar dates, e-mail, INS key, FINESS
 * key…) plus what a form field means by its format: `time` is a wall-clock time (`<input
 * type=time>` gives `14:30`, no zone), `ins` takes the spaced INS matricule people type, and the
 * widget formats (`signature`, `file`, `radio`) accept any string.
 *
 * The run-time compiler registers these. A validator precompiled with
 * {@link precompileFormValidator} imports only the formats its schema uses, each from its group's
 * module, so a bundler keeps just those.
 *
 * @example
 * import * as formats from '@duikit/components/form-formats';
 * formats.time.test('14:30'); // true
 *
 * @packageDocumentation
 */
// Re-exports only, one file per group: a precompiled validator imports the groups it needs
// (`@duikit/components/form-formats/calendar`…), so a page never reaches the other groups' files.
export * from './formats/calendar.js';
export * from './formats/standard.js';
export * from './formats/identifiers.js';
export * from './formats/widgets.js';
