import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { BackendError, DuiBackend, StepEvent, WorkflowInstanceView } from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  formatDate,
  renderCallState,
  text,
} from '../controllers/index.js';
import { emit } from '../events/emit.js';
import type { FormError } from '../events/dui-form-events.js';
import { renderBlock, type Block, type BlockContext, type FormSlot } from './step-block.js';
import { renderConfirmDialog, renderPayloadDialog, type PayloadState } from './step-dialogs.js';
import styles from './dui-workflow-step.styles.js';
import './dui-workflow-step.events.js';

/** The subset of `<dui-form>` the step uses (kept structural: the form may load later). */
interface FormElement extends HTMLElement {
  validate(): Promise<FormError[]>;
  submit(): Promise<boolean>;
  whenReady?(): Promise<void>;
  value: unknown;
}

/**
 * A workflow instance's current step: title, deadline with time left (or overdue), the step's
 * task form (`<dui-form>`, with a draft), and the events the actor may send as buttons. An event
 * that carries data opens its form in a dialog; an irreversible one asks for confirmation; one the
 * actor may not send stays visible with its reason. A parallel state shows one block per region,
 * each with its title, its task form and its own actions; a finished region says so. Refusals
 * show the engine's sentence, and their field errors show on the fields they name.
 *
 * @summary The current step of a workflow instance, with its forms and actions.
 *
 * @dependency dui-form
 *
 * @event dui-event-sent - An event was accepted: `{ instanceId, event, instance }`.
 * @event dui-event-refused - An event was refused: `{ instanceId, event, error }`.
 *
 * @csspart deadline - The deadline banner (`deadline--overdue` when late).
 * @csspart region - One region of a parallel state.
 * @csspart event - One event button.
 * @csspart dialog - The confirmation and payload dialogs (`payload-dialog` for the latter).
 *
 * @cssprop --dui-color-error - Overdue deadline and refusal.
 * @cssprop --dui-color-success - The mark of a finished region.
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

  /** @internal Task-form data being edited, per block (`''` or a region id). */
  @state() private drafts: Record<string, Record<string, unknown>> = {};
  /** @internal Server errors attached to a task form's fields, per block. */
  @state() private serverErrors: Record<string, FormError[]> = {};
  /** @internal Form definitions, per reference. */
  @state() private forms: Record<string, FormSlot> = {};
  /** @internal Last outcome message. */
  @state() private outcome?: { kind: 'ok' | 'error'; message: string };
  /** @internal Irreversible event waiting for confirmation. */
  @state() private confirming?: StepEvent;
  /** @internal Event whose data the dialog asks for. */
  @state() private payload?: PayloadState;
  /** @internal A send is in flight. */
  @state() private busy = false;

  @query('dialog.confirm') private confirmDialog?: HTMLDialogElement;
  @query('dialog.payload') private payloadDialog?: HTMLDialogElement;
  @query('.outcome') private outcomeEl?: HTMLElement;

  /** @internal The button that opened a dialog, focused again when it closes. */
  private opener?: HTMLElement;
  /** @internal Block of the event being confirmed. */
  private pendingBlock?: Block;
  /** @internal Step id each block's draft belongs to (a new step starts from its response). */
  private draftSteps: Record<string, string | undefined> = {};

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.reload());
  /** @internal */
  private readonly instance = new BackendCallController<WorkflowInstanceView>(this, () =>
    this.instanceId ? this.screen.backend?.getInstance(this.instanceId) : undefined,
  );

  /** Reloads the instance (and the form definitions of its steps). */
  async reload(): Promise<void> {
    await this.instance.run();
    if (this.instance.value) this.adopt(this.instance.value, true);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('instanceId') && changed.get('instanceId') !== undefined && this.screen.backend) {
      this.outcome = undefined;
      void this.reload();
    }
  }

  /** The blocks of a view: the top-level one (when it holds anything), then one per region. */
  private blocks(inst: WorkflowInstanceView): Block[] {
    const top: Block = { key: '', step: inst.step, events: inst.events };
    if (!inst.regions) return [top];
    const regions = inst.regions.map((r): Block => ({
      key: r.id,
      step: r.step,
      events: r.events,
      region: r,
    }));
    return top.step || top.events.length ? [top, ...regions] : regions;
  }

  /** Takes a new view: drafts of steps that changed start from their saved response. */
  private adopt(inst: WorkflowInstanceView, fresh: boolean) {
    const drafts: Record<string, Record<string, unknown>> = {};
    for (const b of this.blocks(inst)) {
      const same = !fresh && this.draftSteps[b.key] === b.step?.id && this.drafts[b.key];
      drafts[b.key] = same ? this.drafts[b.key] : { ...(b.step?.response ?? {}) };
      this.draftSteps[b.key] = b.step?.id;
      const ref = b.step?.form;
      if (ref && this.forms[ref]?.status !== 'ready') void this.loadForm(ref);
    }
    this.drafts = drafts;
    this.serverErrors = {};
  }

  private async loadForm(ref: string) {
    const backend = this.screen.backend;
    if (!backend) return;
    this.forms = { ...this.forms, [ref]: { status: 'loading' } };
    let slot: FormSlot;
    try {
      const r = await backend.getFormDefinition(ref);
      slot = r.ok ? { status: 'ready', value: r.value } : { status: 'error', message: r.error.message };
    } catch (e) {
      slot = { status: 'error', message: e instanceof Error ? e.message : String(e) };
    }
    this.forms = { ...this.forms, [ref]: slot };
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.instance, t, () => void this.reload(), !!this.screen.backend);
    if (stateView) return stateView;
    const inst = this.instance.value!;
    const locale = this.screen.locale;
    const done = inst.status === 'done';
    const title = inst.regions ? inst.stateTitle : (inst.step?.title ?? inst.stateTitle);
    return html`<article aria-labelledby="step-title">
      <p class="muted">${text(inst.workflowTitle, locale)}</p>
      <h2 id="step-title">${done ? t('step.finished') : text(title, locale)}</h2>
      <p>${t('step.for', { person: inst.person.displayName })}</p>
      ${done && inst.stateTitle ? html`<p class="outcome-state">${t('step.outcome', { state: text(inst.stateTitle, locale) })}</p>` : nothing}
      ${
        this.outcome
          ? html`<p class="outcome ${this.outcome.kind === 'ok' ? 'status' : 'alert'}" tabindex="-1"
              role=${this.outcome.kind === 'ok' ? 'status' : 'alert'}>${this.outcome.message}</p>`
          : nothing
      }
      ${done ? nothing : this.blocks(inst).map((b) => renderBlock(b, this.blockContext(), 3))}
      ${renderConfirmDialog(this.dialogContext())} ${renderPayloadDialog(this.dialogContext())}
    </article>`;
  }

  private blockContext(): BlockContext {
    return {
      t: this.screen.t,
      locale: this.screen.locale,
      now: this.now ?? new Date(),
      busy: this.busy,
      parallel: !!this.instance.value?.regions,
      form: (ref) => this.forms[ref],
      draft: (key) => this.drafts[key] ?? {},
      errors: (key) => this.serverErrors[key] ?? [],
      onChange: (key, data) => (this.drafts = { ...this.drafts, [key]: data }),
      onSaveDraft: (block) => void this.saveDraft(block),
      onEvent: (block, ev, button) => this.request(block, ev, button),
    };
  }

  private dialogContext() {
    return {
      t: this.screen.t,
      locale: this.screen.locale,
      busy: this.busy,
      confirming: this.confirming,
      payload: this.payload,
      onClose: () => this.closed(),
      onConfirm: () => this.confirm(),
      onPayloadChange: (data: Record<string, unknown>) => {
        if (this.payload) this.payload = { ...this.payload, data };
      },
      onPayloadSend: () => void this.sendPayload(),
    };
  }

  /** A button was clicked: blocked events do nothing (their reason is already on screen). */
  private request(block: Block, ev: StepEvent, button: HTMLElement) {
    if (!ev.allowed || this.busy) return;
    this.opener = button;
    if (ev.payload) {
      this.payload = { event: ev, data: {}, errors: [] };
      void this.openPayload();
    } else if (ev.irreversible) {
      this.confirming = ev;
      this.pendingBlock = block;
      this.confirmDialog?.showModal();
    } else void this.send(ev, block);
  }

  private async openPayload() {
    await this.updateComplete;
    this.payloadDialog?.showModal();
    const form = this.payloadDialog?.querySelector<FormElement>('dui-form');
    await form?.whenReady?.();
    const first = form?.shadowRoot?.querySelector<HTMLElement>('input, select, textarea');
    (first ?? this.renderRoot.querySelector<HTMLElement>('#payload-title'))?.focus();
  }

  private closed() {
    this.confirming = undefined;
    this.payload = undefined;
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    else void this.updateComplete.then(() => this.outcomeEl?.focus());
  }

  private confirm() {
    const ev = this.confirming;
    const block = this.pendingBlock;
    this.confirmDialog?.close();
    if (ev && block) void this.send(ev, block);
  }

  /** The payload dialog's send button: `<dui-form>` validates, then the backend does. */
  private async sendPayload() {
    const p = this.payload;
    const form = this.payloadDialog?.querySelector<FormElement>('dui-form');
    if (!p || !form || this.busy) return;
    if (!(await form.submit())) return;
    const data = (form.value as Record<string, unknown> | undefined) ?? p.data;
    const error = await this.sendEvent(p.event, data);
    if (!error) return this.payloadDialog?.close();
    this.payload = {
      ...p,
      data,
      message: this.screen.t('step.refused', { message: error.message }),
      errors: fieldErrors(error),
    };
  }

  /** Sends an event of a block; a task-form event carries the block's form, validated first. */
  async send(ev: StepEvent, block: Block = { key: '', events: [] }): Promise<void> {
    if (!this.screen.backend) return;
    const form = this.renderRoot.querySelector<FormElement>(`dui-form[data-block="${block.key}"]`);
    if (ev.requiresForm && form && (await form.validate()).length > 0) return;
    const error = await this.sendEvent(ev, ev.requiresForm ? (this.drafts[block.key] ?? {}) : undefined);
    if (error) this.serverErrors = { ...this.serverErrors, [block.key]: fieldErrors(error) };
  }

  /** Sends; on success adopts the new view, on refusal shows it and returns the error. */
  private async sendEvent(
    ev: StepEvent,
    payload?: Record<string, unknown>,
  ): Promise<BackendError | undefined> {
    const backend = this.screen.backend!;
    const t = this.screen.t;
    this.busy = true;
    let result: Awaited<ReturnType<DuiBackend['sendEvent']>>;
    try {
      result = await backend.sendEvent(this.instanceId, { type: ev.type, ...(payload ? { payload } : {}) });
    } catch (e) {
      result = {
        ok: false,
        error: { code: 'unavailable', message: e instanceof Error ? e.message : String(e) },
      };
    }
    this.busy = false;
    const label = text(ev.label, this.screen.locale);
    if (!result.ok) {
      this.outcome = { kind: 'error', message: t('step.refused', { message: result.error.message }) };
      emit(this, 'dui-event-refused', { instanceId: this.instanceId, event: ev.type, error: result.error });
      return result.error;
    }
    this.outcome = { kind: 'ok', message: t('step.sent', { event: label }) };
    this.instance.value = result.value;
    this.adopt(result.value, false);
    emit(this, 'dui-event-sent', { instanceId: this.instanceId, event: ev.type, instance: result.value });
    if (!this.payload) void this.updateComplete.then(() => this.outcomeEl?.focus());
    return undefined;
  }

  private async saveDraft(block: Block) {
    const backend = this.screen.backend;
    const step = block.step;
    if (!backend || !step) return;
    this.busy = true;
    const version = step.responseVersion;
    const result = await backend.saveStepResponse(this.instanceId, this.drafts[block.key] ?? {}, {
      submit: false,
      ...(version !== undefined ? { expectedVersion: version } : {}),
      ...(block.region ? { step: step.id } : {}),
    });
    this.busy = false;
    const t = this.screen.t;
    if (result.ok) {
      step.responseVersion = result.value.version;
      this.serverErrors = { ...this.serverErrors, [block.key]: [] };
      const date = formatDate(result.value.savedAt, this.screen.locale, true);
      this.outcome = { kind: 'ok', message: t('step.draftSaved', { date }) };
    } else {
      this.outcome = { kind: 'error', message: t('screens.error', { message: result.error.message }) };
      this.serverErrors = { ...this.serverErrors, [block.key]: fieldErrors(result.error) };
    }
  }
}

/** The field errors of a refusal (its `path`, and one per `details` entry). */
function fieldErrors(error: BackendError): FormError[] {
  const fields = [
    ...(error.path ? [{ path: error.path, message: error.message }] : []),
    ...(error.details ?? []),
  ];
  return fields
    .filter((f): f is { path: string; message: string } => f.path !== undefined)
    .map((f) => ({ path: f.path, keyword: 'server', message: f.message, params: {} }));
}
