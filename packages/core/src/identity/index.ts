export * from './vigilance.js';
export * from './nir.js';
export * from './config.js';
