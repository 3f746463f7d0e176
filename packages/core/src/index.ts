/**
 * `@duikit/core`: the DUI Kit engine. Browser-safe: no DOM, no lit, no Node built-ins.
 * Node-only pieces (runtime schema compiler, file helpers) live in `@duikit/core/node`.
 *
 * @packageDocumentation
 */
export * from './i18n/index.js';
export * from './store/index.js';
export type * from './actor.js';
export * from './json/index.js';
export * from './conditions/index.js';
export * from './aggir/index.js';
export * from './backend/index.js';
export { createInProcessBackend, type InProcessOptions } from './backend/in-process.js';
export { createBackendService, type BackendService, type BackendServiceOptions } from './backend/service.js';
export { apiSchemas } from './generated/api-schemas.js';
export * from './engine/index.js';
export * from './policy/index.js';
export * from './audit/index.js';
export * from './retention/index.js';
export * from './identity/index.js';
export * from './rights/index.js';
export * from './workflow/index.js';
export * from './validation/index.js';
export * from './terminology/index.js';
