/**
 * `@duikit/components`: the DUI Kit web components. Importing this entry registers every
 * element (see `define.ts`); import an element's `*.component.js` module to get its class
 * without registering a tag.
 *
 * @packageDocumentation
 */
import './define.js';

export { define } from './define/define.js';
export * from './context/index.js';
export { DuiProvider } from './dui-provider/dui-provider.js';
export {
  DuiTaskInbox,
  type DuiTaskOpenEvent,
  type DuiTaskOpenDetail,
} from './dui-task-inbox/dui-task-inbox.js';
export { DuiForm } from './dui-form/dui-form.js';
export type { PrecompiledValidator } from './dui-form/dui-form.validation.js';
export * from './events/index.js';
export * from './form/index.js';
export { token, TOKENS, type TokenName } from './styles/tokens.js';
export { tokensMarkdown, TOKEN_DESCRIPTIONS } from './styles/tokens.docs.js';
export { themeCss, applyTheme, type ThemeName } from './styles/themes.js';
export { translator } from './i18n/index.js';
export * from './dui-workflow-step/dui-workflow-step.js';
export * from './dui-user-file/dui-user-file.js';
export * from './dui-timeline/dui-timeline.js';
export * from './dui-aggir-grid/dui-aggir-grid.js';
export * from './dui-support-plan/dui-support-plan.js';
export * from './dui-workflow-diagram/dui-workflow-diagram.js';
export * from './dui-care-team/dui-care-team.js';
export * from './dui-audit-log/dui-audit-log.js';
