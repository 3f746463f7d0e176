/**
 * The three states every screen renders the same way: no backend, loading, and an error whose
 * message is always shown (never swallowed), with a retry button.
 */
import { html, type TemplateResult } from 'lit';
import type { Translate } from '@duikit/core';
import type { BackendCallController } from './backend-call.js';

/**
 * Renders the no-backend / loading / error state of a call, or `undefined` when the value is
 * ready so the caller renders it.
 *
 * @example
 * const state = renderCallState(this.file, t, () => this.file.run(), !!this.screen.backend);
 * if (state) return state;
 */
export function renderCallState<T>(
  call: BackendCallController<T>,
  t: Translate,
  retry: () => void,
  hasBackend: boolean,
): TemplateResult | undefined {
  if (!hasBackend) return html`<p class="alert" role="alert">${t('screens.noBackend')}</p>`;
  if (call.status === 'error' && call.error) {
    return html`<div class="alert" role="alert">
      <p>${t('screens.error', { message: call.error.message })}</p>
      <button type="button" @click=${retry}>${t('screens.retry')}</button>
    </div>`;
  }
  if (call.value === undefined) return html`<p role="status">${t('screens.loading')}</p>`;
  return undefined;
}

/**
 * The marker shown in place of a section the actor may not see.
 *
 * @csspart restricted - The marker of a section the access policy withholds (lock icon and reason).
 *
 * @example
 * section.restricted ? restrictedMarker(t, section.reason) : renderSection(section.value)
 */
export function restrictedMarker(t: Translate, reason: string): TemplateResult {
  return html`<p class="restricted" part="restricted">
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
      <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
    </svg>
    <span>${t('screens.restrictedReason', { reason })}</span>
  </p>`;
}
