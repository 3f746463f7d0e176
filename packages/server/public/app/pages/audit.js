/** The audit trail for the roles the policy allows (others see the engine's refusal). */
import { api } from '../api.js';
import { errorBox, h, render } from '../dom.js';
import { locale, t } from '../i18n.js';

const when = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

export async function auditPage() {
  render(h('h1', {}, t('host.audit.title')), h('p', {}, t('host.loading')));
  const r = await api('GET', '/api/audit/entries?limit=300');
  if (!r.ok) return render(h('h1', {}, t('host.audit.title')), errorBox(r.error));
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
  const entries = [...r.value].reverse();
  render(
    h('h1', {}, t('host.audit.title')),
    h('p', {}, h('button', { type: 'button', onclick: verify }, t('host.audit.verify'))),
    result,
    h(
      'table',
      { class: 'table' },
      h('caption', { class: 'visually-hidden' }, t('host.audit.title')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['when', 'who', 'action', 'file', 'purpose', 'outcome'].map((k) =>
            h('th', { scope: 'col' }, t(`host.audit.${k}`)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...entries.map((e) =>
          h(
            'tr',
            { class: e.outcome === 'refused' ? 'refused' : '' },
            h('td', {}, when.format(new Date(e.at))),
            h('td', {}, `${e.actor.name ?? e.actor.professionalId} (${e.actor.role})`),
            h(
              'td',
              {},
              `${e.action}${e.category ? ` · ${e.category}` : ''}${e.breakGlass ? ` · ${t('host.audit.breakGlass')}` : ''}`,
            ),
            h(
              'td',
              {},
              e.fileId ? h('a', { href: `#/persons/${encodeURIComponent(e.fileId)}` }, e.fileId) : '—',
            ),
            h('td', {}, e.purpose),
            h(
              'td',
              {},
              e.outcome === 'refused'
                ? `${t('host.audit.refused')}${e.reason ? ` (${e.reason})` : ''}`
                : t('host.audit.success'),
            ),
          ),
        ),
      ),
    ),
  );
}
