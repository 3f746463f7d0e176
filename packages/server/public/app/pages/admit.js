/**
 * A new admission: the five identity traits (RNIV), checked in the page with the precompiled
 * person validator (no run-time compilation: the page works under the strict CSP), then the
 * file is created and the establishment's admission workflow started.
 */
import { validatePerson } from '/vendor/duikit-validators.min.js';
import { api } from '../api.js';
import { announce, h, render } from '../dom.js';
import { locale, t } from '../i18n.js';

const FIELDS = [
  ['birthName', '/ins/birthName', { type: 'text', autocomplete: 'family-name', required: true }],
  ['firstNames', '/ins/birthFirstNames', { type: 'text', autocomplete: 'given-name', required: true }],
  ['usedName', '/usedName', { type: 'text' }],
  ['birthDate', '/ins/birthDate', { type: 'date', required: true }],
  [
    'birthPlace',
    '/ins/birthPlace/code',
    { type: 'text', inputmode: 'numeric', maxlength: 5, required: true },
  ],
  ['birthPlaceName', '/ins/birthPlace/name', { type: 'text' }],
];

export function admitPage({ session }) {
  const inputs = {};
  const errors = {};
  const field = ([key, , attrs]) => {
    inputs[key] = h('input', {
      id: `admit-${key}`,
      name: key,
      'aria-describedby': `admit-${key}-error`,
      ...attrs,
    });
    errors[key] = h('p', { id: `admit-${key}-error`, class: 'field-error' });
    return h(
      'div',
      { class: 'field' },
      h(
        'label',
        { for: `admit-${key}` },
        t(`host.admit.${key}`),
        attrs.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null,
      ),
      inputs[key],
      errors[key],
    );
  };
  const sex = h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, t('host.admit.sex'), h('span', { 'aria-hidden': 'true' }, ' *')),
    ...['F', 'M', 'U'].map((v) =>
      h(
        'label',
        { class: 'radio' },
        h('input', { type: 'radio', name: 'sex', value: v, required: true }),
        ` ${t(`host.admit.sex.${v}`)}`,
      ),
    ),
    h('p', { id: 'admit-sex-error', class: 'field-error' }),
  );
  errors.sex = sex.querySelector('.field-error');
  const summary = h('div', { tabindex: '-1', class: 'error-summary', hidden: true, role: 'alert' });

  const person = (id) => {
    const v = (k) => inputs[k].value.trim();
    const birthPlace = {
      code: v('birthPlace').toUpperCase(),
      ...(v('birthPlaceName') ? { name: v('birthPlaceName') } : {}),
    };
    return {
      id,
      ins: {
        birthName: v('birthName').toUpperCase(),
        birthFirstNames: v('firstNames').split(/\s+/).filter(Boolean),
        birthDate: v('birthDate'),
        sex: form.querySelector('input[name=sex]:checked')?.value ?? '',
        birthPlace,
      },
      ...(v('usedName') ? { usedName: v('usedName').toUpperCase() } : {}),
      identityStatus: 'PROV',
    };
  };

  const showErrors = (list) => {
    for (const el of Object.values(errors)) el.textContent = '';
    for (const input of Object.values(inputs)) input.removeAttribute('aria-invalid');
    if (list.length === 0) return void (summary.hidden = true);
    const items = [];
    for (const e of list) {
      const path = e.path.replace(/^\/file\/person/, '');
      const match = FIELDS.find(([, pointer]) => path === pointer || path.startsWith(`${pointer}/`));
      const key = match?.[0] ?? (path.startsWith('/ins/sex') ? 'sex' : undefined);
      if (key && errors[key] && !errors[key].textContent) {
        errors[key].textContent = e.message;
        inputs[key]?.setAttribute('aria-invalid', 'true');
      }
      items.push(
        h(
          'li',
          {},
          key
            ? h(
                'a',
                {
                  href: `#admit-${key === 'sex' ? 'sex' : key}`,
                  onclick: (ev) => (
                    ev.preventDefault(),
                    (inputs[key] ?? form.querySelector('input[name=sex]')).focus()
                  ),
                },
                e.message,
              )
            : e.message,
        ),
      );
    }
    summary.replaceChildren(
      h('p', {}, t('host.admit.errors', { count: list.length })),
      h('ul', {}, ...items),
    );
    summary.hidden = false;
    summary.focus();
  };

  const submit = async (event) => {
    event.preventDefault();
    const id = crypto.randomUUID();
    const candidate = person(id);
    // Precompiled validator from the bundle: same schema and messages as the server.
    const checked = validatePerson(candidate, { locale });
    if (!checked.valid) return showErrors(checked.errors);
    showErrors([]);
    const file = {
      id,
      establishmentId: session.actor.establishment,
      status: 'preAdmission',
      person: candidate,
    };
    const created = await api('POST', '/api/user-files', {
      file,
      establishment: session.actor.establishment,
    });
    if (!created.ok)
      return showErrors(
        created.error.details?.length
          ? created.error.details.map((d) => ({ path: d.pointer, message: d.message }))
          : [{ path: created.error.path ?? '', message: created.error.message }],
      );
    const workflows = await api('GET', '/api/workflows');
    const admission = workflows.ok ? workflows.value.find((w) => w.id.startsWith('admission')) : undefined;
    const started = admission
      ? await api('POST', '/api/workflows/instances', {
          definition: admission.ref,
          userFileId: created.value.id,
        })
      : workflows;
    if (!started.ok) return showErrors([{ path: '', message: started.error.message }]);
    announce(t('host.admit.created'));
    location.hash = `#/instances/${encodeURIComponent(started.value.id)}`;
  };

  const form = h(
    'form',
    { novalidate: true, onsubmit: submit, 'aria-labelledby': 'admit-title' },
    summary,
    ...FIELDS.slice(0, 4).map(field),
    sex,
    ...FIELDS.slice(4).map(field),
    h('p', {}, h('button', { type: 'submit' }, t('host.admit.submit'))),
  );
  render(
    h('h1', { id: 'admit-title' }, t('host.admit.title')),
    h('p', { class: 'lead' }, t('host.admit.intro')),
    form,
  );
}
