/**
 * Contexts shared by the DUI Kit elements: backend, actor and locale.
 *
 * @example
 * import { backendContext, actorContext, localeContext } from '@duikit/components';
 */
export { backendContext, actorContext, localeContext } from './contexts.js';
