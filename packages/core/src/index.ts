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
export type * from './engine/types.js';
export * from './engine/result.js';
export * from './policy/types.js';
export type * from './audit/types.js';
export type * from './retention/types.js';
export * from './workflow/index.js';
