/**
 * The built-in renderer set, as a plain `{ tester, renderer }` array (ranks: layouts 1,
 * generic controls 1–3, enums 4–5, widgets 10). A host entry with a higher rank wins. The wizard,
 * nested objects (with the default layout generator), arrays, radios and checkbox groups, the
 * branch selector and the identifier, file and signature widgets load on first use (`load`): a
 * form that has none never downloads them.
 *
 * @example
 * import { builtInRenderers } from './renderers/index.js';
 */
import type { RendererEntry } from '../contracts.js';
import {
  and,
  formatIs,
  isEnum,
  isMultiEnum,
  isObjectCombinator,
  or,
  rankWith,
  schemaTypeIs,
  uiTypeIs,
} from '../testers.js';
import { booleanRenderer, selectRenderer } from './choice.js';
import { inputRenderer } from './input.js';
import { labelRenderer, layoutRenderer } from './layout.js';

const isControl = uiTypeIs('Control');

/** Every built-in renderer with its tester. */
export const builtInRenderers: RendererEntry[] = [
  {
    name: 'layout',
    tester: rankWith(
      1,
      or(uiTypeIs('VerticalLayout'), uiTypeIs('HorizontalLayout'), uiTypeIs('Group'), uiTypeIs('Category')),
    ),
    renderer: layoutRenderer,
  },
  {
    name: 'categorization',
    tester: rankWith(1, uiTypeIs('Categorization')),
    load: () => import('./categorization.js').then((m) => m.categorizationRenderer),
  },
  { name: 'label', tester: rankWith(1, uiTypeIs('Label')), renderer: labelRenderer },
  {
    name: 'input',
    tester: rankWith(1, or(schemaTypeIs('string'), schemaTypeIs('number'), schemaTypeIs('integer'))),
    renderer: inputRenderer,
  },
  // A Control whose schema says nothing of its type still gets a text input.
  {
    name: 'fallback-input',
    tester: (ui, s) => (isControl(ui, s, undefined!) && !s.type ? 0 : -1),
    renderer: inputRenderer,
  },
  { name: 'boolean', tester: rankWith(2, schemaTypeIs('boolean')), renderer: booleanRenderer },
  {
    name: 'object',
    tester: rankWith(2, schemaTypeIs('object')),
    load: () => import('./object.js').then((m) => m.objectRenderer),
  },
  {
    name: 'array',
    // JSON Forms' ListWithDetail is an array too: the array chunk renders it as a master/detail list.
    tester: rankWith(2, or(schemaTypeIs('array'), uiTypeIs('ListWithDetail'))),
    load: () => import('./array.js').then((m) => m.arrayRenderer),
  },
  {
    name: 'combinator',
    tester: rankWith(3, isObjectCombinator),
    load: () => import('./combinator.js').then((m) => m.combinatorRenderer),
  },
  { name: 'select', tester: rankWith(4, isEnum), renderer: selectRenderer },
  {
    name: 'radio',
    tester: rankWith(5, and(isEnum, formatIs('radio'))),
    load: () => import('./choice-group.js').then((m) => m.radioRenderer),
  },
  {
    name: 'checkboxes',
    tester: rankWith(5, isMultiEnum),
    load: () => import('./choice-group.js').then((m) => m.multiCheckboxRenderer),
  },
  {
    name: 'ins',
    tester: rankWith(10, or(formatIs('ins'), formatIs('ins-nir'))),
    load: () => import('../widgets/id-input.js').then((m) => m.insRenderer),
  },
  {
    name: 'finess',
    tester: rankWith(10, formatIs('finess')),
    load: () => import('../widgets/id-input.js').then((m) => m.finessRenderer),
  },
  {
    name: 'signature',
    tester: rankWith(10, formatIs('signature')),
    load: () => import('../widgets/signature.js').then((m) => m.signatureRenderer),
  },
  {
    name: 'file',
    tester: rankWith(10, formatIs('file')),
    load: () => import('../widgets/file.js').then((m) => m.fileRenderer),
  },
];
