/**
 * A feature of the form whose code loads on first use (rules with the condition evaluator,
 * calculated fields): the engine records what the mount binds, loads the code with the first
 * binding and hands everything over once it is here, so a form without the feature never
 * downloads it. Until then `changed` and `applyAll` do nothing: the load applies everything.
 * Kept tiny on purpose: every form carries it, used or not.
 *
 * @example
 * const rules = new FirstUse<RuleSpec>(engine, once(() => import('./conditions.js')), 'rules', (s) => s.node.el);
 * ctx.onDispose(rules.add({ rule, base: '', node }));
 * await rules.ready;
 */
import type { FormEngineApi as FormEngine } from './contracts.js';

/** What the loaded code does for one form, over the specs its {@link FirstUse} holds. */
export interface Feature<S> {
  /** A spec was bound after the code arrived: apply it. */
  add(spec: S): void;
  /** The value at `path` changed: re-evaluate what reads it. */
  changed(path: string): void;
  /** Re-evaluate everything (mount, data set by the host, code just loaded). */
  applyAll(applyPolicy: boolean): void;
}

/** A module loaded on first use: builds the feature of one form over its live set of specs. */
export interface FeatureCode<S> {
  Feature: new (engine: FormEngine, specs: ReadonlySet<S>) => Feature<S>;
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
 * Rules and the condition evaluator: one chunk (conditions.ts), loaded with the first rule or
 * condition of the page.
 *
 * @example
 * const evaluate = conditionCode.value?.evaluateCondition; // undefined until loaded
 */
export const conditionCode = once(() => import('./conditions.js'));

/** See the module documentation. */
export class FirstUse<S> {
  /** Set by the first binding the code was not here for: resolves once everything applied. */
  ready?: Promise<void>;
  /** Every bound spec; the feature reads this set. */
  private specs = new Set<S>();
  private feature?: Feature<S>;

  constructor(
    private engine: FormEngine,
    private code: Once<FeatureCode<S>>,
    private what: string,
    /** The element a spec belongs to: a load failure is said before the first one. */
    private where: (spec: S) => Element | undefined,
  ) {
    if (code.value) this.feature = new code.value.Feature(engine, this.specs);
  }

  /** Binds `spec` (applied at once when the code is here, else once it is); returns its disposer. */
  add(spec: S): () => void {
    this.specs.add(spec);
    if (this.feature) this.feature.add(spec);
    else void this.load();
    return () => this.specs.delete(spec);
  }

  /** See {@link Feature.changed}. */
  changed(path: string): void {
    this.feature?.changed(path);
  }

  /** See {@link Feature.applyAll}. */
  applyAll(applyPolicy: boolean): void {
    this.feature?.applyAll(applyPolicy);
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
        (this.feature ??= new this.code.value!.Feature(engine, this.specs)).applyAll(false);
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
