/** The actor's task inbox: `<dui-task-inbox>`; opening a task goes to its step. */
import { h, render } from '../dom.js';
import { t } from '../i18n.js';
import { requireElement } from './require-element.js';

export function inboxPage() {
  const inbox = requireElement('dui-task-inbox');
  inbox.addEventListener('dui-task-open', (e) => {
    location.hash = `#/instances/${encodeURIComponent(e.detail.task.instanceId)}`;
  });
  render(h('h1', {}, t('host.inbox.title')), inbox);
}
