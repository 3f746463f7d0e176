import type { MessageCatalogue } from '../locale.js';
import { validationEn } from './validation-en.js';
import { validationFr } from './validation-fr.js';

/**
 * Validation messages, one per JSON Schema keyword (and per format and type name). Used by
 * `toValidationErrors`, so the elements and the server say exactly the same thing. Each locale
 * has its own file: `<dui-form>` loads the English one only on an English page.
 *
 * @example
 * validation.en['validation.required']; // 'This field is required.'
 */
export const validation: MessageCatalogue = { fr: validationFr, en: validationEn };
