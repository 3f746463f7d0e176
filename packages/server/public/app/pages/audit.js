/**
 * The audit trail of the establishment: `<dui-audit-log>` (newest first, filters, paging, words
 * instead of codes) and the chain check. Roles the policy does not allow see the engine's refusal.
 */
import { api } from '../api.js';
import { errorBox, h, render } from '../dom.js';
import { t } from '../i18n.js';
import { requireElement } from './require-element.js';

export async function auditPage() {
  const files = await api('GET', '/api/user-files');
  const persons = (files.ok ? files.value : [])
    .filter((f) => f.displayName)
    .map((f) => ({ userFileId: f.id, displayName: f.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const result = h('div', { 'aria-live': 'polite' });
  const verify = async () => {
    const v = await api('GET', '/api/audit/verify');
    if (!v.ok) return void result.replaceChildren(errorBox(v.error));
    const ok = v.value.ok;
    result.replaceChildren(
      h(
        'p',
        { class: `alert ${ok ? 'alert-success' : 'alert-error'}` },
        ok
          ? t('host.audit.verified', { count: v.value.checked })
          : t('host.audit.broken', { seq: v.value.firstBroken?.seq, reason: v.value.firstBroken?.reason }),
      ),
    );
  };
  const log = requireElement('dui-audit-log', { 'page-size': '50' });
  log.persons = persons;
  render(
    h('h1', {}, t('host.audit.title')),
    h('p', {}, h('button', { type: 'button', onclick: verify }, t('host.audit.verify'))),
    result,
    log,
  );
}
