/**
 * The printable HTML copy of a user file (right of access, CASF L311-3 5°): a plain, accessible
 * document with headings per part and definition lists; every value is escaped.
 */
import type { Locale, Translate } from '../i18n/index.js';
import { childSchema, userFileSchema, valueLabel, type SchemaAt } from './labels.js';

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** `birthFirstNames` → `Birth first names`: readable when no schema label is at hand. */
const humanise = (key: string) => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function render(value: unknown, at: SchemaAt | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    const item = childSchema(at, '0', locale).at;
    if (value.every((v) => v === null || typeof v !== 'object')) {
      return escapeHtml(value.map((v) => valueLabel(item, v, locale) ?? String(v)).join(', '));
    }
    return `<ol>${value.map((v) => `<li>${render(v, item, locale)}</li>`).join('')}</ol>`;
  }
  if (typeof value === 'object') {
    const rows = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const child = childSchema(at, k, locale);
      return `<dt>${escapeHtml(child.label ?? humanise(k))}</dt><dd>${render(v, child.at, locale)}</dd>`;
    });
    return rows.length ? `<dl>${rows.join('')}</dl>` : '—';
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  const label = valueLabel(at, value, locale);
  return escapeHtml(label ?? (typeof value === 'string' ? value : JSON.stringify(value)));
}

const STYLE = `body{font:12pt/1.5 system-ui,sans-serif;color:#111;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #555;margin-top:2rem;break-after:avoid}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600}dd{margin:0}ol{padding-left:1.25rem}li{margin:.5rem 0;break-inside:avoid}
.note{border:1px solid #555;padding:.5rem 1rem}@media print{body{margin:0;max-width:none}}`;

/** What the HTML copy shows. */
export interface HtmlExportInput {
  locale: Locale;
  t: Translate;
  title: string;
  generatedAt: string;
  requestedBy: string;
  version: number;
  file: Record<string, unknown>;
  withheld: number;
}

/**
 * Renders the copy.
 *
 * @example
 * const html = renderUserFileHtml({ locale: 'fr', t, title: 'Jeanne MARTIN', generatedAt, requestedBy: 'Personne accompagnée', version: 3, file, withheld: 0 });
 */
export function renderUserFileHtml(input: HtmlExportInput): string {
  const { t } = input;
  const date = new Intl.DateTimeFormat(input.locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(input.generatedAt));
  const root = userFileSchema();
  const sections = Object.entries(input.file).map(([part, value]) => {
    const key = `engine.part.${part}`;
    const child = childSchema(root, part, input.locale);
    const label = t(key) === key ? (child.label ?? humanise(part)) : t(key);
    const id = `part-${escapeHtml(part)}`;
    return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(label)}</h2>${render(value, child.at, input.locale)}</section>`;
  });
  const heading = `${t('engine.export.title')} — ${input.title}`;
  return `<!doctype html>
<html lang="${input.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(heading)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(t('engine.export.generated', { date, role: input.requestedBy }))}</p>
<p>${escapeHtml(t('engine.export.version', { version: input.version }))}</p>
${input.withheld ? `<p class="note">${escapeHtml(t('engine.export.restricted', { count: input.withheld }))}</p>` : ''}</header>
<main>${sections.join('\n')}</main>
</body>
</html>
`;
}
