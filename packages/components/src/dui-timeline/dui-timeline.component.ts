import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DuiBackend, TimelineEntry, TimelineFilter, TimelineKind } from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  formatDate,
  renderCallState,
  restrictedMarker,
  text,
} from '../controllers/index.js';
import styles from './dui-timeline.styles.js';

const KINDS: readonly TimelineKind[] = ['transition', 'document', 'assessment', 'note'];

/**
 * A user file's history — workflow transitions, documents, assessments and notes — newest
 * first, with filters by kind and by period, dates in the locale (Europe/Paris). Entries the
 * actor may not read are listed with a "restricted" marker instead of their content.
 *
 * @summary The history of a user file, with filters.
 *
 * @csspart filters - The filter bar.
 * @csspart entry - One entry (`entry--<kind>` state token).
 *
 * @cssprop --dui-color-primary - The timeline rail and dots.
 *
 * @example
 * <dui-provider><dui-timeline file-id="uf-001" kinds="transition,document"></dui-timeline></dui-provider>
 */
export class DuiTimeline extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The user file whose history to show. */
  @property({ attribute: 'file-id' }) fileId = '';
  /** Kinds shown, comma-separated (`transition,document,assessment,note`); empty = all. */
  @property() kinds = '';
  /** First day shown (YYYY-MM-DD), inclusive. */
  @property() from = '';
  /** Last day shown (YYYY-MM-DD), inclusive. */
  @property() to = '';

  /** @internal */
  @state() private selected = new Set<TimelineKind>(KINDS);

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.reload());
  /** @internal */
  private readonly entries = new BackendCallController<TimelineEntry[]>(this, () =>
    this.fileId ? this.screen.backend?.getTimeline(this.fileId, this.filter()) : undefined,
  );

  /** Reloads the history with the current filters. */
  reload(): Promise<void> {
    return this.entries.run();
  }

  private filter(): TimelineFilter {
    return {
      ...(this.selected.size < KINDS.length ? { kinds: [...this.selected] } : {}),
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
    };
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('kinds')) {
      const list = this.kinds
        .split(',')
        .map((k) => k.trim())
        .filter((k): k is TimelineKind => (KINDS as readonly string[]).includes(k));
      this.selected = new Set(list.length ? list : KINDS);
    }
    const inputs = ['fileId', 'kinds', 'from', 'to'].some(
      (k) => changed.has(k) && changed.get(k) !== undefined,
    );
    if (inputs && this.screen.backend) void this.reload();
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.entries, t, () => void this.reload(), !!this.screen.backend);
    const list = [...(this.entries.value ?? [])].sort((a, b) => b.at.localeCompare(a.at));
    return html`<section aria-labelledby="tl-title">
      <h2 id="tl-title">${t('timeline.title')}</h2>
      ${this.renderFilters()}
      ${
        stateView ??
        html`<p class="muted" role="status">${t('timeline.count', { count: list.length })}</p>
        ${
          list.length === 0
            ? html`<p>${t('timeline.empty')}</p>`
            : html`<ol class="rail">
              ${list.map((e) => this.renderEntry(e))}
            </ol>`
        }`
      }
    </section>`;
  }

  private renderFilters() {
    const t = this.screen.t;
    return html`<div class="filters" part="filters">
      <fieldset class="kinds">
        <legend>${t('timeline.kinds')}</legend>
        ${KINDS.map(
          (k) => html`<label class="check">
            <input
              type="checkbox"
              name="kind"
              value=${k}
              .checked=${this.selected.has(k)}
              @change=${(e: Event) => this.toggle(k, (e.target as HTMLInputElement).checked)}
            />
            ${t(`timeline.kind.${k}`)}
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="from">${t('timeline.from')}</label>
        <input id="from" type="date" .value=${this.from} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="to">${t('timeline.to')}</label>
        <input id="to" type="date" .value=${this.to} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} />
      </div>
    </div>`;
  }

  private toggle(kind: TimelineKind, on: boolean) {
    const next = new Set(this.selected);
    if (on) next.add(kind);
    else next.delete(kind);
    this.selected = next;
    void this.reload();
  }

  private renderEntry(e: TimelineEntry) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    return html`<li class="entry entry--${e.kind}" part="entry entry--${e.kind}">
      <p class="when">
        <time datetime=${e.at}>${formatDate(e.at, locale, true)}</time>
        <span class="badge">${t(`timeline.kind.${e.kind}`)}</span>
      </p>
      ${
        e.restricted
          ? html`<p class="title">${text(e.title, locale)}</p>
            ${restrictedMarker(t, t('screens.restricted'))}`
          : html`<p class="title">${text(e.title, locale)}</p>
            ${e.detail ? html`<p>${e.detail}</p>` : nothing}`
      }
      ${
        e.actor
          ? html`<p class="muted">
            ${t(e.actor.roleTitle ? 'timeline.byWithRole' : 'timeline.by', {
              name: e.actor.name,
              role: text(e.actor.roleTitle, locale),
            })}
          </p>`
          : nothing
      }
    </li>`;
  }
}
