import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type {
  BackendResult,
  CareTeamMemberView,
  CareTeamView,
  DuiBackend,
  ProfessionalRef,
} from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  formatDate,
  renderCallState,
  text,
} from '../controllers/index.js';
import { emit } from '../events/emit.js';
import styles from './dui-care-team.styles.js';
import './dui-care-team.events.js';

const unsupported: BackendResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'This backend has no care teams (getCareTeam is missing).' },
};

/**
 * A file's care team: each member with the title of their role, since / until dates, a « par
 * défaut » mark for members the establishment's configuration adds to every file, and what each
 * may do per data category, as a table. A professional allowed to manage the team adds a member
 * from the establishment's candidates and removes one after confirming; others read who to ask.
 * A refusal shows the backend's sentence.
 *
 * @summary Who is in a file's care team, and what each member may do.
 *
 * @event dui-care-team-change - A member was added or removed: `{ userFileId, team }`.
 *
 * @csspart table - The members table, and the table of what each may do.
 * @csspart access - The table of what each member may do per data category.
 * @csspart add - The form that adds a member.
 * @csspart dialog - The removal confirmation.
 *
 * @cssprop --dui-color-success - The « may change » mark.
 * @cssprop --dui-color-surface - Header row background.
 *
 * @example
 * <dui-provider><dui-care-team file-id="uf-001"></dui-care-team></dui-provider>
 */
export class DuiCareTeam extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The user file whose team to show. */
  @property({ attribute: 'file-id' }) fileId = '';

  /** @internal Last outcome. */
  @state() private outcome?: { kind: 'ok' | 'error'; message: string };
  /** @internal Member waiting for removal confirmation. */
  @state() private removing?: CareTeamMemberView;
  /** @internal A change is in flight. */
  @state() private busy = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('#candidate') private candidate?: HTMLSelectElement;
  @query('#until') private until?: HTMLInputElement;
  @query('.outcome') private outcomeEl?: HTMLElement;

  /** @internal */
  private opener?: HTMLElement;
  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.reload());
  /** @internal */
  private readonly team = new BackendCallController<CareTeamView>(this, () => {
    const backend = this.screen.backend;
    if (!this.fileId || !backend) return undefined;
    return backend.getCareTeam ? backend.getCareTeam(this.fileId) : Promise.resolve(unsupported);
  });

  /** Reloads the team. */
  reload(): Promise<void> {
    return this.team.run();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('fileId') && changed.get('fileId') !== undefined && this.screen.backend) {
      this.outcome = undefined;
      void this.reload();
    }
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.team, t, () => void this.reload(), !!this.screen.backend);
    const view = this.team.value;
    const locale = this.screen.locale;
    return html`<section aria-labelledby="team-title">
      <h2 id="team-title">${t('team.title')}</h2>
      ${
        this.outcome
          ? html`<p class="outcome ${this.outcome.kind === 'ok' ? 'status' : 'alert'}" tabindex="-1"
              role=${this.outcome.kind === 'ok' ? 'status' : 'alert'}>${this.outcome.message}</p>`
          : nothing
      }
      ${
        stateView ??
        html`${this.renderTable(view!)}
        ${
          view!.canManage
            ? this.renderAdd(view!)
            : html`<p class="muted">${t('team.managers', {
                managers: view!.managers.map((m) => text(m, locale)).join(', '),
              })}</p>`
        }`
      }
      ${this.renderDialog()}
    </section>`;
  }

  private renderTable(view: CareTeamView) {
    const t = this.screen.t;
    if (view.members.length === 0) return html`<p>${t('team.empty')}</p>`;
    return html`<div class="scroll">
        <table part="table" data-table="members">
          <caption>${t('team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('team.member')}</th>
              <th scope="col">${t('team.role')}</th>
              <th scope="col">${t('team.since')}</th>
              <th scope="col">${t('team.until')}</th>
              ${view.canManage ? html`<th scope="col"><span class="sr-only">${t('team.actions')}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${view.members.map((m) => this.renderMember(m, view.canManage))}
          </tbody>
        </table>
      </div>
      ${this.renderAccess(view)}`;
  }

  /** What each member may do: one row per data category, one column per member. */
  private renderAccess(view: CareTeamView) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const categories = view.members[0].access;
    return html`<div class="scroll">
      <table part="table access" data-table="access">
        <caption>${t('team.accessCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('team.category')}</th>
            ${view.members.map((m) => html`<th scope="col">${m.professional.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${categories.map(
            (c) => html`<tr>
              <th scope="row">${text(c.title, locale)}</th>
              ${view.members.map((m) => {
                const a = m.access.find((x) => x.category === c.category);
                const level = a?.write ? 'write' : a?.read ? 'read' : 'none';
                return html`<td class="access access--${level}" data-member=${m.professional.id} data-category=${c.category}>
                  ${t(`team.access.${level}`)}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderMember(m: CareTeamMemberView, canManage: boolean) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const p = m.professional;
    return html`<tr data-member=${p.id}>
      <th scope="row">
        ${p.name}
        ${m.byDefault ? html` <span class="badge badge--info" title=${t('team.byDefaultHelp')}>${t('team.byDefault')}</span>` : nothing}
      </th>
      <td>${text(p.roleTitle, locale)}</td>
      <td>${m.since ? html`<time datetime=${m.since}>${formatDate(m.since, locale)}</time>` : '—'}</td>
      <td>${m.until ? html`<time datetime=${m.until}>${formatDate(m.until, locale)}</time>` : t('team.noEnd')}</td>
      ${
        canManage
          ? html`<td>
            <button
              type="button"
              class="danger"
              aria-label=${t('team.removeLabel', { name: p.name })}
              aria-haspopup="dialog"
              ?disabled=${this.busy}
              @click=${(e: Event) => this.askRemove(m, e.currentTarget as HTMLElement)}
            >
              ${t('team.remove')}
            </button>
          </td>`
          : nothing
      }
    </tr>`;
  }

  private renderAdd(view: CareTeamView) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    if (view.candidates.length === 0) return html`<p class="muted">${t('team.noCandidate')}</p>`;
    const label = (p: ProfessionalRef) => (p.roleTitle ? `${p.name} — ${text(p.roleTitle, locale)}` : p.name);
    return html`<form class="add" part="add" novalidate aria-labelledby="add-title" @submit=${this.add}>
      <h3 id="add-title">${t('team.addTitle')}</h3>
      <div class="fields">
        <div class="field">
          <label for="candidate">${t('team.candidate')}</label>
          <select id="candidate" required>
            <option value="">${t('team.choose')}</option>
            ${view.candidates.map((p) => html`<option value=${p.id}>${label(p)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="until">${t('team.untilOptional')}</label>
          <input id="until" type="date" />
        </div>
        <button type="submit" class="primary" ?disabled=${this.busy}>${t('team.add')}</button>
      </div>
    </form>`;
  }

  private renderDialog() {
    const t = this.screen.t;
    const name = this.removing?.professional.name ?? '';
    return html`<dialog part="dialog" aria-labelledby="remove-title" aria-describedby="remove-text" @close=${this.closed}>
      <h3 id="remove-title">${t('team.confirmTitle', { name })}</h3>
      <p id="remove-text">${t('team.confirmText', { name })}</p>
      <div class="dialog-actions">
        <button type="button" data-cancel @click=${() => this.dialog?.close()}>${t('screens.cancel')}</button>
        <button type="button" class="danger" data-confirm @click=${() => void this.removeMember()}>${t('team.confirm')}</button>
      </div>
    </dialog>`;
  }

  private askRemove(m: CareTeamMemberView, button: HTMLElement) {
    this.removing = m;
    this.opener = button;
    this.dialog?.showModal();
  }

  private readonly closed = () => {
    this.removing = undefined;
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
  };

  private async removeMember() {
    const m = this.removing;
    const backend = this.screen.backend;
    if (!m || !backend?.removeCareTeamMember) return;
    this.opener = undefined;
    this.dialog?.close();
    const name = m.professional.name;
    await this.change(backend.removeCareTeamMember(this.fileId, m.professional.id), 'team.removed', name);
  }

  private readonly add = async (e: Event) => {
    e.preventDefault();
    const backend = this.screen.backend;
    const id = this.candidate?.value ?? '';
    const t = this.screen.t;
    if (!id) {
      this.outcome = { kind: 'error', message: t('team.chooseFirst') };
      this.candidate?.focus();
      return;
    }
    if (!backend?.addCareTeamMember) return;
    const until = this.until?.value;
    const name = this.team.value?.candidates.find((c) => c.id === id)?.name ?? '';
    await this.change(
      backend.addCareTeamMember(this.fileId, { professionalId: id, ...(until ? { until } : {}) }),
      'team.added',
      name,
    );
  };

  /** Applies a change's answer: the new team, or the backend's sentence. */
  private async change(call: Promise<BackendResult<CareTeamView>>, okKey: string, name: string) {
    const t = this.screen.t;
    this.busy = true;
    let r: BackendResult<CareTeamView>;
    try {
      r = await call;
    } catch (err) {
      r = {
        ok: false,
        error: { code: 'unavailable', message: err instanceof Error ? err.message : String(err) },
      };
    }
    this.busy = false;
    if (r.ok) {
      this.team.value = r.value;
      this.outcome = { kind: 'ok', message: t(okKey, { name }) };
      emit(this, 'dui-care-team-change', { userFileId: this.fileId, team: r.value });
    } else {
      this.outcome = { kind: 'error', message: t('team.refused', { message: r.error.message }) };
    }
    await this.updateComplete;
    this.outcomeEl?.focus();
  }
}
