/**
 * The two dialogs of `<dui-workflow-step>`, both native modal `<dialog>`s (focus trapped, Escape
 * cancels, focus given back to the button that opened them): the confirmation of an irreversible
 * event without data, and the form of an event that carries data (which also warns when the
 * event is irreversible, so such an event asks once, not twice).
 */
import { html, nothing } from 'lit';
import type { Locale, StepEvent, Translate } from '@duikit/core';
import { text } from '../controllers/index.js';
import { localizeSchema, localizeUiSchema } from '../controllers/localize-schema.js';
import type { FormError } from '../events/dui-form-events.js';

/** The payload dialog's state while it is open. */
export interface PayloadState {
  event: StepEvent;
  data: Record<string, unknown>;
  errors: FormError[];
  message?: string;
}

/** What the element lends the dialog renderers. */
export interface DialogContext {
  t: Translate;
  locale: Locale;
  busy: boolean;
  confirming?: StepEvent;
  payload?: PayloadState;
  onClose: () => void;
  onConfirm: () => void;
  onPayloadChange: (data: Record<string, unknown>) => void;
  onPayloadSend: () => void;
}

/**
 * The confirmation dialog of an irreversible event.
 *
 * @example
 * renderConfirmDialog(ctx); // <dialog class="confirm">…</dialog>
 */
export function renderConfirmDialog(ctx: DialogContext) {
  const { t } = ctx;
  const label = ctx.confirming ? text(ctx.confirming.label, ctx.locale) : '';
  return html`<dialog class="confirm" part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${ctx.onClose}>
    <h3 id="confirm-title">${t('step.confirmTitle', { event: label })}</h3>
    <p id="confirm-text">${t('step.confirmText')}</p>
    <div class="dialog-actions">
      <button type="button" data-cancel @click=${(e: Event) => closest(e)?.close()}>${t('screens.cancel')}</button>
      <button type="button" class="danger" data-confirm @click=${ctx.onConfirm}>${t('step.confirm')}</button>
    </div>
  </dialog>`;
}

/**
 * The dialog that asks for an event's data with `<dui-form>`, then sends it.
 *
 * @example
 * renderPayloadDialog(ctx); // <dialog class="payload">…</dialog>
 */
export function renderPayloadDialog(ctx: DialogContext) {
  const { t, locale, payload } = ctx;
  const ev = payload?.event;
  const label = ev ? text(ev.label, locale) : '';
  const spec = ev?.payload;
  return html`<dialog
    class="payload"
    part="dialog payload-dialog"
    aria-labelledby="payload-title"
    aria-describedby=${ev?.irreversible ? 'payload-warning' : nothing}
    @close=${ctx.onClose}
  >
    <h3 id="payload-title" tabindex="-1">${label}</h3>
    ${ev?.irreversible ? html`<p id="payload-warning" class="warning">${t('step.confirmText')}</p>` : nothing}
    ${payload?.message ? html`<p class="alert" role="alert">${payload.message}</p>` : nothing}
    ${
      spec && payload
        ? html`<dui-form
          no-submit
          data-payload
          locale=${locale}
          .schema=${localizeSchema(spec.schema, locale)}
          .uischema=${spec.uischema ? localizeUiSchema(spec.uischema, locale) : undefined}
          .data=${payload.data}
          .additionalErrors=${payload.errors}
          @dui-change=${(e: CustomEvent<{ data: unknown }>) => ctx.onPayloadChange(e.detail.data as Record<string, unknown>)}
          @dui-submit=${(e: Event) => e.stopPropagation()}
          @dui-invalid=${(e: Event) => e.stopPropagation()}
        ></dui-form>`
        : nothing
    }
    <div class="dialog-actions">
      <button type="button" data-cancel @click=${(e: Event) => closest(e)?.close()}>${t('screens.cancel')}</button>
      <button
        type="button"
        class=${ev?.irreversible ? 'danger' : 'primary'}
        data-send
        aria-disabled=${ctx.busy ? 'true' : 'false'}
        @click=${ctx.onPayloadSend}
      >
        ${label}
      </button>
    </div>
  </dialog>`;
}

const closest = (e: Event) => (e.currentTarget as HTMLElement).closest('dialog');
