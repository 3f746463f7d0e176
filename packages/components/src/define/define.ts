/**
 * Registers a custom element once. Registering the same class again is a no-op; registering a
 * different class under a taken tag (two copies of DUI Kit on one page) warns, naming the tag,
 * instead of throwing, so that the first copy keeps working.
 *
 * @example
 * define('dui-form', DuiForm);
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(
      `[duikit] <${tag}> is already registered by another copy of DUI Kit; keeping the first one. ` +
        'Load duikit.min.js or @duikit/components only once per page.',
    );
    return;
  }
  customElements.define(tag, ctor);
}
