/**
 * `@duikit/core/node`: Node-only helpers (file system, runtime schema compilation).
 *
 * @packageDocumentation
 */
export * from './index.js';
