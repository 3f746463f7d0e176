/**
 * Creates a DUI Kit element, or a visible notice when this library build lacks it (never a blank
 * page: the host app says what is missing).
 */
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function requireElement(tag, attrs = {}) {
  if (!customElements.get(tag))
    return h('p', { class: 'alert alert-warning', role: 'status' }, t('host.missingElement', { tag }));
  return h(tag, attrs);
}
