/**
 * `@duikit/store-lowdb`: the embedded default store (lowdb files in Node).
 *
 * @packageDocumentation
 */
export type { StorePort } from '@duikit/core';
