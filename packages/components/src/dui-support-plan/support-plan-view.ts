/**
 * Read-only rendering of one support-plan version, used alone and for each side of a
 * comparison (where changed, added and removed values are marked in text, not colour only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, SupportPlan, Translate } from '@duikit/core';
import { formatDate, isPast } from '../controllers/index.js';
import { markOf, type PlanChanges } from './support-plan-diff.js';
import { serafinLabel } from './serafin.js';

/** What the view needs besides the plan. */
export interface PlanViewContext {
  t: Translate;
  locale: Locale;
  now: Date;
  changes?: PlanChanges;
  side?: 'left' | 'right';
  /** Prefix for element ids, unique per rendered plan. */
  idPrefix: string;
  /** Level of the section headings (objectives get the next one): 3 alone, 4 inside a comparison column. */
  level?: 3 | 4;
}

/** A heading of the given level (lit cannot bind a tag name without unsafeStatic). */
function heading(level: number, id: string | undefined, content: unknown): TemplateResult {
  if (level === 3) return html`<h3 id=${id ?? nothing}>${content}</h3>`;
  if (level === 4) return html`<h4 id=${id ?? nothing}>${content}</h4>`;
  return html`<h5 id=${id ?? nothing}>${content}</h5>`;
}

/** Wraps content with its change mark (a class plus a visually hidden word). */
function marked(ctx: PlanViewContext, pointer: string, content: unknown): TemplateResult {
  const mark = markOf(ctx.changes, pointer, ctx.side ?? 'right');
  if (!mark) return html`${content}`;
  const word = ctx.t(
    mark === 'added' ? 'plan.added' : mark === 'removed' ? 'plan.removedItem' : 'plan.changed',
  );
  return html`<span class="mark mark--${mark}" data-mark=${mark}>${content}<span class="sr-only"> (${word})</span></span>`;
}

/**
 * Renders a plan version.
 *
 * @example
 * renderPlan(plan, { t, locale, now: new Date(), idPrefix: 'v2' });
 */
export function renderPlan(plan: SupportPlan, ctx: PlanViewContext): TemplateResult {
  const { t, locale } = ctx;
  const h = (key: string, suffix: string) => heading(ctx.level ?? 3, `${ctx.idPrefix}-${suffix}`, t(key));
  return html`<div class="plan">
    <p>
      <span class="badge badge--${plan.status === 'agreed' ? 'success' : plan.status === 'disagreed' ? 'error' : 'info'}"
        >${t(`plan.status.${plan.status}`)}</span
      >
      <span class="muted">${t('plan.versionOf', { version: plan.version, date: formatDate(plan.createdAt, locale) })}</span>
    </p>
    <div class="part" data-part="exp">
      ${h('plan.expectations', 'exp')}
      <ul>
        ${plan.expectations.map(
          (e) => html`<li>
            ${marked(ctx, `/expectations/${e.id}/text`, e.text)}
            <span class="muted">— ${t('plan.expressedBy', { origin: t(`plan.origin.${e.origin}`) })}</span>
          </li>`,
        )}
      </ul>
    </div>
    <div class="part" data-part="needs">
      ${h('plan.needs', 'needs')}
      <ul>
        ${plan.needs.map((n) => html`<li>${marked(ctx, `/needs/${n.code}`, serafinLabel(n.code, locale))}</li>`)}
      </ul>
    </div>
    <div class="part" data-part="obj">
      ${h('plan.objectives', 'obj')} ${plan.objectives.map((o) => renderObjective(o, ctx))}
    </div>
    <div class="part" data-part="agr">
      ${h('plan.agreements', 'agr')}
      ${
        plan.agreements.length === 0
          ? html`<p class="muted">${t('plan.agreement.none')}</p>`
          : html`<ul>
            ${plan.agreements.map(
              (a) => html`<li data-agreement-entry>
                ${
                  a.representative
                    ? t('plan.agreement.for', {
                        name: a.representative.name,
                        mandate: t(`plan.agreement.mandate.${a.representative.mandate}`),
                      })
                    : t(`plan.agreement.${a.party}`)
                }
                :
                <strong>${t(a.agreed ? 'plan.agreement.agreed' : 'plan.agreement.disagreed')}</strong>
                ${
                  a.method
                    ? t('plan.agreement.via', { method: t(`plan.agreement.method.${a.method}`) })
                    : nothing
                }
                ${a.witness ? html`— ${t('plan.agreement.witnessed', { name: a.witness.name })}` : nothing}
                ${a.opinion ? html` — « ${a.opinion} »` : nothing}
                ${a.at ? html`<span class="muted">(${formatDate(a.at, locale)})</span>` : nothing}
              </li>`,
            )}
          </ul>`
      }
    </div>
    <div class="part" data-part="rev">
      ${h('plan.reviews', 'rev')}
      <ul>
        ${plan.reviews.map((r, i) => {
          const late = !r.done && isPast(r.date, ctx.now);
          return html`<li class=${late ? 'late' : ''}>
            ${marked(ctx, `/reviews/${i}/date`, formatDate(r.date, locale))} — ${t(`plan.review.${r.kind}`)}
            ${r.done ? html`<span class="badge badge--success">${t('plan.review.done')}</span>` : nothing}
            ${late ? html`<span class="badge badge--error">${t('plan.review.overdue')}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>
  </div>`;
}

function renderObjective(o: SupportPlan['objectives'][number], ctx: PlanViewContext): TemplateResult {
  const { t, locale } = ctx;
  const p = `/objectives/${o.id}`;
  const row = (key: string, field: string, value: unknown) =>
    value ? html`<dt>${t(key)}</dt><dd>${marked(ctx, `${p}/${field}`, value)}</dd>` : nothing;
  return html`<article class="objective" data-objective=${o.id}>
    ${heading((ctx.level ?? 3) + 1, undefined, marked(ctx, `${p}/title`, o.title))}
    <dl>
      ${row('plan.objective.needs', 'needCodes', o.needCodes.map((c) => serafinLabel(c, locale)).join(', '))}
      ${row('plan.objective.referent', 'referent', o.referent?.name)}
      ${row('plan.objective.start', 'startDate', formatDate(o.startDate, locale))}
      ${row('plan.objective.target', 'targetDate', formatDate(o.targetDate, locale))}
      ${row('plan.objective.expected', 'expectedResult', o.expectedResult)}
      ${row('plan.objective.opinion', 'personOpinion', o.personOpinion)}
    </dl>
    ${
      o.actions.length
        ? html`<p class="muted">${t('plan.actions')}</p>
          <ul>
            ${o.actions.map(
              (a) => html`<li>
                ${marked(ctx, `${p}/actions/${a.id}/title`, a.title)}
                ${a.serafinCode ? html`<span class="muted">(${serafinLabel(a.serafinCode, locale)})</span>` : nothing}
                ${a.frequency ? html` — ${marked(ctx, `${p}/actions/${a.id}/frequency`, a.frequency)}` : nothing}
              </li>`,
            )}
          </ul>`
        : nothing
    }
  </article>`;
}
