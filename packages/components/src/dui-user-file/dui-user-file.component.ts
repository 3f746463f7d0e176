import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  AssessmentSummary,
  DeadlineView,
  DuiBackend,
  EntourageMember,
  Guarded,
  IdentityView,
  StayView,
  UserFileGlance,
} from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  formatDate,
  isPast,
  relativeTime,
  renderCallState,
  restrictedMarker,
  text,
} from '../controllers/index.js';
import styles from './dui-user-file.styles.js';

/** The demo INS OID (FR Core): shown with a "demo" badge so nobody takes it for a real INS. */
const DEMO_OIDS = new Set(['1.2.250.1.213.1.4.10', '1.2.250.1.213.1.4.11']);

/**
 * A person's file at a glance: identity with the INS status, entourage (personne de confiance,
 * protection measure), current stay and contract, support-plan objectives, latest assessments
 * (GIR) and overdue deadlines. It shows only what the backend returns for the actor and puts a
 * "restricted" marker, with the reason, where a section is withheld.
 *
 * @summary A person's file at a glance, filtered for the actor.
 *
 * @csspart section - Each section card.
 * @csspart restricted - The marker of a withheld section.
 *
 * @cssprop --dui-color-surface - Section background.
 *
 * @example
 * <dui-provider><dui-user-file file-id="uf-001"></dui-user-file></dui-provider>
 */
export class DuiUserFile extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The user file to show. */
  @property({ attribute: 'file-id' }) fileId = '';
  /** The clock for "overdue"; defaults to now. */
  @property({ attribute: false }) now?: Date;

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.reload());
  /** @internal */
  private readonly file = new BackendCallController<UserFileGlance>(this, () =>
    this.fileId ? this.screen.backend?.getUserFile(this.fileId) : undefined,
  );

  /** Reloads the file. */
  reload(): Promise<void> {
    return this.file.run();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('fileId') && changed.get('fileId') !== undefined && this.screen.backend)
      void this.reload();
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.file, t, () => void this.reload(), !!this.screen.backend);
    if (stateView) return stateView;
    const f = this.file.value!;
    return html`<article aria-labelledby="file-title">
      <h2 id="file-title">${t('file.title', { person: f.person.displayName })}</h2>
      <div class="grid">
        ${this.section('identity', t('file.identity'), f.identity, (v) => this.identity(v))}
        ${this.section('entourage', t('file.entourage'), f.entourage, (v) => this.entourage(v))}
        ${this.section('stay', t('file.stay'), f.stay, (v) => this.stay(v))}
        ${this.section('objectives', t('file.objectives'), f.objectives, (v) => this.objectives(v))}
        ${this.section('assessments', t('file.assessments'), f.assessments, (v) => this.assessments(v))}
        ${this.section('deadlines', t('file.deadlines'), f.deadlines, (v) => this.deadlines(v))}
      </div>
    </article>`;
  }

  private section<T>(id: string, title: string, g: Guarded<T>, body: (v: T) => TemplateResult) {
    return html`<section class="card" part="section" aria-labelledby="s-${id}" data-section=${id}>
      <h3 id="s-${id}">${title}</h3>
      ${g.restricted ? restrictedMarker(this.screen.t, g.reason) : body(g.value)}
    </section>`;
  }

  private identity(v: IdentityView) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const badge = v.insStatus === 'QUAL' ? 'success' : v.insStatus === 'PROV' ? 'warning' : 'info';
    const row = (label: string, value: unknown) =>
      value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
    return html`<dl>
      ${row(t('file.birthName'), v.birthName)} ${row(t('file.firstNames'), v.firstNames.join(' '))}
      ${v.usedName && v.usedName !== v.birthName ? row(t('file.usedName'), v.usedName) : nothing}
      ${row(t('file.birthDate'), formatDate(v.birthDate, locale))} ${row(t('file.sex'), t(`file.sex.${v.sex}`))}
      ${row(t('file.birthPlace'), v.birthPlace)}
      <dt>${t('file.insStatus')}</dt>
      <dd><span class="badge badge--${badge}" data-ins-status=${v.insStatus}>${t(`file.ins.${v.insStatus}`)}</span></dd>
      ${
        v.ins
          ? html`<dt>${t('file.ins')}</dt>
            <dd>
              <span class="mono">${v.ins.value}</span>
              ${DEMO_OIDS.has(v.ins.oid) ? html` <span class="badge badge--warning">${t('file.ins.demo')}</span>` : nothing}
            </dd>`
          : nothing
      }
    </dl>`;
  }

  private entourage(list: EntourageMember[]) {
    const t = this.screen.t;
    if (list.length === 0) return html`<p class="muted">${t('file.entourage.empty')}</p>`;
    return html`<ul class="plain">
      ${list.map(
        (m) => html`<li>
          <strong>${t(`file.role.${m.role}`)}</strong> : ${m.name}${m.relationship ? ` (${m.relationship})` : ''}
          ${
            m.measure
              ? html`<br /><span class="muted"
                  >${
                    m.measure.endDate
                      ? t('file.measureUntil', {
                          measure: m.measure.type,
                          date: formatDate(m.measure.endDate, this.screen.locale),
                        })
                      : m.measure.type
                  }</span
                >`
              : nothing
          }
          ${m.phone ? html`<br /><span class="muted">${m.phone}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private stay(s: StayView | null) {
    const t = this.screen.t;
    if (!s) return html`<p class="muted">${t('file.stay.none')}</p>`;
    return html`<p>
        <span class="badge badge--info">${t(`file.stay.status.${s.status}`)}</span> ${s.establishment}
      </p>
      ${s.entryDate ? html`<p>${t('file.stay.entry', { date: formatDate(s.entryDate, this.screen.locale) })}</p>` : nothing}
      <p>
        ${
          s.contract
            ? html`${t(`file.contract.${s.contract.kind}`)} :
              <span class="badge ${s.contract.status === 'signed' ? 'badge--success' : 'badge--warning'}"
                >${t(`file.contract.${s.contract.status}`)}</span
              >`
            : t('file.contract.none')
        }
      </p>`;
  }

  private objectives(
    list: { id: string; title: string; targetDate?: string; referent?: { name: string } }[],
  ) {
    const t = this.screen.t;
    if (list.length === 0) return html`<p class="muted">${t('file.objectives.empty')}</p>`;
    return html`<ul class="plain">
      ${list.map(
        (o) => html`<li>
          ${o.title}
          <span class="muted">
            ${o.targetDate ? ` — ${t('file.objective.target', { date: formatDate(o.targetDate, this.screen.locale) })}` : ''}
            ${o.referent ? ` — ${t('file.objective.referent', { name: o.referent.name })}` : ''}
          </span>
        </li>`,
      )}
    </ul>`;
  }

  private assessments(list: AssessmentSummary[]) {
    const t = this.screen.t;
    if (list.length === 0) return html`<p class="muted">${t('file.assessments.empty')}</p>`;
    const latest = [...list].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3);
    return html`<ul class="plain">
      ${latest.map(
        (a) => html`<li>
          ${a.label ?? t(`file.assessment.${a.type}`)}, ${formatDate(a.date, this.screen.locale)} :
          ${a.gir ? html`<strong class="gir">${t('file.assessment.gir', { gir: a.gir.gir })}</strong>` : nothing}
          <span class="muted">(${t(`file.assessment.status.${a.status}`)})</span>
        </li>`,
      )}
    </ul>`;
  }

  private deadlines(list: DeadlineView[]) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const clock = this.now ?? new Date();
    const overdue = list.filter(
      (d) => d.status === 'overdue' || (d.status === 'pending' && isPast(d.dueAt, clock)),
    );
    if (overdue.length === 0) return html`<p class="muted">${t('file.deadlines.empty')}</p>`;
    return html`<ul class="plain">
      ${overdue.map(
        (d) => html`<li class="overdue">
          ${text(d.label, locale)} — ${formatDate(d.dueAt, locale)} (${relativeTime(d.dueAt, clock, locale)})
          ${d.basis ? html`<span class="muted">${d.basis}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
  }
}
