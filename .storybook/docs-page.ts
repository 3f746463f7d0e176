/**
 * The docs page of every element: title and description, the primary story with its live
 * controls, then what the API tables do not show — the element's methods, its events with the
 * type of their detail, how to install it (npm, the single-file bundle, React, Angular, Vue) —
 * and every story, each with the code that reproduces it.
 *
 * @example
 * const preview = { parameters: { docs: { page: DuiDocsPage } } };
 */
import { createElement as h, Fragment } from 'react';
import {
  Controls,
  Description,
  Heading,
  Markdown,
  Primary,
  Source,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import type { SupportedLanguage } from 'storybook/internal/components';
import { installSnippets, methodsOf, type ManifestElement } from './element-docs.js';
import { manifestElement } from './story-source.js';

declare const __DUIKIT_VERSION__: string;

const cell = (text: string, code = false) =>
  h('td', null, code ? h('code', null, text) : h(Markdown, null, text));

function table(head: string[], rows: string[][], codeColumns: number[]) {
  return h(
    'table',
    { className: 'dui-docs-table' },
    h('thead', null, h('tr', null, ...head.map((t) => h('th', { key: t }, t)))),
    h(
      'tbody',
      null,
      ...rows.map((r) => h('tr', { key: r[0] }, ...r.map((c, i) => cell(c, codeColumns.includes(i))))),
    ),
  );
}

function Methods({ el }: { el: ManifestElement }) {
  const methods = methodsOf(el);
  if (methods.length === 0) return null;
  return h(
    Fragment,
    null,
    h(Heading, null, 'Methods'),
    table(
      ['Method', 'What it does'],
      methods.map((m) => [m.signature, m.description]),
      [0],
    ),
  );
}

function Events({ el }: { el: ManifestElement }) {
  const events = el.events ?? [];
  if (events.length === 0) return null;
  return h(
    Fragment,
    null,
    h(Heading, null, 'Events'),
    h(Markdown, null, 'Every event bubbles and crosses shadow roots (`composed`).'),
    table(
      ['Event', 'Type', 'detail'],
      events.map((e) => [e.name, e.type?.text ?? 'CustomEvent', e.detail?.text ?? '']),
      [0, 1, 2],
    ),
  );
}

function Install({ el }: { el: ManifestElement }) {
  const s = installSnippets(el, __DUIKIT_VERSION__);
  const block = (title: string, code: string, language: SupportedLanguage) =>
    h(Fragment, { key: title }, h('h4', null, title), h(Source, { code, language, dark: true }));
  return h(
    Fragment,
    null,
    h(Heading, null, 'Install'),
    block('npm', s.npm, 'typescript'),
    block('Without a bundler (one file)', s.bundle, 'html'),
    block('React 19', s.react, 'tsx'),
    block('Angular', s.angular, 'html'),
    block('Vue 3', s.vue, 'html'),
    h(Markdown, null, 'Whole apps for each framework: `examples/` in the repository.'),
  );
}

/** The page: Storybook's blocks around the manifest-driven sections. */
export function DuiDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const el = manifestElement(preparedMeta.component);
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description),
    h(Primary),
    h(Controls),
    el && h(Methods, { el }),
    el && h(Events, { el }),
    el && h(Install, { el }),
    h(Stories),
  );
}
