export * from './pointer.js';
export { parseJsonText, locatePointer, lineColumn } from './parse-text.js';
