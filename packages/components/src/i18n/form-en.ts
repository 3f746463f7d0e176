/**
 * `<dui-form>` in English, loaded on first use by an English page (see `loadFormLocale` in
 * `form.ts`): the element's own words plus core's validation and common strings.
 *
 * @example
 * const { formEnglish } = await import('./form-en.js');
 * formEnglish['form.submit']; // 'Submit'
 */
import type { Catalogue } from '@duikit/core';
import { common } from '@duikit/core/base';
import { validationEn } from '@duikit/core/client';

/** The element's own strings in English (same keys as `formFr`). @example formEn['form.submit'] // 'Submit' */
export const formEn: Catalogue = {
  'form.required': 'required',
  'form.requiredHint': 'Fields marked with an asterisk (*) are required.',
  'form.summary.title': 'The form has {count} error(s)',
  'form.summary.intro': 'Please correct the following fields:',
  'form.submit': 'Submit',
  'form.select.placeholder': '— Choose —',
  'form.invalid': 'The form has errors.',
  'form.unparseable': 'Unrecognised value: enter a number.',
  'form.slider.unset': 'No value',
  'form.calculated': 'Calculated value',
  'form.loading': 'Loading…',
  'form.loadFailed': 'This part of the form could not be loaded. Reload the page to try again.',
};

/** Everything an English form shows, core's validation messages included. @example formEnglish['validation.required'] */
export const formEnglish: Catalogue = { ...common.en, ...validationEn, ...formEn };
