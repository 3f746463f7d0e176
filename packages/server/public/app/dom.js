/**
 * Tiny DOM helpers: every node is built with createElement and textContent, never innerHTML, so
 * no data (names, messages) can turn into markup, and no inline handler exists (strict CSP).
 */

/**
 * Creates an element.
 * @param {string} tag
 * @param {Record<string, unknown>} [attrs] attributes; `on*` functions become listeners; `props` sets properties
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 * @example h('a', { href: '#/inbox' }, 'Tâches')
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'props') Object.assign(el, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** Replaces the content of the main region and moves focus to its heading (page change). */
export function render(...children) {
  // Pages render inside <dui-provider id="outlet">, so every element finds the backend.
  const main = document.getElementById('outlet') ?? document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  const heading = main.querySelector('h1');
  (heading ?? main).setAttribute('tabindex', '-1');
  (heading ?? main).focus();
}

/** Says something to screen-reader users (polite live region). */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

/** An error box (role="alert") naming the fault and, when given, the field (JSON Pointer). */
export function errorBox(error) {
  if (!error) return null;
  return h(
    'div',
    { class: 'alert alert-error', role: 'alert' },
    error.message,
    error.path ? h('code', { class: 'pointer' }, ` ${error.path}`) : null,
  );
}
