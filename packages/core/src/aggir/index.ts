/**
 * AGGIR: the national autonomy grid and the GIR algorithm of CASF annex 2-2.
 *
 * @example
 * import { computeGir } from '@duikit/core';
 */
export * from './types.js';
