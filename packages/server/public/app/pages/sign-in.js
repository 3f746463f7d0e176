/** Sign-in with the demo role picker: one button per fictitious professional, by establishment. */
import { api } from '../api.js';
import { errorBox, h, render } from '../dom.js';
import { locale, t } from '../i18n.js';

export async function signInPage({ onSignedIn }) {
  render(h('h1', {}, t('host.signIn.title')), h('p', {}, t('host.loading')));
  const r = await api('GET', '/api/auth/demo/professionals');
  if (!r.ok) return render(h('h1', {}, t('host.signIn.title')), errorBox(r.error));
  const byEstablishment = new Map();
  for (const p of r.value.professionals) {
    if (!byEstablishment.has(p.establishmentName)) byEstablishment.set(p.establishmentName, []);
    byEstablishment.get(p.establishmentName).push(p);
  }
  const status = h('div', { 'aria-live': 'assertive' });
  const signIn = async (p) => {
    status.replaceChildren();
    const res = await api('POST', '/api/auth/demo/sign-in', { professionalId: p.professionalId });
    if (!res.ok) return void status.append(errorBox(res.error));
    onSignedIn(res.value);
  };
  render(
    h('h1', {}, t('host.signIn.title')),
    h('p', { class: 'lead' }, t('host.signIn.intro')),
    status,
    ...[...byEstablishment].map(([name, pros]) =>
      h(
        'section',
        { class: 'card', 'aria-labelledby': `est-${pros[0].establishment}` },
        h('h2', { id: `est-${pros[0].establishment}` }, name),
        h(
          'ul',
          { class: 'pro-list' },
          ...pros.map((p) => {
            const role = p.roleLabel[locale] ?? p.roleLabel.fr;
            return h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'pro',
                  'data-professional': p.professionalId,
                  'aria-label': t('host.signIn.as', { name: p.name, role }),
                  onclick: () => signIn(p),
                },
                h('span', { class: 'pro-name' }, p.name),
                h('span', { class: 'pro-role' }, role),
              ),
            );
          }),
        ),
      ),
    ),
  );
}
