/**
 * Entry of `dist/duikit.min.js`: one self-contained ES module for hosts without a bundler.
 * Importing it registers every element and exposes the public API of `@duikit/components` and
 * `@duikit/core` (backends, validators, fr/en catalogues).
 */
export * from './index.js';
export * from '@duikit/core';
// Both packages name a JSON Schema type; the form's one is what hosts of the bundle pass in.
export type { JsonSchema } from './index.js';
