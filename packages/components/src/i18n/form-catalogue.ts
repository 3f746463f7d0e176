/**
 * The `<dui-form>` strings as one fr/en catalogue, for the components' shared translator
 * (`i18n/index.ts`) and the catalogue tests. The element itself loads English on first use
 * (`form.ts`); this module is for code that needs both at once.
 *
 * @example
 * form.en['form.submit']; // 'Submit'
 */
import type { MessageCatalogue } from '@duikit/core';
import { formFr } from './form.js';
import { formEn } from './form-en.js';

/** The element's own strings, both languages. @example form.fr['form.submit'] // 'Envoyer' */
export const form: MessageCatalogue = { fr: formFr, en: formEn };
