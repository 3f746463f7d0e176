export * from './vigilance.js';
