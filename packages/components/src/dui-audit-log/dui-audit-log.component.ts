import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  AuditEntryView,
  AuditFilter,
  AuditPage,
  BackendResult,
  DuiBackend,
  PersonRef,
  ProfessionalRef,
} from '@duikit/core';
import { ScreenContextController, formatDate, text } from '../controllers/index.js';
import { auditActionTitles } from '../i18n/audit-log.js';
import styles from './dui-audit-log.styles.js';

const unsupported = {
  ok: false,
  error: { code: 'unavailable', message: 'This backend has no audit view.' },
} as const;

/**
 * The audit trail of the actor's establishment, newest first: who did what, on whose file, with
 * which outcome, in sentences and titles (never codes); break-the-glass entries flagged with their
 * reason. Filters (person, professional, action, date range) form an accessible search form;
 * older entries load page by page (cursor).
 *
 * @summary The audit trail, newest first, with filters and paging.
 *
 * @csspart filters - The filter form (a search landmark).
 * @csspart table - The entries table.
 * @csspart entry - One row (`entry--refused`, `entry--break-glass` state tokens).
 * @csspart more - The button that loads older entries.
 *
 * @cssprop --dui-color-error - Refused entries and the break-the-glass flag.
 * @cssprop --dui-color-surface - Header row background.
 *
 * @example
 * <dui-provider><dui-audit-log .persons=${files}></dui-audit-log></dui-provider>
 */
export class DuiAuditLog extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** Persons offered by the person filter (the host's file list); else those seen in entries. */
  @property({ attribute: false }) persons?: PersonRef[];
  /** Entries per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** @internal The filter in force. */
  @state() private filter: AuditFilter = {};
  /** @internal Entries loaded so far, newest first. */
  @state() private entries: AuditEntryView[] = [];
  /** @internal Cursor of the next (older) page. */
  @state() private next?: string;
  /** @internal */
  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** @internal */
  @state() private message?: string;
  /** @internal */
  @state() private professionals: ProfessionalRef[] = [];
  /** @internal The date range is reversed. */
  @state() private rangeError = false;

  /** @internal Persons seen in entries, when the host gives none. */
  private seen = new Map<string, PersonRef>();
  /** @internal */
  private generation = 0;
  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.start());

  /** Reloads the first page with the current filter. */
  reload(): Promise<void> {
    return this.load(false);
  }

  private async start() {
    const backend = this.screen.backend;
    const pros = backend?.getProfessionals ? await backend.getProfessionals() : undefined;
    if (pros?.ok) this.professionals = pros.value;
    await this.load(false);
  }

  private async load(more: boolean) {
    const backend = this.screen.backend;
    if (!backend) return;
    const generation = ++this.generation;
    this.status = 'loading';
    const filter: AuditFilter = {
      ...this.filter,
      limit: this.pageSize,
      ...(more && this.next ? { cursor: this.next } : {}),
    };
    let r: BackendResult<AuditPage>;
    try {
      r = backend.getAudit ? await backend.getAudit(filter) : unsupported;
    } catch (e) {
      r = { ok: false, error: { code: 'unavailable', message: e instanceof Error ? e.message : String(e) } };
    }
    if (generation !== this.generation) return;
    if (!r.ok) {
      this.status = 'error';
      this.message = r.error.message;
      return;
    }
    this.entries = more ? [...this.entries, ...r.value.entries] : r.value.entries;
    this.next = r.value.next;
    for (const e of r.value.entries) if (e.person) this.seen.set(e.person.userFileId, e.person);
    this.status = 'ready';
    this.message = undefined;
  }

  override render() {
    const t = this.screen.t;
    if (!this.screen.backend) return html`<p class="alert" role="alert">${t('screens.noBackend')}</p>`;
    return html`<section aria-labelledby="audit-title">
      <h2 id="audit-title">${t('audit.title')}</h2>
      ${this.renderFilters()}
      ${this.message ? html`<div class="alert" role="alert"><p>${t('screens.error', { message: this.message })}</p></div>` : nothing}
      <p class="muted" role="status">
        ${this.status === 'loading' && this.entries.length === 0 ? t('screens.loading') : t('audit.count', { count: this.entries.length })}
      </p>
      ${this.entries.length === 0 ? (this.status === 'ready' ? html`<p>${t('audit.empty')}</p>` : nothing) : this.renderTable()}
      ${
        this.next
          ? html`<button type="button" part="more" class="more" aria-disabled=${this.status === 'loading' ? 'true' : 'false'}
              @click=${() => this.status !== 'loading' && void this.load(true)}>${t('audit.more')}</button>`
          : this.entries.length > 0 && this.status === 'ready'
            ? html`<p class="muted">${t('audit.end')}</p>`
            : nothing
      }
    </section>`;
  }

  private renderFilters() {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const persons = this.persons ?? [...this.seen.values()];
    const f = this.filter;
    const select = (id: string, label: string, value: string | undefined, options: [string, string][]) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} name=${id}>
          <option value="" ?selected=${!value}>${t('audit.all')}</option>
          ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
        </select>
      </div>`;
    const actions = Object.entries(auditActionTitles[locale]);
    return html`<form class="filters" part="filters" role="search" aria-labelledby="filters-title" novalidate @submit=${this.apply}>
      <h3 id="filters-title" class="sr-only">${t('audit.filters')}</h3>
      ${select(
        'person',
        t('audit.person'),
        f.userFileId,
        persons.map((p) => [p.userFileId, p.displayName]),
      )}
      ${select(
        'professional',
        t('audit.professional'),
        f.professionalId,
        this.professionals.map((p) => [
          p.id,
          p.roleTitle ? `${p.name} (${text(p.roleTitle, locale)})` : p.name,
        ]),
      )}
      ${select('action', t('audit.action'), f.actions?.[0], actions)}
      <div class="field">
        <label for="from">${t('audit.from')}</label>
        <input id="from" name="from" type="date" .value=${f.from ?? ''} />
      </div>
      <div class="field">
        <label for="to">${t('audit.to')}</label>
        <input id="to" name="to" type="date" .value=${f.to ?? ''} aria-describedby="range-error" />
      </div>
      <div class="buttons">
        <button type="submit" class="primary">${t('audit.apply')}</button>
        <button type="button" @click=${this.clear}>${t('audit.clear')}</button>
      </div>
      <p id="range-error" class="field-error" aria-live="polite">${this.rangeError ? t('audit.badRange') : ''}</p>
    </form>`;
  }

  private readonly apply = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    const value = (k: string) => (data.get(k) as string | null) || undefined;
    const from = value('from');
    const to = value('to');
    this.rangeError = !!from && !!to && from > to;
    if (this.rangeError) {
      this.renderRoot.querySelector<HTMLInputElement>('#to')?.focus();
      return;
    }
    const person = value('person');
    const professional = value('professional');
    const action = value('action');
    this.filter = {
      ...(person ? { userFileId: person } : {}),
      ...(professional ? { professionalId: professional } : {}),
      ...(action ? { actions: [action] } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    void this.load(false);
  };

  private readonly clear = () => {
    this.filter = {};
    this.rangeError = false;
    const form = this.renderRoot.querySelector('form');
    form?.reset();
    void this.load(false);
  };

  private renderTable() {
    const t = this.screen.t;
    return html`<div class="scroll">
      <table part="table">
        <caption class="sr-only">${t('audit.caption')}</caption>
        <thead>
          <tr>
            ${['when', 'who', 'what', 'person', 'detail', 'outcome'].map((k) => html`<th scope="col">${t(`audit.${k}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.entries.map((e) => this.renderEntry(e))}
        </tbody>
      </table>
    </div>`;
  }

  private renderEntry(e: AuditEntryView) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const flags = `${e.outcome === 'refused' ? 'entry--refused' : ''} ${e.breakGlass ? 'entry--break-glass' : ''}`;
    const categories = e.categories?.map((c) => text(c.title, locale)).join(', ');
    return html`<tr class="entry ${flags}" part="entry ${flags}" data-seq=${e.seq}>
      <td><time datetime=${e.at}>${formatDate(e.at, locale, true)}</time></td>
      <td>
        ${e.actor.name}
        ${e.actor.roleTitle ? html`<span class="muted">${text(e.actor.roleTitle, locale)}</span>` : nothing}
        ${e.actor.establishmentName ? html`<span class="muted">${text(e.actor.establishmentName, locale)}</span>` : nothing}
      </td>
      <td>
        ${text(e.actionTitle, locale)}
        ${e.breakGlass ? html`<span class="badge badge--error">${t('audit.breakGlass')}</span>` : nothing}
      </td>
      <td>${e.person?.displayName ?? '—'}</td>
      <td>
        ${text(e.summary, locale)}
        ${categories ? html`<span class="muted">${t('audit.categories', { categories })}</span>` : nothing}
        ${e.reason ? html`<span class="reason">${t('audit.reason', { reason: e.reason })}</span>` : nothing}
      </td>
      <td>
        <span class="badge ${e.outcome === 'refused' ? 'badge--error' : 'badge--success'}">
          ${t(e.outcome === 'refused' ? 'audit.refused' : 'audit.success')}
        </span>
      </td>
    </tr>`;
  }
}
