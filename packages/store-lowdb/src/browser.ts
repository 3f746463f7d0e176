/**
 * `@duikit/store-lowdb/browser`: the embedded store over localStorage.
 *
 * @packageDocumentation
 */
export type { StorePort } from '@duikit/core';
