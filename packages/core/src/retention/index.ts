export type * from './types.js';
export * from './load.js';
export * from './apply.js';
export { retentionEnd } from './periods.js';
