/**
 * Typed `dui-*` events: the {@link emit} helper and the declarations of each event.
 *
 * @example
 * import { emit } from '../events/index.js';
 */
export * from './emit.js';
export type * from './dui-form-events.js';
