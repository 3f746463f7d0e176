import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { BackendError, DuiBackend, FormDefinition, StepEvent, WorkflowInstanceView } from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  formatDate,
  isPast,
  relativeTime,
  renderCallState,
  text,
} from '../controllers/index.js';
import { emit } from '../events/emit.js';
import type { FormError } from '../events/dui-form-events.js';
import styles from './dui-workflow-step.styles.js';
import './dui-workflow-step.events.js';

/** The subset of `<dui-form>` the step uses (kept structural: the form may load later). */
interface FormElement extends HTMLElement {
  validate(): Promise<FormError[]>;
}

/**
 * A workflow instance's current step: title, deadline with time left (or overdue), the step's
 * form (`<dui-form>`), and the events the actor may send as buttons. An event the actor may not
 * send stays visible with its reason; an irreversible one asks for confirmation; a refusal is
 * shown with the engine's reason (and attached to the form field it names).
 *
 * @summary The current step of a workflow instance, with its form and actions.
 *
 * @dependency dui-form
 *
 * @event dui-event-sent - An event was accepted: `{ instanceId, event, instance }`.
 * @event dui-event-refused - An event was refused: `{ instanceId, event, error }`.
 *
 * @csspart deadline - The deadline banner (`deadline--overdue` when late).
 * @csspart event - One event button.
 * @csspart dialog - The confirmation dialog.
 *
 * @cssprop --dui-color-error - Overdue deadline and refusal.
 *
 * @example
 * <dui-provider><dui-workflow-step instance-id="wi-001"></dui-workflow-step></dui-provider>
 */
export class DuiWorkflowStep extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The workflow instance to show. */
  @property({ attribute: 'instance-id' }) instanceId = '';
  /** The clock for "overdue" and time left; defaults to now. */
  @property({ attribute: false }) now?: Date;

  /** @internal The form data being edited. */
  @state() private draft: Record<string, unknown> = {};
  /** @internal Server errors attached to the form's fields. */
  @state() private serverErrors: FormError[] = [];
  /** @internal Last outcome message. */
  @state() private outcome?: { kind: 'ok' | 'error'; message: string };
  /** @internal Event waiting for confirmation. */
  @state() private pending?: StepEvent;
  /** @internal A send is in flight. */
  @state() private busy = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('dui-form') private form?: FormElement;

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.reload());
  /** @internal */
  private readonly instance = new BackendCallController<WorkflowInstanceView>(this, () =>
    this.instanceId ? this.screen.backend?.getInstance(this.instanceId) : undefined,
  );
  /** @internal */
  private readonly formDef = new BackendCallController<FormDefinition>(this, () => {
    const ref = this.instance.value?.step?.form;
    return ref ? this.screen.backend?.getFormDefinition(ref) : undefined;
  });

  /** Reloads the instance (and its form definition). */
  async reload(): Promise<void> {
    await this.instance.run();
    this.draft = { ...(this.instance.value?.step?.response ?? {}) };
    if (this.instance.value?.step?.form) await this.formDef.run();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('instanceId') && changed.get('instanceId') !== undefined && this.screen.backend) {
      this.outcome = undefined;
      void this.reload();
    }
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.instance, t, () => void this.reload(), !!this.screen.backend);
    if (stateView) return stateView;
    const inst = this.instance.value!;
    const locale = this.screen.locale;
    const step = inst.step;
    return html`<article aria-labelledby="step-title">
      <p class="muted">${text(inst.workflowTitle, locale)}</p>
      <h2 id="step-title">${step ? text(step.title, locale) : t('step.finished')}</h2>
      <p>${t('step.for', { person: inst.person.displayName })}</p>
      ${
        this.outcome
          ? html`<p class=${this.outcome.kind === 'ok' ? 'status' : 'alert'} role=${this.outcome.kind === 'ok' ? 'status' : 'alert'}>
            ${this.outcome.message}
          </p>`
          : nothing
      }
      ${step ? html`${this.renderDeadline(step.dueAt)} ${this.renderForm()} ${this.renderEvents(inst.events)}` : nothing}
      ${this.renderDialog()}
    </article>`;
  }

  private renderDeadline(dueAt: string | undefined) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    if (!dueAt) return html`<p class="deadline muted" part="deadline">${t('step.noDeadline')}</p>`;
    const clock = this.now ?? new Date();
    const overdue = isPast(dueAt, clock);
    const params = { date: formatDate(dueAt, locale), relative: relativeTime(dueAt, clock, locale) };
    return html`<p class="deadline ${overdue ? 'deadline--overdue' : ''}" part="deadline ${overdue ? 'deadline--overdue' : ''}">
      ${t(overdue ? 'step.overdue' : 'step.deadline', params)}
    </p>`;
  }

  private renderForm() {
    const t = this.screen.t;
    if (!this.instance.value?.step?.form) return nothing;
    if (this.formDef.status === 'error') {
      return html`<p class="alert" role="alert">${t('screens.error', { message: this.formDef.error!.message })}</p>`;
    }
    const def = this.formDef.value;
    if (!def) return html`<p role="status">${t('screens.loading')}</p>`;
    return html`<section aria-labelledby="form-title">
      <h3 id="form-title">${text(def.title, this.screen.locale) || t('step.formTitle')}</h3>
      <dui-form
        no-submit
        locale=${this.screen.locale}
        .schema=${def.schema}
        .uischema=${def.uischema}
        .data=${this.draft}
        .additionalErrors=${this.serverErrors}
        @dui-change=${(e: CustomEvent<{ data: unknown }>) => (this.draft = e.detail.data as Record<string, unknown>)}
      ></dui-form>
      <div class="form-actions">
        <button type="button" ?disabled=${this.busy} @click=${() => void this.saveDraft()}>${t('step.saveDraft')}</button>
      </div>
    </section>`;
  }

  private renderEvents(events: StepEvent[]) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    return html`<section aria-labelledby="actions-title">
      <h3 id="actions-title">${t('step.actions')}</h3>
      ${
        events.length === 0
          ? html`<p>${t('step.noActions')}</p>`
          : html`<ul class="events">
            ${events.map(
              (ev) => html`<li>
                <button
                  type="button"
                  part="event"
                  class=${ev.irreversible ? 'danger' : 'primary'}
                  aria-disabled=${ev.allowed && !this.busy ? 'false' : 'true'}
                  aria-describedby=${ev.allowed ? (ev.irreversible ? `irr-${ev.type}` : '') : `why-${ev.type}`}
                  data-event=${ev.type}
                  @click=${() => this.request(ev)}
                >
                  ${text(ev.label, locale)}
                </button>
                ${
                  ev.allowed
                    ? ev.irreversible
                      ? html`<span class="muted" id="irr-${ev.type}">${t('step.irreversible')}</span>`
                      : nothing
                    : html`<span class="muted" id="why-${ev.type}">${t('step.notAllowed', { reason: ev.reason ?? '' })}</span>`
                }
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }

  private renderDialog() {
    const t = this.screen.t;
    const label = this.pending ? text(this.pending.label, this.screen.locale) : '';
    return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @close=${() => (this.pending = undefined)}>
      <h3 id="confirm-title">${t('step.confirmTitle', { event: label })}</h3>
      <p id="confirm-text">${t('step.confirmText')}</p>
      <div class="dialog-actions">
        <button type="button" @click=${() => this.dialog?.close()}>${t('screens.cancel')}</button>
        <button type="button" class="danger" data-confirm @click=${() => this.confirm()}>${t('step.confirm')}</button>
      </div>
    </dialog>`;
  }

  /** Button click: blocked events do nothing (their reason is already on screen). */
  private request(ev: StepEvent) {
    if (!ev.allowed || this.busy) return;
    if (ev.irreversible) {
      this.pending = ev;
      this.dialog?.showModal();
      return;
    }
    void this.send(ev);
  }

  private confirm() {
    const ev = this.pending;
    this.dialog?.close();
    if (ev) void this.send(ev);
  }

  /** Sends an event; a form-carrying event is validated by `<dui-form>` first. */
  async send(ev: StepEvent): Promise<void> {
    const backend = this.screen.backend;
    if (!backend) return;
    const t = this.screen.t;
    if (ev.requiresForm && this.form && (await this.form.validate()).length > 0) return;
    this.busy = true;
    const result = await backend.sendEvent(this.instanceId, {
      type: ev.type,
      ...(ev.requiresForm ? { payload: this.draft } : {}),
    });
    this.busy = false;
    const label = text(ev.label, this.screen.locale);
    if (result.ok) {
      this.serverErrors = [];
      this.outcome = { kind: 'ok', message: t('step.sent', { event: label }) };
      this.instance.value = result.value;
      this.draft = { ...(result.value.step?.response ?? {}) };
      if (result.value.step?.form) void this.formDef.run();
      emit(this, 'dui-event-sent', { instanceId: this.instanceId, event: ev.type, instance: result.value });
    } else {
      this.showRefusal('step.refused', result.error);
      emit(this, 'dui-event-refused', { instanceId: this.instanceId, event: ev.type, error: result.error });
    }
    this.requestUpdate();
  }

  private async saveDraft() {
    const backend = this.screen.backend;
    if (!backend) return;
    this.busy = true;
    const version = this.instance.value?.step?.responseVersion;
    const result = await backend.saveStepResponse(this.instanceId, this.draft, {
      submit: false,
      ...(version !== undefined ? { expectedVersion: version } : {}),
    });
    this.busy = false;
    const t = this.screen.t;
    if (result.ok) {
      if (this.instance.value?.step) this.instance.value.step.responseVersion = result.value.version;
      this.serverErrors = [];
      this.outcome = {
        kind: 'ok',
        message: t('step.draftSaved', { date: formatDate(result.value.savedAt, this.screen.locale, true) }),
      };
    } else {
      this.showRefusal('screens.error', result.error);
    }
  }

  /** Shows a refusal and attaches its field errors to the form. */
  private showRefusal(key: string, error: BackendError) {
    this.outcome = { kind: 'error', message: this.screen.t(key, { message: error.message }) };
    const fields = [
      ...(error.path ? [{ path: error.path, message: error.message }] : []),
      ...(error.details ?? []),
    ];
    this.serverErrors = fields
      .filter((f): f is { path: string; message: string } => f.path !== undefined)
      .map((f) => ({ path: f.path, keyword: 'server', message: f.message, params: {} }));
  }
}
