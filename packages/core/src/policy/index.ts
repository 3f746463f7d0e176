export * from './types.js';
export * from './decide.js';
export * from './categorize.js';
export * from './load.js';
export * from './reason.js';
