export type * from './types.js';
export * from './chain.js';
export * from './head.js';
export * from './line.js';
export * from './sha256.js';
export * from './fhir.js';
export * from './log.js';
