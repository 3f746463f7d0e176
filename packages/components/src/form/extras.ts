/**
 * What the parts of `<dui-form>` that load on first use (wizard, arrays, branch selector, file,
 * signature and identifier widgets, print view) bring with them: their strings and their styles.
 * Each calls {@link useExtras} before it renders, so a form without them carries neither.
 *
 * @example
 * export const arrayRenderer: Renderer = (ctx) => {
 *   useExtras(ctx.engine);
 *   …
 * };
 */
import { extraStyles } from '../dui-form/dui-form-extras.styles.js';
import { useFormExtras } from '../i18n/form-extras.js';
import type { FormEngineApi } from './contracts.js';

/**
 * Merges the extra strings into the form catalogue (once per page) and has the form adopt the
 * extra styles (once per form).
 *
 * @example
 * useExtras(ctx.engine);
 */
export function useExtras(engine: Pick<FormEngineApi, 'options'>): void {
  useFormExtras();
  engine.options.adoptStyles?.(extraStyles);
}
