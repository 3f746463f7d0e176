export * from './port.js';
export { createMemoryStore } from './memory.js';
export { createFieldIndex, type FieldIndex } from './field-index.js';
