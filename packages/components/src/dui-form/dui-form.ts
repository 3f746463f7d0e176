/**
 * Registers `<dui-form>` (importing this module defines the tag).
 *
 * @example
 * import '@duikit/components/dui-form/dui-form.js';
 */
import { define } from '../define/define.js';
import { DuiForm } from './dui-form.component.js';

define('dui-form', DuiForm);

declare global {
  interface HTMLElementTagNameMap {
    'dui-form': DuiForm;
  }
}

export { DuiForm };
