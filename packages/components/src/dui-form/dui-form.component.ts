import { LitElement, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FormError } from '../events/dui-form-events.js';
import { formTranslator } from '../i18n/form.js';
import type { ControlBinding } from '../form/contracts.js';
import { FormEngine } from '../form/engine.js';
import type { LabelCatalogue } from '@duikit/core/form/catalogue';
import type { HiddenValuePolicy, JsonSchema, UiSchema } from '@duikit/core/form/types';
import type { UploadFile } from '../form/widgets/file.js';
import { FormLifecycle } from './dui-form.lifecycle.js';
import type { PrecompiledValidator } from './dui-form.validation.js';
import { styles } from './dui-form.styles.js';

/**
 * An accessible, fast form rendered from a JSON Schema and a JSON Forms UI schema.
 *
 * @summary Renders `schema` + `uischema` + `data` as one shadow tree of native inputs, validates
 * with ajv (precompiled `validator` or compiled at run time) and takes part in native forms.
 *
 * @event dui-change - A person changed a value: `{ data, errors, path }` (new `data` object each time).
 * @event dui-submit - The form was submitted with no error: `{ data, errors: [], path: '' }`.
 * @event dui-invalid - A submit was refused: `{ data, errors }`.
 * @event dui-draft - Changes settled while dirty (debounced): `{ data, dirty }`, to persist a draft.
 *
 * @csspart base - The inner `<form>`.
 * @csspart summary - The error summary shown on submit.
 * @csspart body - The fieldset holding every control.
 * @csspart field - One field wrapper; `label`, `hint`, `error`, `control` are its pieces (a
 * `control` also has `textarea`, `select`, `checkbox` or `radio`).
 * @csspart group-box - A Group or nested object.
 * @csspart vertical - A VerticalLayout (and the body of a Category).
 * @csspart horizontal - A HorizontalLayout: its elements side by side.
 * @csspart array-item - One item of an array (or one entry of a map).
 * @csspart master - The list of items of a `ListWithDetail`, one button per item.
 * @csspart detail - The chosen item of a `ListWithDetail`, edited with its detail layout.
 * @csspart slider-value - The value shown beside an `options.slider` range (the range announces it).
 * @csspart wizard - A Categorization as a wizard (`tabs` when shown as tabs, with its `tablist`);
 * `steps`, `step`, `step-title`, `step-nav`.
 * @csspart combinator - A `oneOf`/`anyOf` choice; `group-label`, `combinator-branch` and
 * `combinator-confirm` (the confirmation before leaving a filled branch) are its pieces.
 * @csspart button - Every button; `submit`, `next`, `previous`, `add`, `remove`, `clear` (signature)
 * and `tab` (branch selector) name them, `primary` marks the main action, and the confirmation
 * before leaving a filled branch has `confirm` and `cancel`.
 * @csspart actions - The submit bar.
 * @csspart text - A `Label` element of the UI schema.
 * @csspart signature-pad - The drawing surface of a signature field.
 * @csspart print - The whole form in `mode="print"`.
 *
 * @cssprop --dui-color-primary - Buttons, focus and selection (see styles/README.md for every token).
 * @cssprop --dui-color-error - Error messages and invalid borders.
 * @cssprop --dui-font-family - Font stack.
 *
 * @example
 * <dui-form .schema=${schema} .uischema=${ui} .data=${data} @dui-submit=${save}></dui-form>
 */
export class DuiForm extends LitElement {
  static override styles = styles;
  /** The element is a form-associated custom element. */
  static formAssociated = true;

  /** JSON Schema (2020-12, or draft-07 with `$schema`). */
  @property({ attribute: false }) schema?: JsonSchema;
  /** JSON Forms UI schema; a default layout is generated from the schema when absent. */
  @property({ attribute: false }) uischema?: UiSchema;
  /** The data; never mutated. Setting it does not fire `dui-change`. */
  @property({ attribute: false }) data: unknown;
  /**
   * The label catalogue: JSON Forms i18n keys (`uischema.i18n`, else the dotted data path such
   * as `address.city`) followed by `.label` or `.description`, each a text or `{ fr, en }`. It
   * wins over the UI schema's label and the schema's title; a field with none of them is labelled
   * with its key as written.
   */
  @property({ attribute: false }) labels?: LabelCatalogue;
  /** A precompiled ajv validator (CSP-strict pages); otherwise the schema is compiled at run time. */
  @property({ attribute: false }) validator?: PrecompiledValidator;
  /** Errors from the host (server-side checks), per JSON Pointer; shown at once, block submit. */
  @property({ attribute: false }) additionalErrors: FormError[] = [];
  /** Upload hook of file widgets. */
  @property({ attribute: false }) uploadFile?: UploadFile;
  /** `edit` (default), `readonly` (focusable, not editable) or `print` (labels and values). */
  @property({ reflect: true }) mode: 'edit' | 'readonly' | 'print' = 'edit';
  /** Disables every control (also set by a disabled ancestor `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** `fr` (default) or `en`; defaults to the nearest `lang`. */
  @property() locale?: string;
  /** Default policy for values of fields a rule hides: `keep`, `clear` or `exclude`. */
  @property({ attribute: 'hidden-value' }) hiddenValue: HiddenValuePolicy = 'keep';
  /** Hides the built-in submit button (the host submits with `submit()` or its own form). */
  @property({ type: Boolean, attribute: 'no-submit' }) noSubmit = false;
  /** Label of the submit button. */
  @property({ attribute: 'submit-label' }) submitLabel?: string;
  /** Name under which the JSON data is submitted with an enclosing `<form>`. */
  @property({ reflect: true }) name = '';
  /** Milliseconds of quiet before `dui-draft`. */
  @property({ type: Number, attribute: 'draft-delay' }) draftDelay = 1000;

  /** @internal */ @state() summary: ControlBinding[] = [];
  /** @internal */ @state() summaryExtra: FormError[] = [];
  /** @internal */ readonly internals: ElementInternals;
  /** @internal */ engine?: FormEngine;
  /** @internal */ readonly body = document.createElement('fieldset');
  /** @internal */ readonly live = document.createElement('div');
  /** @internal The summary's list, filled by hand: hundreds of links render faster than a lit map. */
  readonly summaryList = document.createElement('ul');
  /** @internal */ readonly lifecycle: FormLifecycle;
  /** @internal */ formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.body.className = 'body';
    this.body.setAttribute('part', 'body');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.lifecycle = new FormLifecycle(this);
    this.addEventListener('invalid', () => void this.lifecycle.reportInvalid());
  }

  /** The translate function of the current locale. @internal */
  get t() {
    return formTranslator(this.currentLocale);
  }

  /** The resolved locale tag. @internal */
  get currentLocale(): string {
    return (
      this.locale ?? (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'fr')
    );
  }

  /** True once a person changed a value since the data was last set. */
  get dirty(): boolean {
    return this.lifecycle.dirty;
  }

  /** The current data (what `dui-change` last reported). */
  get value(): unknown {
    return this.engine?.data ?? this.data;
  }

  /** The enclosing native form, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The native validity state (invalid while the form has errors). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The native validation message. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Native `checkValidity()`. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Native `reportValidity()`: also shows every error and the summary. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Resolves once the lazily loaded pieces (runtime validator, rule evaluator) are ready. */
  whenReady(): Promise<void> {
    return this.updateComplete.then(() => this.lifecycle.whenReady());
  }

  /** Shows every error, as a submit would, and resolves with them. */
  validate(): Promise<FormError[]> {
    return this.lifecycle.validateAll();
  }

  /** Validates and, when valid, fires `dui-submit` (then submits an enclosing native form). */
  submit(): Promise<boolean> {
    return this.lifecycle.submit();
  }

  /** Back to the data last set by the host, forgetting touched fields and the dirty flag. */
  reset(): void {
    this.lifecycle.reset();
  }

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.body.disabled = disabled || this.disabled;
  }

  /** @internal */
  formStateRestoreCallback(state: string | null): void {
    if (state) this.data = JSON.parse(state) as unknown;
  }

  /** Adds a stylesheet to the shadow root (form parts loaded on first use bring theirs). @internal */
  adoptStyles(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // A renderer loading on first use mounts the form again: wait for that DOM too (the new
    // mount may meet a renderer nested in the first one, so wait until nothing is loading).
    let pending = this.lifecycle.loading;
    while (pending) {
      await pending;
      pending = this.lifecycle.loading === pending ? undefined : this.lifecycle.loading;
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const definition = ['schema', 'uischema', 'labels'] as const;
    const presentation = ['mode', 'locale', 'hiddenValue', 'validator'] as const;
    if (definition.some((k) => changed.has(k))) this.lifecycle.mount();
    else if (presentation.some((k) => changed.has(k))) {
      // Another language or view keeps what the person typed (unless the host set new data).
      const engine = this.engine;
      if (engine && this.lifecycle.dirty && !changed.has('data')) this.lifecycle.mount(engine.data, true);
      else this.lifecycle.mount();
    } else if (changed.has('data') && this.engine && this.data !== this.engine.data)
      this.lifecycle.setData(this.data);
    if (changed.has('additionalErrors') && this.engine) this.lifecycle.setHostErrors(this.additionalErrors);
    if (changed.has('uploadFile') && this.engine) this.engine.options.uploadFile = this.uploadFile;
    if (changed.has('disabled')) this.body.disabled = this.disabled || this.formDisabled;
  }

  protected override render() {
    const t = this.t;
    const wizard = this.uischema?.type === 'Categorization' && this.uischema.options?.variant !== 'tabs';
    const count = this.summary.length + this.summaryExtra.length;
    const hideSubmit = this.noSubmit || wizard || this.mode !== 'edit';
    return html`<form part="base" novalidate @submit=${this.onSubmit}>
      <div class="summary" part="summary" tabindex="-1" role="alert" ?hidden=${count === 0}>
        ${
          count
            ? html`<h2>${t('form.summary.title', { count })}</h2>
              <p>${t('form.summary.intro')}</p>
              ${this.summaryList}`
            : nothing
        }
      </div>
      ${this.mode === 'edit' ? html`<p class="required-hint">${t('form.requiredHint')}</p>` : nothing}
      ${this.body}
      <div class="actions" part="actions" ?hidden=${hideSubmit}>
        <button class="btn primary submit" part="button submit" type="submit">${this.submitLabel ?? t('form.submit')}</button>
      </div>
      ${this.live}
    </form>`;
  }

  private onSubmit = (e: Event) => {
    e.preventDefault();
    void this.submit();
  };
}
