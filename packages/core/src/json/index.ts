export * from './pointer.js';
export * from './freeze.js';
