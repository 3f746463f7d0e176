/**
 * A reactive controller that gives a screen element the backend, the actor and the locale offered
 * by the nearest `<dui-provider>` (or any provider of the same contexts), and re-renders the host
 * when one of them changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Actor, DuiBackend, Locale, Translate } from '@duikit/core';
import { resolveLocale } from '@duikit/core/base';
import { actorContext, backendContext, localeContext } from '../context/contexts.js';
import { translator } from '../i18n/index.js';

/**
 * Reads the three provider contexts. A host element may override the locale with its own `lang`
 * attribute; otherwise the provider's, then the document's, then French.
 *
 * @example
 * class DuiX extends LitElement {
 *   private readonly screen = new ScreenContextController(this, () => this.load());
 *   render() { return html`${this.screen.t('screens.loading')}`; }
 * }
 */
export class ScreenContextController implements ReactiveController {
  private readonly backendConsumer: ContextConsumer<typeof backendContext, ReactiveElement>;
  private readonly actorConsumer: ContextConsumer<typeof actorContext, ReactiveElement>;
  private readonly localeConsumer: ContextConsumer<typeof localeContext, ReactiveElement>;
  private lastBackend?: DuiBackend;

  /**
   * @param host The element.
   * @param onBackendChange Called when a (new) backend arrives, e.g. to reload data.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly onBackendChange?: (backend: DuiBackend) => void,
  ) {
    host.addController(this);
    this.backendConsumer = new ContextConsumer(host, { context: backendContext, subscribe: true });
    this.actorConsumer = new ContextConsumer(host, { context: actorContext, subscribe: true });
    this.localeConsumer = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  /** The backend, or a host-set override (`element.backend = …`) when there is no provider. */
  get backend(): DuiBackend | undefined {
    return (this.host as { backend?: DuiBackend }).backend ?? this.backendConsumer.value;
  }

  /** The actor of the provider (display only: the backend enforces access). */
  get actor(): Actor | undefined {
    return this.actorConsumer.value ?? this.backend?.actor;
  }

  /** The effective locale. */
  get locale(): Locale {
    const own = this.host.getAttribute('lang');
    return resolveLocale(own || this.localeConsumer.value || document.documentElement.lang || 'fr');
  }

  /** The translate function for the effective locale. */
  get t(): Translate {
    return translator(this.locale);
  }

  hostUpdate(): void {
    const backend = this.backend;
    if (backend && backend !== this.lastBackend) {
      this.lastBackend = backend;
      this.onBackendChange?.(backend);
    }
  }
}
