/**
 * The contexts `<dui-provider>` offers to every DUI Kit element below it (the W3C Web Components
 * Community Group context protocol, through `@lit/context`). Any element — lit or not — can
 * request them, and a host can provide them without `<dui-provider>`.
 */
import { createContext } from '@lit/context';
import type { Actor, DuiBackend, Locale } from '@duikit/core';

/**
 * The backend the elements call (in-process over the engine, HTTP, or the host's own).
 *
 * @example
 * class MyEl extends LitElement {
 *   @consume({ context: backendContext, subscribe: true }) @state() backend?: DuiBackend;
 * }
 */
export const backendContext = createContext<DuiBackend | undefined>(Symbol.for('duikit.backend'));

/**
 * The professional acting (id, role, establishment, name), for display and role-aware hints.
 * The backend enforces access; this is never a protection.
 *
 * @example
 * @consume({ context: actorContext, subscribe: true }) @state() actor?: Actor;
 */
export const actorContext = createContext<Actor | undefined>(Symbol.for('duikit.actor'));

/**
 * The locale of every string and date (`fr` by default). `<dui-form>` and the screens read it.
 *
 * @example
 * @consume({ context: localeContext, subscribe: true }) @state() locale: Locale = 'fr';
 */
export const localeContext = createContext<Locale>(Symbol.for('duikit.locale'));
