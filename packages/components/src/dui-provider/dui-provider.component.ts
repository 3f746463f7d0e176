import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { Actor, DuiBackend, Locale } from '@duikit/core';
import { resolveLocale } from '@duikit/core/base';
import { actorContext, backendContext, localeContext } from '../context/contexts.js';
import styles from './dui-provider.styles.js';

/**
 * Gives every DUI Kit element below it the backend, the actor and the locale (W3C context
 * protocol through `@lit/context`). Providers nest: an inner one overrides what it sets.
 *
 * @summary Provides backend, actor and locale to the DUI Kit screens below it.
 *
 * @slot - The screens (any DOM: elements find the provider through the context protocol).
 *
 * @example
 * <dui-provider locale="fr"><dui-task-inbox></dui-task-inbox></dui-provider>
 * <script type="module">
 *   const p = document.querySelector('dui-provider');
 *   p.backend = createInProcessBackend(engine, { actor, purpose: 'care' });
 *   p.actor = actor;
 * </script>
 */
export class DuiProvider extends LitElement {
  static override styles = styles;

  /** The backend the elements call. Set as a property (it is an object). */
  @provide({ context: backendContext })
  @property({ attribute: false })
  backend?: DuiBackend;

  /** The professional acting (display only: the backend enforces access). */
  @provide({ context: actorContext })
  @property({ attribute: false })
  actor?: Actor;

  /** Locale of every string and date below: `fr` (default) or `en`; `fr-FR`-style tags accepted. */
  @property({ reflect: true })
  locale: string = 'fr';

  /** @internal The normalised locale actually provided. */
  @provide({ context: localeContext })
  resolvedLocale: Locale = 'fr';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('locale')) this.resolvedLocale = resolveLocale(this.locale);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
