/**
 * Entry of `dist/duikit.min.js`: one self-contained ES module for hosts without a bundler.
 * Importing it registers every element and exposes the public API of `@duikit/components` and
 * the client API of `@duikit/core` (backends, fr/en catalogues, conditions, AGGIR,
 * terminologies, the validation error shape); `<dui-form>` interprets schemas given at run time
 * (CSP-safe, no ajv). The precompiled user-file validators are a
 * sibling file, `duikit-validators.min.js`, and the in-page engine comes from the npm packages
 * (ADR 0009): together they would triple this file.
 */
export * from './index.js';
export * from '@duikit/core/client';
// Both packages name a JSON Schema type; the form's one is what hosts of the bundle pass in.
export type { JsonSchema } from './index.js';
