/**
 * The components' translator: core's catalogues plus each element's own (fr default, en).
 * Element areas add their catalogue file next to this one and list it in `catalogues`.
 *
 * @example
 * const t = translator('en');
 * t('form.submit'); // 'Submit'
 */
import type { Locale, MessageCatalogue, Translate } from '@duikit/core';
import { resolveLocale } from '@duikit/core/base';
import { createTranslator } from '@duikit/core/client';
import { form } from './form-catalogue.js';
import { formExtras } from './form-extras.js';
import { screens } from './screens.js';
import { workbench } from './workbench.js';

/** Every components catalogue. */
export const catalogues: MessageCatalogue[] = [form, formExtras, screens, workbench];

const cache = new Map<Locale, Translate>();

/**
 * A translate function for a locale tag (`fr`, `en-GB`…), over core's and the components'
 * catalogues; French when the tag is unknown. Cached per locale.
 *
 * @example
 * translator(document.documentElement.lang)('form.next');
 */
export function translator(tag?: string | null): Translate {
  const locale = resolveLocale(tag);
  let t = cache.get(locale);
  if (!t) cache.set(locale, (t = createTranslator(locale, catalogues)));
  return t;
}
