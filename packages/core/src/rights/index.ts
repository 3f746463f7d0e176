export * from './html.js';
export * from './requests.js';
export { childSchema, valueLabel, userFileSchema, type SchemaAt } from './labels.js';
export * from './register.js';
export * from './erasure.js';
