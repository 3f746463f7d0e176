import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DuiBackend, SupportPlan, SupportPlanAgreement, SupportPlanInput } from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  parisToday,
  renderCallState,
} from '../controllers/index.js';
import { emit } from '../events/emit.js';
import { diffPlans } from './support-plan-diff.js';
import { renderEditor } from './support-plan-editor.js';
import { renderPlan } from './support-plan-view.js';
import {
  agreementInput,
  emptyAgreement,
  renderAgreement,
  type AgreementDraft,
} from './support-plan-agreement.js';
import styles from './dui-support-plan.styles.js';
import './dui-support-plan.events.js';

type Mode = 'view' | 'edit' | 'compare';

/**
 * The projet personnalisé: expectations, needs (SERAFIN-PH picker), objectives with referent
 * and dates, actions, the person's opinion and agreement, review dates. Versions are kept: a
 * change is saved as a new version, and any two versions can be compared side by side with
 * what changed, was added or removed marked in words (not colour only).
 *
 * @summary The support plan (projet personnalisé) with versions and comparison.
 *
 * @event dui-plan-saved - A new version was saved: `{ plan }`.
 * @event dui-plan-agreed - An opinion or agreement was recorded: `{ plan }`.
 *
 * @csspart toolbar - Version picker and mode buttons.
 * @csspart compare - The side-by-side comparison.
 *
 * @cssprop --dui-color-warning - Marks of changed values in a comparison.
 * @cssprop [--dui-serafin-indent=1rem] - Indentation of one SERAFIN-PH level in the pickers.
 *
 * @example
 * <dui-provider><dui-support-plan file-id="uf-001"></dui-support-plan></dui-provider>
 */
export class DuiSupportPlan extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The user file whose plan to show. */
  @property({ attribute: 'file-id' }) fileId = '';
  /** The clock for overdue reviews; defaults to now. */
  @property({ attribute: false }) now?: Date;

  /** `view` (one version), `compare` (two side by side) or `edit` (a new version). */
  @property({ reflect: true }) mode: Mode = 'view';
  /** @internal Version shown in view mode (latest by default). */
  @state() private selected?: number;
  /** @internal */
  @state() private left?: number;
  /** @internal */
  @state() private right?: number;
  /** @internal */
  @state() private draft?: SupportPlanInput;
  /** @internal */
  @state() private needFilter = '';
  /** @internal */
  @state() private outcome?: { kind: 'ok' | 'error'; message: string; path?: string };
  /** @internal */
  @state() private busy = false;
  /** @internal The agreement being recorded. */
  @state() private agreementDraft?: AgreementDraft;
  /** @internal */
  @state() private agreementError?: { path?: string; message: string };

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.reload());
  /** @internal */
  private readonly plans = new BackendCallController<SupportPlan[]>(this, () =>
    this.fileId ? this.screen.backend?.getSupportPlans(this.fileId) : undefined,
  );

  /** Reloads the versions. */
  reload(): Promise<void> {
    return this.plans.run();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (this.mode === 'edit' && !this.draft && this.plans.value) this.startEdit();
    if (changed.has('fileId') && changed.get('fileId') !== undefined && this.screen.backend)
      void this.reload();
  }

  private get versions(): SupportPlan[] {
    return [...(this.plans.value ?? [])].sort((a, b) => a.version - b.version);
  }

  private get latest(): SupportPlan | undefined {
    return this.versions.at(-1);
  }

  private ctx(idPrefix: string) {
    return { t: this.screen.t, locale: this.screen.locale, now: this.now ?? new Date(), idPrefix };
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.plans, t, () => void this.reload(), !!this.screen.backend);
    return html`<section aria-labelledby="plan-title">
      <h2 id="plan-title">${t('plan.title')}</h2>
      ${stateView ?? html`${this.renderToolbar()} ${this.renderOutcome()} ${this.renderBody()}`}
    </section>`;
  }

  private renderToolbar() {
    const t = this.screen.t;
    const versions = this.versions;
    const shown = this.selected ?? this.latest?.version;
    return html`<div class="toolbar" part="toolbar">
      ${
        versions.length && this.mode === 'view'
          ? html`<div class="field">
            <label for="version">${t('plan.version', { version: '' }).trim()}</label>
            <select id="version" @change=${(e: Event) => (this.selected = Number((e.target as HTMLSelectElement).value))}>
              ${versions.map(
                (p) => html`<option value=${p.version} ?selected=${p.version === shown}>
                  ${t('plan.version', { version: p.version })} — ${t(`plan.status.${p.status}`)}
                </option>`,
              )}
            </select>
          </div>`
          : nothing
      }
      ${
        this.mode !== 'edit'
          ? html`<button type="button" class="primary" data-action="edit" @click=${() => this.startEdit()}>${t('plan.edit')}</button>`
          : nothing
      }
      ${
        versions.length > 1 && this.mode !== 'edit'
          ? html`<button
            type="button"
            data-action="compare"
            aria-pressed=${this.mode === 'compare' ? 'true' : 'false'}
            @click=${() => this.toggleCompare()}
          >
            ${t('plan.compare')}
          </button>`
          : nothing
      }
    </div>`;
  }

  private renderOutcome() {
    if (!this.outcome) return nothing;
    const ok = this.outcome.kind === 'ok';
    return html`<p class=${ok ? 'status' : 'alert'} role=${ok ? 'status' : 'alert'}>${this.outcome.message}</p>`;
  }

  private renderBody() {
    const t = this.screen.t;
    if (this.mode === 'edit' && this.draft) {
      return html`<form @submit=${(e: Event) => (e.preventDefault(), void this.save())}>
        ${renderEditor(this.draft, {
          t,
          locale: this.screen.locale,
          update: (change) => this.change(change),
          needFilter: this.needFilter,
          setNeedFilter: (v) => (this.needFilter = v),
          fieldError: this.outcome?.path
            ? { path: this.outcome.path, message: this.outcome.message }
            : undefined,
        })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t('plan.save')}</button>
          <button type="button" @click=${() => this.cancelEdit()}>${t('screens.cancel')}</button>
        </div>
      </form>`;
    }
    const versions = this.versions;
    if (!versions.length) return html`<p>${t('plan.none')}</p>`;
    if (this.mode === 'compare') return this.renderCompare();
    const plan = versions.find((p) => p.version === (this.selected ?? this.latest!.version)) ?? this.latest!;
    return html`${renderPlan(plan, this.ctx('v'))} ${plan === this.latest ? this.renderAgreementForm(plan) : nothing}`;
  }

  private renderCompare() {
    const t = this.screen.t;
    const versions = this.versions;
    const l = versions.find((p) => p.version === this.left) ?? versions.at(-2)!;
    const r = versions.find((p) => p.version === this.right) ?? versions.at(-1)!;
    const changes = diffPlans(l, r);
    const picker = (id: string, label: string, value: number, set: (v: number) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => set(Number((e.target as HTMLSelectElement).value))}>
          ${versions.map((p) => html`<option value=${p.version} ?selected=${p.version === value}>${t('plan.version', { version: p.version })}</option>`)}
        </select>
      </div>`;
    return html`<div part="compare">
      <div class="toolbar">
        ${picker('left', t('plan.compare.left'), l.version, (v) => (this.left = v))}
        ${picker('right', t('plan.compare.right'), r.version, (v) => (this.right = v))}
      </div>
      <p role="status" data-changes>${changes.count ? t('plan.compare.changes', { count: changes.count }) : t('plan.compare.same')}</p>
      <div class="columns">
        <div data-side="left">
          <h3>${t('plan.version', { version: l.version })}</h3>
          ${renderPlan(l, { ...this.ctx('l'), changes, side: 'left', level: 4 })}
        </div>
        <div data-side="right">
          <h3>${t('plan.version', { version: r.version })}</h3>
          ${renderPlan(r, { ...this.ctx('r'), changes, side: 'right', level: 4 })}
        </div>
      </div>
    </div>`;
  }

  private renderAgreementForm(plan: SupportPlan) {
    const today = parisToday(this.now ?? new Date());
    return renderAgreement({
      t: this.screen.t,
      draft: this.agreementDraft ?? emptyAgreement(today),
      busy: this.busy,
      error: this.agreementError,
      update: (change) => {
        this.agreementDraft = { ...(this.agreementDraft ?? emptyAgreement(today)), ...change };
      },
      submit: () =>
        void this.agree(plan.version, agreementInput(this.agreementDraft ?? emptyAgreement(today))),
    });
  }

  private startEdit() {
    const base = this.latest;
    this.draft = structuredClone({
      expectations: base?.expectations ?? [],
      needs: base?.needs ?? [],
      objectives: base?.objectives ?? [],
      reviews: base?.reviews ?? [],
    });
    this.outcome = undefined;
    this.mode = 'edit';
  }

  private cancelEdit() {
    this.mode = 'view';
    this.draft = undefined;
    this.outcome = undefined;
  }

  private toggleCompare() {
    this.mode = this.mode === 'compare' ? 'view' : 'compare';
  }

  private change(change: (draft: SupportPlanInput) => void) {
    const next = structuredClone(this.draft!);
    change(next);
    this.draft = next;
  }

  /** Saves the draft as a new version (refused when someone saved another version meanwhile). */
  async save(): Promise<void> {
    const backend = this.screen.backend;
    if (!backend || !this.draft) return;
    const t = this.screen.t;
    this.busy = true;
    const result = await backend.saveSupportPlan(this.fileId, this.draft, this.latest?.version ?? null);
    this.busy = false;
    if (result.ok) {
      this.plans.value = [...(this.plans.value ?? []), result.value];
      this.selected = result.value.version;
      this.mode = 'view';
      this.draft = undefined;
      this.outcome = { kind: 'ok', message: t('plan.saved', { version: result.value.version }) };
      emit(this, 'dui-plan-saved', { plan: result.value });
    } else {
      this.outcome = {
        kind: 'error',
        message: t('plan.refused', { message: result.error.message }),
        path: result.error.path,
      };
    }
  }

  /** Records an opinion / agreement on a version. */
  async agree(version: number, agreement: SupportPlanAgreement): Promise<void> {
    const backend = this.screen.backend;
    if (!backend) return;
    this.busy = true;
    const result = await backend.agreeSupportPlan(this.fileId, version, agreement);
    this.busy = false;
    const t = this.screen.t;
    if (result.ok) {
      this.plans.value = (this.plans.value ?? []).map((p) => (p.version === version ? result.value : p));
      this.agreementDraft = undefined;
      this.agreementError = undefined;
      this.outcome = { kind: 'ok', message: t('plan.agreement.recorded') };
      emit(this, 'dui-plan-agreed', { plan: result.value });
    } else {
      this.agreementError = {
        message: t('plan.refused', { message: result.error.message }),
        ...(result.error.path ? { path: result.error.path } : {}),
      };
    }
  }
}
