export * from './pointer.js';
export * from './freeze.js';
export * from './clone.js';
