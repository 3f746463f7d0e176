/** The support plan (projet personnalisé) of a person: `<dui-support-plan>`, versions and agreement. */
import { announce, h, render } from '../dom.js';
import { t } from '../i18n.js';
import { requireElement } from './require-element.js';

export async function supportPlanPage({ backend, params: [fileId] }) {
  const glance = await backend.getUserFile(fileId);
  const name = glance.ok ? glance.value.person.displayName : fileId;
  const status = h('div', { 'aria-live': 'polite' });
  const plan = requireElement('dui-support-plan', { 'file-id': fileId });
  for (const type of ['dui-support-plan-saved', 'dui-plan-saved']) {
    plan.addEventListener(type, (e) => {
      const version = e.detail?.plan?.version ?? '';
      status.replaceChildren(h('p', { class: 'alert alert-success' }, t('host.plan.saved', { version })));
      announce(t('host.plan.saved', { version }));
    });
  }
  render(
    h('h1', {}, `${t('host.plan.title')} — ${name}`),
    h('p', {}, h('a', { href: `#/persons/${encodeURIComponent(fileId)}` }, t('host.instance.back'))),
    status,
    plan,
  );
}
