/**
 * The entry to live required marks (conditional-required.ts): a schema with no `if`/`then`/`else`
 * pays one cached scan and never downloads the marks' code; one with an `if` loads it with the
 * first control that may need it and binds the marks once it is here (`updateComplete` waits).
 *
 * @example
 * watchRequired(ctx, labelEl, () => control); // in createField, for every control
 */
import { hasConditionalRequired } from '@duikit/core/form/schema';
import type { RenderContext } from './contracts.js';

type Impl = typeof import('./conditional-required.js');

let impl: Impl | undefined;
let loading: Promise<void> | undefined;

/**
 * Binds the live required mark of a Control its schema does not always require, when the
 * schema has an `if`/`then`/`else` that might.
 *
 * @example
 * watchRequired(ctx, labelEl, () => (isRadioGroup ? fieldset : input));
 */
export function watchRequired(ctx: RenderContext, label: Element, aria: () => HTMLElement | null): void {
  if (ctx.required || ctx.uischema.type !== 'Control' || !hasConditionalRequired(ctx.root)) return;
  if (impl) return impl.bindRequired(ctx, label, aria);
  loading ??= import('./conditional-required.js').then(
    (m) => void (impl = m),
    (err: unknown) => {
      // The marks are a help, not a check (validation still requires the field): say it and go on.
      loading = undefined;
      console.error('<dui-form>: the live required marks could not be loaded', err);
    },
  );
  // A control removed meanwhile (an array item) needs no mark.
  const bound = loading.then(() => void (impl && label.isConnected && impl.bindRequired(ctx, label, aria)));
  if (ctx.engine.mounting) ctx.engine.loading.push(bound);
  else ctx.engine.options.onLoading?.(bound);
}
