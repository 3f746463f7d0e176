/** One workflow instance: `<dui-workflow-step>` with the step's form and events. */
import { announce, h, render } from '../dom.js';
import { t } from '../i18n.js';
import { requireElement } from './require-element.js';

export async function instancePage({ backend, params: [instanceId] }) {
  const view = await backend.getInstance(instanceId);
  const fileId = view.ok ? view.value.person.userFileId : undefined;
  const back = fileId
    ? h('p', {}, h('a', { href: `#/persons/${encodeURIComponent(fileId)}` }, t('host.instance.back')))
    : null;
  const done = h(
    'div',
    { 'aria-live': 'polite' },
    view.ok && view.value.status === 'done'
      ? h('p', { class: 'alert alert-success' }, t('host.instance.finished'))
      : null,
  );
  const step = requireElement('dui-workflow-step', { 'instance-id': instanceId });
  step.addEventListener('dui-event-sent', (e) => {
    if (e.detail.instance?.status === 'done') {
      done.replaceChildren(h('p', { class: 'alert alert-success' }, t('host.instance.finished')));
      announce(t('host.instance.finished'));
    }
  });
  render(
    h('h1', {}, view.ok ? `${view.value.person.displayName}` : t('host.instance.title')),
    back,
    done,
    step,
  );
}
