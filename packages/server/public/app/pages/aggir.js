/** The AGGIR grid of a person: `<dui-aggir-grid>` computes the GIR live and saves through the backend. */
import { announce, h, render } from '../dom.js';
import { t } from '../i18n.js';
import { requireElement } from './require-element.js';

export async function aggirPage({ backend, params: [fileId] }) {
  const glance = await backend.getUserFile(fileId);
  const name = glance.ok ? glance.value.person.displayName : fileId;
  const status = h('div', { 'aria-live': 'polite' });
  const grid = requireElement('dui-aggir-grid', {
    'file-id': fileId,
    date: new Date().toISOString().slice(0, 10),
  });
  grid.addEventListener('dui-aggir-saved', (e) => {
    const gir = e.detail.assessment?.gir?.gir ?? '?';
    status.replaceChildren(h('p', { class: 'alert alert-success' }, t('host.aggir.saved', { gir })));
    announce(t('host.aggir.saved', { gir }));
  });
  render(
    h('h1', {}, `${t('host.aggir.title')} — ${name}`),
    h('p', {}, h('a', { href: `#/persons/${encodeURIComponent(fileId)}` }, t('host.instance.back'))),
    status,
    grid,
  );
}
