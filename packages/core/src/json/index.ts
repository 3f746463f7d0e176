export * from './pointer.js';
