/**
 * The backend interface of the screens and its HTTP implementation (browser-safe). The
 * in-process backend and the backend service, which run the engine, are exported by
 * `@duikit/core` itself.
 *
 * @example
 * import { createHttpBackend, type DuiBackend } from '@duikit/core/client';
 */
export type * from './types.js';
export {
  createHttpBackend,
  createContractClient,
  type HttpBackend,
  type HttpBackendOptions,
} from './http.js';
export { unavailableBackend } from './unavailable.js';
export * from '../contract/index.js';
export type { TdduiExporter } from './scope.js';
