export * from './html.js';
export * from './requests.js';
export { childSchema, valueLabel, userFileSchema, type SchemaAt } from './labels.js';
