/**
 * The backend interface of the screens and its in-process implementation.
 *
 * @example
 * import { createInProcessBackend, type DuiBackend } from '@duikit/core';
 */
export type * from './types.js';
export { createHttpBackend, type HttpBackendOptions } from './http.js';
export { createInProcessBackend, type InProcessOptions } from './in-process.js';
