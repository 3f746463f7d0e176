/**
 * A person's file: `<dui-user-file>` (what the actor may see, restrictions marked), the file's
 * workflows with their current step, starting a workflow (assessment, support plan, discharge),
 * the AGGIR grid and support plan pages, `<dui-care-team>`, the right-of-access exports, and
 * `<dui-timeline>`.
 */
import { api } from '../api.js';
import { announce, errorBox, h, render } from '../dom.js';
import { t, text } from '../i18n.js';
import { requireElement } from './require-element.js';

export async function personPage({ backend, params: [fileId] }) {
  const glance = await backend.getUserFile(fileId);
  const name = glance.ok ? glance.value.person.displayName : fileId;
  const [instances, workflows] = await Promise.all([
    api('GET', `/api/user-files/${encodeURIComponent(fileId)}/instances`),
    api('GET', '/api/workflows'),
  ]);
  // Each instance as the screens see it: workflow and state titles, never state ids.
  const views = instances.ok
    ? await Promise.all(
        instances.value.map((i) => backend.getInstance(i.id).then((r) => (r.ok ? r.value : null))),
      )
    : [];
  const status = h('div', { 'aria-live': 'polite' });
  const enc = encodeURIComponent(fileId);

  const select = h(
    'select',
    { id: 'start-workflow' },
    ...(workflows.ok ? workflows.value : []).map((w) => h('option', { value: w.ref }, text(w.title))),
  );
  const start = async (event) => {
    event.preventDefault();
    const r = await api('POST', '/api/workflows/instances', { definition: select.value, userFileId: fileId });
    if (!r.ok) return void status.replaceChildren(errorBox(r.error));
    announce(text(workflows.value.find((w) => w.ref === select.value)?.title));
    location.hash = `#/instances/${encodeURIComponent(r.value.id)}`;
  };

  render(
    h('h1', {}, t('host.person.title', { name })),
    glance.ok ? null : errorBox(glance.error),
    requireElement('dui-user-file', { 'file-id': fileId }),
    h(
      'nav',
      { class: 'actions', 'aria-label': t('host.person.title', { name }) },
      h('a', { class: 'button', href: `#/persons/${enc}/aggir` }, t('host.person.aggir')),
      h('a', { class: 'button', href: `#/persons/${enc}/support-plan` }, t('host.person.supportPlan')),
      h('a', { class: 'button', href: `#/persons/${enc}/orientation` }, t('host.person.orientation')),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'workflows-title' },
      h('h2', { id: 'workflows-title' }, t('host.person.workflows')),
      instances.ok ? instanceList(instances.value, views) : errorBox(instances.error),
      h(
        'form',
        { class: 'inline-form', onsubmit: start },
        h('label', { for: 'start-workflow' }, t('host.person.startLabel')),
        select,
        h('button', { type: 'submit' }, t('host.person.start')),
      ),
      status,
    ),
    h('div', { class: 'card' }, requireElement('dui-care-team', { 'file-id': fileId })),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'export-title' },
      h('h2', { id: 'export-title' }, t('host.person.export')),
      h(
        'p',
        { class: 'actions' },
        h(
          'a',
          {
            class: 'button secondary',
            href: `/api/user-files/${enc}/export?format=json`,
            download: `${fileId}.json`,
          },
          t('host.person.exportJson'),
        ),
        h(
          'a',
          {
            class: 'button secondary',
            href: `/api/user-files/${enc}/export?format=html`,
            download: `${fileId}.html`,
          },
          t('host.person.exportHtml'),
        ),
        h(
          'a',
          {
            class: 'button secondary',
            href: `/api/user-files/${enc}/fhir/tddui`,
            download: `${fileId}-tddui.json`,
          },
          t('host.person.exportTddui'),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'timeline-title' },
      h('h2', { id: 'timeline-title' }, t('host.person.timeline')),
      requireElement('dui-timeline', { 'file-id': fileId }),
    ),
  );
}

function instanceList(instances, views) {
  if (instances.length === 0) return h('p', {}, t('host.person.noWorkflow'));
  return h(
    'ul',
    { class: 'instance-list' },
    ...instances.map((i, n) => {
      const v = views[n];
      const workflow = v ? text(v.workflowTitle) : t('host.person.workflow');
      const where = v ? text(v.stateTitle ?? v.step?.title) : '';
      return h(
        'li',
        { 'data-definition': i.definition, 'data-status': i.status },
        h('strong', {}, workflow),
        ' — ',
        i.status === 'done' ? t('host.person.doneAs', { state: where }) : where,
        ' ',
        h(
          'a',
          { href: `#/instances/${encodeURIComponent(i.id)}` },
          t(i.status === 'done' ? 'host.person.see' : 'host.person.openStep', { workflow }),
        ),
      );
    }),
  );
}
