/**
 * SERAFIN-PH options for the support-plan pickers, from the terminology shipped in core.
 */
import type { Locale } from '@duikit/core';
import { terminologyConcepts, terminologyLabel } from '@duikit/core/client';

/** One pickable code with its label and depth (for indentation). */
export interface SerafinOption {
  code: string;
  label: string;
  depth: number;
}

/**
 * The codes under a root (`'1'` needs, `'2'` direct services, `'3'` indirect services).
 *
 * @example
 * serafinOptions('1', 'fr').find((o) => o.code === '1.2.1.3')?.label;
 */
export function serafinOptions(root: '1' | '2' | '3', locale: Locale): SerafinOption[] {
  return terminologyConcepts('serafinPh')
    .filter((c) => c.code.startsWith(root + '.'))
    .map((c) => ({ code: c.code, label: c[locale], depth: c.code.split('.').length - 2 }));
}

/**
 * `code — label` for display.
 *
 * @example
 * serafinLabel('2.1.2.1', 'fr');
 */
export function serafinLabel(code: string, locale: Locale): string {
  const label = terminologyLabel('serafinPh', code, locale);
  return label === code ? code : `${code} — ${label}`;
}
