/**
 * What `<dui-form>` does around its engine: mounting, validators (precompiled or compiled at
 * run time), `dui-change` / `dui-draft` / `dui-submit` / `dui-invalid`, the error summary, and
 * the native form association (value, validity, reset).
 *
 * @example
 * this.lifecycle = new FormLifecycle(this); // in the element's constructor
 */
import { resolveLocale, type Locale } from '@duikit/core/base';
import { emit } from '../events/emit.js';
import type { FormError } from '../events/dui-form-events.js';
import { FormEngine } from '../form/engine.js';
import { once, type Once } from '../form/first-use.js';
import type { JsonSchema, UiSchema } from '@duikit/core/form/types';
import { formLocaleReady, loadFormLocale } from '../i18n/form.js';
import type { DuiForm } from './dui-form.component.js';
import { prepareValidator } from './dui-form.validation.js';

/** Submitting, validating all and the error summary: loaded by the first submit or `validate()`. */
const submitCode = once(() => import('./dui-form.submit.js'));
/** Schema defaults (for a form given no data) and the label catalogue: loaded on first use. */
const defaults = once(() => import('@duikit/core/form/defaults'));
const catalogue = once(() => import('@duikit/core/form/catalogue'));

/** The data a form starts from: the host's, else the schema's defaults (`{}` while they load). */
const startData = (schema: JsonSchema, data: unknown): unknown =>
  data ?? defaults.value?.schemaDefaults(schema) ?? {};

/**
 * Loads code the mount needs (the form mounts again once it is here). A failure is logged and
 * this mount kept (validated as it is), as for a renderer that fails to load.
 */
function need(engine: FormEngine, code: Once<unknown>): void {
  engine.remount = true;
  engine.loading.push(
    code.load().then(
      () => true,
      (err: unknown) => (console.error('<dui-form>: a part could not be loaded', err), false),
    ),
  );
}

/** Without a UI schema, a form is a Control over its root: the object renderer lays it out. */
const WHOLE_FORM: UiSchema = { type: 'Control', scope: '#' };

/** See the module documentation. */
export class FormLifecycle {
  dirty = false;
  private ready: Promise<void> = Promise.resolve();
  private draftTimer?: ReturnType<typeof setTimeout>;
  private localeTried?: Locale;

  constructor(readonly host: DuiForm) {}

  /** Renderers loading on first use; `updateComplete` waits for the form to mount again. */
  loading?: Promise<void>;

  /** (Re)builds the engine and the DOM from the current definition. */
  mount(data = this.host.data, dirty = false): void {
    const host = this.host;
    const schema = host.schema;
    clearTimeout(this.draftTimer);
    this.loading = undefined;
    this.dirty = dirty;
    host.summary = [];
    host.summaryExtra = [];
    if (!schema) return void host.body.replaceChildren();
    const t = host.t;
    const locale = host.currentLocale.slice(0, 2);
    // Messages come from core's catalogue, so the form and the server word errors alike.
    const lang = resolveLocale(locale);
    const engine = new FormEngine({
      root: schema,
      t,
      locale,
      lookup: host.labels && catalogue.value?.catalogueLookup(host.labels, locale),
      readonly: host.mode === 'readonly',
      hiddenValue: host.hiddenValue,
      uploadFile: host.uploadFile,
      onChange: (path) => this.changed(path),
      whenReady: () => this.ready,
      onSubmit: () => void host.submit(),
      adoptStyles: (styles) => host.adoptStyles(styles),
      onLoading: (done) => {
        this.loading = Promise.all([this.loading, done]).then(() => undefined);
      },
    });
    host.engine = engine;
    // A form given no data starts from an empty object, or from the schema's defaults.
    engine.data = startData(schema, data);
    if (host.labels && !catalogue.value) need(engine, catalogue);
    if (data === undefined && !defaults.value) need(engine, defaults);
    engine.hostErrors = host.additionalErrors;
    engine.display.live = host.live;
    if (host.mode === 'print') {
      // The print view is its own lazy chunk: forms that never print never load it.
      const labels = host.labels && catalogue.load();
      this.ready = Promise.all([import('../form/print.js'), loadFormLocale(lang), labels]).then(
        ([m, , c]) => {
          if (host.engine !== engine) return;
          m.useExtras(engine);
          const lookup = host.labels && c?.catalogueLookup(host.labels, locale);
          host.body.replaceChildren(
            m.renderPrint(schema, host.uischema, engine.data, host.t, locale, lookup),
          );
        },
      );
      return;
    }
    host.body.replaceChildren(engine.mount(host.uischema ?? WHOLE_FORM).el);
    host.body.style.removeProperty('visibility');
    if (!formLocaleReady(lang) && this.localeTried !== lang) {
      // English loads on first use; meanwhile the form keeps its place but shows no French.
      // Tried once per element and language: a failed load leaves French (said on the console)
      // and must not stop the remount that other parts loading beside it are waiting for.
      this.localeTried = lang;
      host.body.style.visibility = 'hidden';
      engine.remount = true;
      engine.loading.push(loadFormLocale(lang).then(() => true));
    }
    if (engine.remount) {
      // A built-in renderer loads on first use (its own chunk): mount again once it is here,
      // keeping what the person may have typed meanwhile. One that failed to load shows its
      // message in place: keep this mount (another would fail again) and validate it.
      const loaded = Promise.all(engine.loading).then((results) => {
        if (host.engine !== engine) return;
        host.body.style.removeProperty('visibility');
        if (results.includes(false)) this.prepareValidation(engine, schema, lang);
        else this.mount(this.dirty ? engine.data : host.data, this.dirty);
      });
      this.loading = loaded;
      const pending: Promise<void> = loaded.then(() => (this.ready === pending ? undefined : this.ready));
      this.ready = pending;
      return;
    }
    // Other code loaded on first use (live required marks) binds itself; `updateComplete` waits.
    if (engine.loading.length) this.loading = Promise.all(engine.loading).then(() => undefined);
    this.prepareValidation(engine, schema, lang);
    // `options.focus`: a new form takes the focus once shown, not a language switch's remount.
    const first = engine.autofocus;
    if (first && !dirty)
      void host.updateComplete.then(() => host.engine === engine && engine.focusControl(first));
  }

  /** Sets up the validator; `ready` follows it. */
  private prepareValidation(engine: FormEngine, schema: JsonSchema, lang: Locale): void {
    this.ready = prepareValidator(engine, schema, lang, this.host.validator, () => this.settle(engine));
  }

  /** Resolves when the validator and the rule evaluator are loaded and the data validated once. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The host set `data`: update controls in place, no event. */
  setData(data: unknown): void {
    const engine = this.host.engine!;
    this.dirty = false;
    if (this.host.mode === 'print') return this.mount();
    engine.setData(this.host.schema ? startData(this.host.schema, data) : data);
    this.syncForm();
  }

  /** The host set `additionalErrors`. */
  setHostErrors(errors: FormError[]): void {
    const engine = this.host.engine!;
    engine.hostErrors = errors;
    engine.invalidate();
    engine.display.refresh(false);
    this.syncForm();
  }

  /** Validates once the validator is ready, without showing anything (validity, summary). */
  private settle(engine: FormEngine): void {
    if (engine !== this.host.engine) return;
    engine.display.refresh();
    this.syncForm();
  }

  private changed(path: string): void {
    const host = this.host;
    const engine = host.engine!;
    this.dirty = true;
    if (host.summary.length || host.summaryExtra.length) submitCode.value?.updateSummary(this);
    emit(host, 'dui-change', { data: engine.data, errors: engine.errors(), path });
    this.syncForm();
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      if (this.dirty && host.engine === engine) emit(host, 'dui-draft', { data: engine.data, dirty: true });
    }, host.draftDelay);
  }

  /** Keeps the native form value and validity in step with the data. @internal */
  syncForm(): void {
    const { host } = this;
    const engine = host.engine;
    if (!engine) return;
    const errors = engine.errors();
    if (host.internals.form) host.internals.setFormValue(JSON.stringify(engine.submittedData() ?? null));
    if (errors.length === 0) return host.internals.setValidity({});
    const owner = engine.display.owner(errors[0].path);
    const anchor = owner ? (host.renderRoot as ShadowRoot).getElementById(owner.id) : null;
    host.internals.setValidity({ customError: true }, host.t('form.invalid'), anchor ?? undefined);
  }

  /** Shows every error and the summary; resolves with the errors (the code loads on first use). */
  async validateAll(): Promise<FormError[]> {
    await this.ready;
    return (await submitCode.load()).validateAll(this);
  }

  /** Submit: errors → summary focused and `dui-invalid`; none → `dui-submit`. */
  async submit(): Promise<boolean> {
    await this.ready;
    return (await submitCode.load()).submit(this);
  }

  /** The enclosing native form found us invalid: show why. */
  async reportInvalid(): Promise<void> {
    await this.ready;
    return (await submitCode.load()).reportInvalid(this);
  }

  /** Reset to the data the host set. */
  reset(): void {
    const host = this.host;
    if (!host.engine) return;
    host.engine.display.clear();
    this.setData(host.data);
    host.summary = [];
    host.summaryExtra = [];
  }
}
