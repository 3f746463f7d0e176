/**
 * The CDAPH decisions of a person (rights › MDPH): what the IME and MAS admissions check before
 * « Dossier complet ». The decisions recorded so far, and `<dui-form>` to record one more; the form's
 * schema is the user file's own (GET /api/definitions/parts/rights), so the page and the engine's
 * validation cannot disagree. The write is one `setPart` with the file's version: a concurrent
 * change is a conflict shown to the person, never overwritten.
 */
import { announce, errorBox, h, render } from '../dom.js';
import { locale, t } from '../i18n.js';
import { requireElement } from './require-element.js';

const day = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
  dateStyle: 'long',
  timeZone: 'UTC',
});
const dateText = (iso) => (iso ? day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '—');

/** The schema of one decision, without the id the page assigns. */
function decisionSchema(rights) {
  const items = rights.properties.mdph.properties.decisions.items;
  const { id: _id, ...properties } = items.properties;
  return { ...items, properties, required: (items.required ?? []).filter((k) => k !== 'id') };
}

/** The title a coded value has in the schema (`oneOf` + `const` + `title`). */
const titleOf = (schema, value) => schema?.oneOf?.find((b) => b.const === value)?.title ?? value ?? '—';

function decisionTable(schema, decisions) {
  if (decisions.length === 0) return h('p', {}, t('host.orientation.none'));
  const p = schema.properties;
  const cols = ['date', 'kind', 'category', 'openingDate', 'expiryDate'];
  return h(
    'table',
    { class: 'table' },
    h('caption', {}, t('host.orientation.recorded')),
    h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, p[c].title)))),
    h(
      'tbody',
      {},
      ...[...decisions]
        .sort((a, b) => String(b.date).localeCompare(String(a.date)))
        .map((d) =>
          h(
            'tr',
            {},
            h('td', {}, dateText(d.date)),
            h('td', {}, titleOf(p.kind, d.kind)),
            h('td', {}, titleOf(p.category, d.category)),
            h('td', {}, dateText(d.openingDate)),
            h('td', {}, dateText(d.expiryDate)),
          ),
        ),
    ),
  );
}

export async function orientationPage({ backend, params: [fileId] }) {
  const [glance, rightsSchema] = await Promise.all([
    backend.getUserFile(fileId),
    backend.getPartSchema('rights'),
  ]);
  const name = glance.ok ? glance.value.person.displayName : fileId;
  const back = h(
    'p',
    {},
    h('a', { href: `#/persons/${encodeURIComponent(fileId)}` }, t('host.instance.back')),
  );
  const title = h('h1', {}, `${t('host.orientation.title')} — ${name}`);
  if (!rightsSchema.ok) return render(title, back, errorBox(rightsSchema.error));
  const schema = decisionSchema(rightsSchema.value);
  const list = h('div', {});
  const status = h('div', { 'aria-live': 'polite' });

  const load = async () => {
    const r = await backend.readUserFile(fileId);
    if (!r.ok) return void list.replaceChildren(errorBox(r.error));
    list.replaceChildren(decisionTable(schema, r.value.file.rights?.mdph?.decisions ?? []));
    return r.value;
  };
  const form = requireElement('dui-form', { 'submit-label': t('host.orientation.submit') });
  form.schema = schema;
  form.data = {};
  form.addEventListener('dui-submit', async (e) => {
    status.replaceChildren();
    const current = await backend.readUserFile(fileId);
    if (!current.ok) return void status.replaceChildren(errorBox(current.error));
    const rights = current.value.file.rights ?? {};
    const decisions = rights.mdph?.decisions ?? [];
    const value = {
      ...rights,
      mdph: { ...rights.mdph, decisions: [...decisions, { id: crypto.randomUUID(), ...e.detail.data }] },
    };
    const r = await backend.setPart(fileId, 'rights', { value, expectedVersion: current.value.version });
    if (!r.ok) {
      // Field errors point into the part: show them on the decision's own fields.
      const at = `/mdph/decisions/${decisions.length}`;
      const onField = (r.error.details ?? []).filter((d) => d.path?.startsWith(at));
      form.additionalErrors = onField.map((d) => ({ path: d.path.slice(at.length), message: d.message }));
      return void status.replaceChildren(errorBox(r.error));
    }
    form.data = {};
    status.replaceChildren(h('p', { class: 'alert alert-success' }, t('host.orientation.saved')));
    announce(t('host.orientation.saved'));
    await load();
  });
  render(
    title,
    back,
    h('p', { class: 'lead' }, t('host.orientation.intro')),
    list,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'orientation-new' },
      h('h2', { id: 'orientation-new' }, t('host.orientation.new')),
      status,
      form,
    ),
  );
  await load();
}
