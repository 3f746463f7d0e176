/**
 * Foundations › Design tokens: every `--dui-*` custom property with its value in the theme chosen
 * in the toolbar (light, dark, DSFR-like), read from the page as a host would see it.
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { TOKENS, type TokenName, type TokenSpec } from '../../packages/components/src/styles/tokens.js';

const isColour = (name: string) => name.startsWith('color-');

/** The value a token resolves to on `:root` under the current theme (empty before a theme). */
function current(name: TokenName): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--dui-${name}`).trim();
}

const meta: Meta = {
  title: 'Foundations/Design tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every element reads these CSS custom properties (`var(--dui-…, fallback)`). A host sets ' +
          'them on any ancestor, or applies a ready-made theme: `applyTheme(document, "dsfr")`. ' +
          'Switch the theme in the toolbar to see its values.',
      },
    },
  },
};
export default meta;

/** One row per token: swatch (colours), name, current value, light and dark fallbacks, use. */
export const AllTokens: StoryObj = {
  name: 'All tokens',
  render: () => html`
    <table class="tokens">
      <caption>
        Jetons de conception <span lang="en">(design tokens)</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Valeur actuelle</th>
          <th scope="col">Clair</th>
          <th scope="col">Sombre</th>
          <th scope="col">Usage</th>
        </tr>
      </thead>
      <tbody>
        ${(Object.entries(TOKENS) as [TokenName, TokenSpec][]).map(
          ([name, spec]) => html`
            <tr>
              <th scope="row">
                ${
                  isColour(name)
                    ? html`<span class="swatch" aria-hidden="true" style="background: var(--dui-${name})"></span>`
                    : null
                }
                <code>--dui-${name}</code>
              </th>
              <td><code>${current(name) || spec.light}</code></td>
              <td><code>${spec.light}</code></td>
              <td><code>${spec.dark ?? '—'}</code></td>
              <td>${spec.description}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
    <style>
      .tokens {
        border-collapse: collapse;
        font-size: var(--dui-font-size-small);
        color: var(--dui-color-text);
      }
      .tokens caption {
        text-align: start;
        font-size: var(--dui-font-size-heading);
        font-weight: 700;
        padding-block-end: var(--dui-space-s);
      }
      .tokens th,
      .tokens td {
        text-align: start;
        padding: var(--dui-space-xs) var(--dui-space-s);
        border-block-end: 1px solid var(--dui-color-border-subtle);
        vertical-align: top;
      }
      .tokens tbody th {
        font-weight: 400;
        white-space: nowrap;
      }
      .tokens code {
        font-size: inherit;
        overflow-wrap: anywhere;
      }
      .swatch {
        display: inline-block;
        inline-size: 1rem;
        block-size: 1rem;
        margin-inline-end: var(--dui-space-xs);
        vertical-align: middle;
        border: 1px solid var(--dui-color-border);
      }
    </style>
  `,
};
