/**
 * The one way DUI Kit elements dispatch their events: typed, bubbling and composed, so a
 * listener on `document` hears an event fired deep inside nested shadow roots.
 *
 * Each event is declared once in `events/dui-<verb>.ts`, which adds it to
 * `GlobalEventHandlersEventMap`; `emit()` then checks the detail type against that entry.
 *
 * @example
 * // events/dui-select.ts
 * declare global {
 *   interface GlobalEventHandlersEventMap { 'dui-select': CustomEvent<{ id: string }> }
 * }
 * // in an element
 * emit(this, 'dui-select', { id: 'abc' });
 */

/** The detail type of a `dui-*` event registered in `GlobalEventHandlersEventMap`. */
export type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Options for {@link emit}; `bubbles` and `composed` default to `true`, `cancelable` to `false`. */
export type EmitOptions = Omit<CustomEventInit, 'detail'>;

/**
 * Dispatches a typed `CustomEvent` from `target` and returns it, so the caller can check
 * `defaultPrevented` for cancelable events.
 *
 * @example
 * const event = emit(this, 'dui-submit', { data, errors: [], path: '' }, { cancelable: true });
 * if (!event.defaultPrevented) this.internals.form?.requestSubmit();
 */
export function emit<K extends keyof GlobalEventHandlersEventMap & `dui-${string}`>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options: EmitOptions = {},
): CustomEvent<DetailOf<K>> {
  const event = new CustomEvent<DetailOf<K>>(name, { bubbles: true, composed: true, ...options, detail });
  target.dispatchEvent(event);
  return event;
}
