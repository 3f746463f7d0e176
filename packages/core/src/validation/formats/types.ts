/**
 * A format as ajv takes it: a string check, named by the schema's `format`.
 *
 * @example
 * const upper: StringFormat = { type: 'string', validate: (v) => v === v.toUpperCase() };
 */
export interface StringFormat {
  type: 'string';
  validate: (value: string) => boolean;
}
