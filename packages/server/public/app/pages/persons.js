/** The user files the actor may list, as a table with links to each file. */
import { api } from '../api.js';
import { errorBox, h, render } from '../dom.js';
import { t } from '../i18n.js';

export async function personsPage() {
  render(h('h1', {}, t('host.persons.title')), h('p', {}, t('host.loading')));
  const r = await api('GET', '/api/user-files');
  if (!r.ok) return render(h('h1', {}, t('host.persons.title')), errorBox(r.error));
  const rows = [...r.value].sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
  render(
    h('h1', {}, t('host.persons.title')),
    h('p', {}, h('a', { class: 'button', href: '#/admit' }, t('host.admit.title'))),
    rows.length === 0
      ? h('p', {}, t('host.persons.empty'))
      : h(
          'table',
          { class: 'table' },
          h('caption', { class: 'visually-hidden' }, t('host.persons.title')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('host.persons.name')),
              h('th', { scope: 'col' }, t('host.persons.birthDate')),
              h('th', { scope: 'col' }, t('host.persons.phase')),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map((f) =>
              h(
                'tr',
                {},
                h(
                  'th',
                  { scope: 'row' },
                  h(
                    'a',
                    { href: `#/persons/${encodeURIComponent(f.id)}` },
                    f.displayName ?? t('host.persons.restricted'),
                  ),
                ),
                h('td', {}, f.birthDate ?? '—'),
                h('td', {}, t(`host.phase.${f.phase}`)),
              ),
            ),
          ),
        ),
  );
}
