/**
 * Foundations › Messages: every user-facing string of DUI Kit in French and English, from the
 * catalogues of `@duikit/core` and `@duikit/components`, with the keys missing in a locale
 * flagged. Type in the filter to find a key or a text.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { messages, type MessageCatalogue } from '@duikit/core';
import { catalogues } from '../../packages/components/src/i18n/index.js';

/** One row per key across catalogues; later catalogues win, as in the translator. */
function rows(all: MessageCatalogue[]): { key: string; fr?: string; en?: string }[] {
  const keys = new Set(all.flatMap((c) => [...Object.keys(c.fr), ...Object.keys(c.en)]));
  const find = (key: string, locale: 'fr' | 'en') =>
    all.reduce<string | undefined>((found, c) => c[locale][key] ?? found, undefined);
  return [...keys].sort().map((key) => ({ key, fr: find(key, 'fr'), en: find(key, 'en') }));
}

function filter(event: Event) {
  const input = event.target as HTMLInputElement;
  const needle = input.value.trim().toLowerCase();
  const table = input.closest('.messages')!.querySelector('tbody')!;
  let shown = 0;
  for (const tr of table.rows) {
    tr.hidden = needle !== '' && !tr.textContent.toLowerCase().includes(needle);
    if (!tr.hidden) shown++;
  }
  input.closest('.messages')!.querySelector('output')!.value = `${shown} message(s)`;
}

const meta: Meta = {
  title: 'Foundations/Messages (fr, en)',
  parameters: {
    docs: {
      description: {
        component:
          'French is the default locale; every string exists in `fr` and `en`. A missing translation ' +
          'falls back to French, then to the key. Hosts add catalogues through `createTranslator(locale, extra)`.',
      },
    },
  },
};
export default meta;

/** Every key with its French and English text; empty cells are missing translations. */
export const Catalogue: StoryObj = {
  render: () => {
    const all = rows([messages, ...catalogues]);
    const missing = all.filter((r) => r.fr === undefined || r.en === undefined).length;
    return html`
      <div class="messages">
        <p>
          <label for="msg-filter">Filtrer les messages</label>
          <input id="msg-filter" type="search" @input=${filter} />
          <output for="msg-filter" aria-live="polite">${all.length} message(s)</output>
        </p>
        <p>${missing === 0 ? 'Aucune traduction manquante.' : `${missing} traduction(s) manquante(s).`}</p>
        <table>
          <caption>
            Catalogues de messages
          </caption>
          <thead>
            <tr>
              <th scope="col">Clé</th>
              <th scope="col" lang="fr">Français</th>
              <th scope="col" lang="en">English</th>
            </tr>
          </thead>
          <tbody>
            ${all.map(
              (r) => html`<tr>
                <th scope="row"><code>${r.key}</code></th>
                <td lang="fr">${r.fr ?? html`<strong>manquant</strong>`}</td>
                <td lang="en">${r.en ?? html`<strong>missing</strong>`}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <style>
        .messages {
          color: var(--dui-color-text);
          font-size: var(--dui-font-size-small);
        }
        .messages input {
          margin-inline: var(--dui-space-s);
          font: inherit;
          color: inherit;
          background: var(--dui-color-bg);
          border: 1px solid var(--dui-color-border);
          padding: var(--dui-space-xs);
        }
        .messages table {
          border-collapse: collapse;
        }
        .messages caption {
          text-align: start;
          font-weight: 700;
        }
        .messages th,
        .messages td {
          text-align: start;
          vertical-align: top;
          padding: var(--dui-space-xs) var(--dui-space-s);
          border-block-end: 1px solid var(--dui-color-border-subtle);
        }
        .messages tbody th {
          font-weight: 400;
        }
      </style>
    `;
  },
};
