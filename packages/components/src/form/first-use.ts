/**
 * A feature of the form whose code loads on first use (the form model's state: rules with the
 * condition evaluator, conditional `required`, calculated fields): the engine records what the
 * mount binds, loads the code with the first binding that needs it and hands everything over
 * once it is here, so a form without the feature never downloads it (nor builds its state).
 * Until then `changed` and `applyAll` do nothing: the load applies everything. Kept tiny on
 * purpose: every form carries it, used or not.
 *
 * @example
 * const model = new FirstUse<ModelSpec>(engine, modelCode, 'rules', (s) => 'node' in s ? s.node.el : undefined);
 * ctx.onDispose(model.add({ rule, scope, node }));
 * await model.ready;
 */
import type { FormEngineApi as FormEngine } from './contracts.js';

/** What the loaded code does for one form, over the specs its {@link FirstUse} holds. */
export interface Feature<S> {
  /** A spec was bound after the code arrived: register it (decided at once after a mount). */
  add(spec: S): void;
  /** A spec's element left the form. */
  remove(spec: S): void;
  /** The value at `path` changed: re-evaluate what reads it. */
  changed(path: string): void;
  /** Re-evaluate everything (mount, data set by the host, code just loaded). */
  applyAll(): void;
}

/** A module loaded on first use: builds the feature of one form over its live set of specs. */
export interface FeatureCode<S, F extends Feature<S> = Feature<S>> {
  Feature: new (engine: FormEngine, specs: ReadonlySet<S>) => F;
}

/** A dynamic import whose module, once here, is at hand synchronously for the whole page. */
export interface Once<M> {
  value?: M;
  load(): Promise<M>;
}

/**
 * Wraps a dynamic import so that a form mounted after it arrived binds at once. Each `load()`
 * asks the browser again (it returns the module it has), so a failed load is tried again by the
 * next form or mount.
 *
 * @example
 * const code = once(() => import('./conditions.js'));
 */
export function once<M>(importer: () => Promise<M>): Once<M> {
  const cache: Once<M> = { load: () => importer().then((m) => (cache.value = m)) };
  return cache;
}

/**
 * The form model's state with the condition evaluator and the built-in calculations: one chunk
 * (model-state.ts), loaded with the first rule, condition, `if` or calculated field of the page.
 *
 * @example
 * const evaluate = modelCode.value?.evaluateCondition; // undefined until loaded
 */
export const modelCode = once(() => import('./model-state.js'));

/** See the module documentation. */
export class FirstUse<S, F extends Feature<S> = Feature<S>> {
  /** Set by the first binding the code was not here for: resolves once everything applied. */
  ready?: Promise<void>;
  /** Every bound spec; the feature reads this set. */
  private specs = new Set<S>();
  /** The loaded code's feature: built by the first spec that needs it (or by the load). */
  feature?: F;

  constructor(
    private engine: FormEngine,
    private code: Once<FeatureCode<S, F>>,
    private what: string,
    /** The element a spec belongs to: a load failure is said before the first one. */
    private where: (spec: S) => Element | undefined,
  ) {}

  /**
   * Binds `spec`; returns its disposer. A spec that `needs` the code has it loaded (applied
   * once here); one that does not (a plain control) is only recorded for when it is.
   */
  add(spec: S, needs = true): () => void {
    this.specs.add(spec);
    if (this.feature) this.feature.add(spec);
    else if (needs && this.code.value) {
      this.feature = new this.code.value.Feature(this.engine, this.specs);
      // A mount decides everything at its end; a binding after it (an array item) now.
      if (!this.engine.mounting) this.feature.applyAll();
    } else if (needs) void this.load();
    return () => this.remove(spec);
  }

  /** Unbinds `spec` (its element left the form). */
  remove(spec: S): void {
    this.specs.delete(spec);
    this.feature?.remove(spec);
  }

  /** See {@link Feature.changed}. */
  changed(path: string): void {
    this.feature?.changed(path);
  }

  /** See {@link Feature.applyAll}. */
  applyAll(): void {
    this.feature?.applyAll();
  }

  /**
   * Loads the code once per form (`updateComplete` and `whenReady` wait), then applies it all.
   * A failure is logged and said in place (an alert before the first element that needed it, as
   * for a renderer that fails to load), and tried again by the next mount, not in a loop.
   */
  load(): Promise<void> {
    const engine = this.engine;
    if (this.ready) return this.ready;
    const ready = (this.ready = this.code.load().then(
      () => {
        (this.feature ??= new this.code.value!.Feature(engine, this.specs)).applyAll();
        engine.invalidate();
        engine.display.refresh();
      },
      (err: unknown) => {
        console.error(`<dui-form>: the ${this.what} could not be loaded`, err);
        const alert = Object.assign(document.createElement('p'), { className: 'error', role: 'alert' });
        alert.textContent = engine.options.t('form.loadFailed');
        const [first] = this.specs;
        if (first) this.where(first)?.before(alert);
      },
    ));
    if (engine.mounting) engine.loading.push(ready);
    else engine.options.onLoading?.(ready);
    return ready;
  }
}
