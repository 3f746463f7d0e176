/**
 * Registers `<dui-provider>`.
 *
 * @example
 * import '@duikit/components/dui-provider/dui-provider.js';
 */
import { define } from '../define/define.js';
import { DuiProvider } from './dui-provider.component.js';

define('dui-provider', DuiProvider);

export { DuiProvider };

declare global {
  interface HTMLElementTagNameMap {
    'dui-provider': DuiProvider;
  }
}
