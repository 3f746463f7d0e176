/**
 * Registers `<dui-audit-log>`.
 *
 * @example
 * import '@duikit/components/dui-audit-log';
 */
import { define } from '../define/define.js';
import { DuiAuditLog } from './dui-audit-log.component.js';

define('dui-audit-log', DuiAuditLog);

export { DuiAuditLog };

declare global {
  interface HTMLElementTagNameMap {
    'dui-audit-log': DuiAuditLog;
  }
}
