export * from './port.js';
export { createMemoryStore } from './memory.js';
