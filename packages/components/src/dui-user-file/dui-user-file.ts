/**
 * Registers `<dui-user-file>`.
 *
 * @example
 * import '@duikit/components';
 */
import { define } from '../define/define.js';
import { DuiUserFile } from './dui-user-file.component.js';

define('dui-user-file', DuiUserFile);

export { DuiUserFile };

declare global {
  interface HTMLElementTagNameMap {
    'dui-user-file': DuiUserFile;
  }
}
