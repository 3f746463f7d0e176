/**
 * AGGIR grid: 17 discriminant items and 7 illustrative ones rated through the four
 * adverbs, GIR computed live (CASF annex 2-2).
 */
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  AGGIR_ITEMS,
  DEFAULT_AGGIR_COMBINATION,
  type AggirCombinationRules,
  type AggirItemAnswers,
} from '@duikit/core';
import '../packages/components/src/define.js';
import { createFixtureBackend } from '../test/components/fixtures/fixture-backend.js';

import { no, partly, yes } from './fixtures/aggir.js';

/** A realistic rating: help for washing and dressing, cooking and shopping done by others. */
const partlyDependent: AggirItemAnswers = {
  ...Object.fromEntries(AGGIR_ITEMS.map((i) => [i.id, yes])),
  'toilette.haut': partly,
  'toilette.bas': no,
  'habillage.haut': partly,
  'habillage.moyen': partly,
  'habillage.bas': no,
  deplacementExterieur: partly,
  cuisine: no,
  achats: no,
  menage: partly,
};

const meta: Meta = {
  title: 'Assessments/AGGIR grid',
  component: 'dui-aggir-grid',
};
export default meta;

const grid = (answers: AggirItemAnswers, extra: { readonly?: boolean; rules?: AggirCombinationRules } = {}) =>
  html`<dui-provider .backend=${createFixtureBackend()}>
    <dui-aggir-grid
      file-id="uf-001"
      date="2026-03-10"
      .answers=${answers}
      .rules=${extra.rules ?? DEFAULT_AGGIR_COMBINATION}
      ?readonly=${extra.readonly ?? false}
    ></dui-aggir-grid>
  </dui-provider>`;

/** A new grid: the GIR waits for the 17 discriminant items. */
export const Empty: StoryObj = { render: () => grid({}) };

/** A complete grid (GIR 4, group H). */
export const Complete: StoryObj = { render: () => grid(partlyDependent) };

/** A validated grid shown read-only. */
export const ReadOnly: StoryObj = {
  name: 'Read-only',
  render: () => grid(partlyDependent, { readonly: true }),
};

/** An establishment's own reading of the guide: alimentation is C as soon as one sub-variable is C. */
export const CustomRules: StoryObj = {
  name: 'Custom combination rules',
  render: () =>
    grid(
      { ...partlyDependent, 'alimentation.manger': no },
      {
        rules: {
          ...DEFAULT_AGGIR_COMBINATION,
          alimentation: {
            rules: [
              { patterns: ['AA'], letter: 'A' },
              { patterns: ['C*', '*C'], letter: 'C' },
            ],
            otherwise: 'B',
          },
        },
      },
    ),
};
