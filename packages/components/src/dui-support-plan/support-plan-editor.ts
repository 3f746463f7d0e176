/**
 * The editing form of a new support-plan version: expectations, SERAFIN-PH needs (searchable
 * picker), objectives with referent, dates, expected result, the person's opinion and actions,
 * and review dates. Plain render functions over a draft; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ExpectationOrigin, Locale, SupportPlanInput, Translate } from '@duikit/core';
import { serafinLabel, serafinOptions } from './serafin.js';

/** What the editor needs from the element. */
export interface EditorContext {
  t: Translate;
  locale: Locale;
  /** Applies a change to the draft (the element copies, mutates and re-renders). */
  update: (change: (draft: SupportPlanInput) => void) => void;
  needFilter: string;
  setNeedFilter: (value: string) => void;
  /** A refusal that names a field (JSON Pointer), shown next to it. */
  fieldError?: { path: string; message: string };
}

const ORIGINS: ExpectationOrigin[] = ['person', 'legalRepresentative', 'entourage', 'professional'];
let seq = 0;
/** A fresh id for a new item (unique within the page). */
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++seq}`;
const value = (e: Event) => (e.target as HTMLInputElement).value;

/** An input bound to a draft field, with the server's error when it names this field. */
function input(
  ctx: EditorContext,
  id: string,
  label: string,
  pointer: string,
  current: string | undefined,
  set: (d: SupportPlanInput, v: string) => void,
  type = 'text',
): TemplateResult {
  const err = ctx.fieldError?.path === pointer ? ctx.fieldError.message : undefined;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type=${type}
      .value=${current ?? ''}
      aria-invalid=${err ? 'true' : 'false'}
      aria-describedby=${err ? `${id}-err` : nothing}
      @change=${(e: Event) => ctx.update((d) => set(d, value(e)))}
    />
    ${err ? html`<span class="field-error" id="${id}-err">${err}</span>` : nothing}
  </div>`;
}

/**
 * Renders the editor for a draft.
 *
 * @example
 * renderEditor(this.draft, { t, locale, update: (fn) => this.change(fn), needFilter: '', setNeedFilter });
 */
export function renderEditor(draft: SupportPlanInput, ctx: EditorContext): TemplateResult {
  const { t } = ctx;
  return html`<div class="editor">
    <fieldset>
      <legend>${t('plan.expectations')}</legend>
      ${draft.expectations.map(
        (x, i) => html`<div class="row">
          ${input(ctx, `x-${i}-text`, t('plan.expectation.text'), `/expectations/${i}/text`, x.text, (d, v) => (d.expectations[i].text = v))}
          <div class="field">
            <label for="x-${i}-origin">${t('plan.expectation.origin')}</label>
            <select id="x-${i}-origin" @change=${(e: Event) => ctx.update((d) => (d.expectations[i].origin = value(e) as ExpectationOrigin))}>
              ${ORIGINS.map((o) => html`<option value=${o} ?selected=${o === x.origin}>${t(`plan.origin.${o}`)}</option>`)}
            </select>
          </div>
          <button
            type="button"
            aria-label=${`${t('plan.remove')} : ${x.text || t('plan.expectation.text')}`}
            @click=${() => ctx.update((d) => d.expectations.splice(i, 1))}
          >
            ${t('plan.remove')}
          </button>
        </div>`,
      )}
      <button type="button" @click=${() => ctx.update((d) => d.expectations.push({ id: newId('x'), text: '', origin: 'person' }))}>
        ${t('plan.addExpectation')}
      </button>
    </fieldset>
    ${renderNeedPicker(draft, ctx)} ${draft.objectives.map((o, i) => renderObjectiveEditor(draft, i, ctx))}
    <button type="button" @click=${() => ctx.update((d) => d.objectives.push({ id: newId('o'), title: '', needCodes: [], actions: [] }))}>
      ${t('plan.addObjective')}
    </button>
    <fieldset>
      <legend>${t('plan.reviews')}</legend>
      ${draft.reviews.map(
        (r, i) => html`<div class="row">
          ${input(ctx, `r-${i}-date`, t('plan.review.date'), `/reviews/${i}/date`, r.date, (d, v) => (d.reviews[i].date = v), 'date')}
          <div class="field">
            <label for="r-${i}-kind">${t('plan.review.kind')}</label>
            <select id="r-${i}-kind" @change=${(e: Event) => ctx.update((d) => (d.reviews[i].kind = value(e) as 'intermediate' | 'final'))}>
              ${(['intermediate', 'final'] as const).map(
                (k) => html`<option value=${k} ?selected=${k === r.kind}>${t(`plan.review.${k}`)}</option>`,
              )}
            </select>
          </div>
          <button
            type="button"
            aria-label=${`${t('plan.remove')} : ${t('plan.review.date')} ${r.date}`}
            @click=${() => ctx.update((d) => d.reviews.splice(i, 1))}
          >
            ${t('plan.remove')}
          </button>
        </div>`,
      )}
      <button type="button" @click=${() => ctx.update((d) => d.reviews.push({ date: '', kind: 'intermediate' }))}>
        ${t('plan.addReview')}
      </button>
    </fieldset>
  </div>`;
}

function renderNeedPicker(draft: SupportPlanInput, ctx: EditorContext): TemplateResult {
  const { t, locale } = ctx;
  const chosen = new Set(draft.needs.map((n) => n.code));
  const q = ctx.needFilter.trim().toLowerCase();
  const options = serafinOptions('1', locale).filter(
    (o) => !q || o.code.startsWith(q) || o.label.toLowerCase().includes(q) || chosen.has(o.code),
  );
  const toggle = (code: string, on: boolean) =>
    ctx.update((d) => {
      d.needs = on ? [...d.needs, { code }] : d.needs.filter((n) => n.code !== code);
    });
  return html`<fieldset class="picker" data-picker>
    <legend>${t('plan.picker')}</legend>
    <div class="field">
      <label for="need-search">${t('plan.picker.search')}</label>
      <input id="need-search" type="search" .value=${ctx.needFilter} @input=${(e: Event) => ctx.setNeedFilter(value(e))} />
    </div>
    <p class="muted" role="status">${t('plan.picker.selected', { count: chosen.size })}</p>
    <ul class="options">
      ${options.map(
        (o) => html`<li class="depth" data-depth=${Math.min(o.depth, 3)}>
          <label class="check">
            <input
              type="checkbox"
              value=${o.code}
              .checked=${chosen.has(o.code)}
              @change=${(e: Event) => toggle(o.code, (e.target as HTMLInputElement).checked)}
            />
            ${o.code} — ${o.label}
          </label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

function renderObjectiveEditor(draft: SupportPlanInput, i: number, ctx: EditorContext): TemplateResult {
  const { t, locale } = ctx;
  const o = draft.objectives[i];
  const p = `/objectives/${i}`;
  const services = [...serafinOptions('2', locale), ...serafinOptions('3', locale)];
  return html`<fieldset class="objective" data-objective-editor=${i}>
    <legend>${o.title || t('plan.objective.title')}</legend>
    ${input(ctx, `o-${i}-title`, t('plan.objective.title'), `${p}/title`, o.title, (d, v) => (d.objectives[i].title = v))}
    <fieldset>
      <legend>${t('plan.objective.needs')}</legend>
      ${draft.needs.map(
        (n) => html`<label class="check">
          <input
            type="checkbox"
            .checked=${o.needCodes.includes(n.code)}
            @change=${(e: Event) =>
              ctx.update((d) => {
                const codes = d.objectives[i].needCodes.filter((c) => c !== n.code);
                d.objectives[i].needCodes = (e.target as HTMLInputElement).checked
                  ? [...codes, n.code]
                  : codes;
              })}
          />
          ${serafinLabel(n.code, locale)}
        </label>`,
      )}
    </fieldset>
    <div class="row">
      ${input(ctx, `o-${i}-ref`, t('plan.objective.referent'), `${p}/referent`, o.referent?.name, (d, v) => {
        d.objectives[i].referent = v
          ? { id: d.objectives[i].referent?.id ?? newId('pro'), name: v }
          : undefined;
      })}
      ${input(ctx, `o-${i}-start`, t('plan.objective.start'), `${p}/startDate`, o.startDate, (d, v) => (d.objectives[i].startDate = v), 'date')}
      ${input(ctx, `o-${i}-target`, t('plan.objective.target'), `${p}/targetDate`, o.targetDate, (d, v) => (d.objectives[i].targetDate = v), 'date')}
    </div>
    ${input(ctx, `o-${i}-expected`, t('plan.objective.expected'), `${p}/expectedResult`, o.expectedResult, (d, v) => (d.objectives[i].expectedResult = v))}
    ${input(ctx, `o-${i}-opinion`, t('plan.objective.opinion'), `${p}/personOpinion`, o.personOpinion, (d, v) => (d.objectives[i].personOpinion = v))}
    <fieldset>
      <legend>${t('plan.actions')}</legend>
      ${o.actions.map(
        (a, j) => html`<div class="row">
          ${input(ctx, `o-${i}-a-${j}-title`, t('plan.action.title'), `${p}/actions/${j}/title`, a.title, (d, v) => (d.objectives[i].actions[j].title = v))}
          <div class="field">
            <label for="o-${i}-a-${j}-svc">${t('plan.action.service')}</label>
            <select id="o-${i}-a-${j}-svc" @change=${(e: Event) => ctx.update((d) => (d.objectives[i].actions[j].serafinCode = value(e) || undefined))}>
              <option value="">—</option>
              ${services.map((s) => html`<option value=${s.code} ?selected=${s.code === a.serafinCode}>${s.code} — ${s.label}</option>`)}
            </select>
          </div>
          ${input(ctx, `o-${i}-a-${j}-freq`, t('plan.action.frequency'), `${p}/actions/${j}/frequency`, a.frequency, (d, v) => (d.objectives[i].actions[j].frequency = v))}
          <button
            type="button"
            aria-label=${`${t('plan.remove')} : ${a.title || t('plan.action.title')}`}
            @click=${() => ctx.update((d) => d.objectives[i].actions.splice(j, 1))}
          >
            ${t('plan.remove')}
          </button>
        </div>`,
      )}
      <button type="button" @click=${() => ctx.update((d) => d.objectives[i].actions.push({ id: newId('a'), title: '' }))}>
        ${t('plan.addAction')}
      </button>
    </fieldset>
    <button
      type="button"
      class="danger"
      aria-label=${`${t('plan.remove')} : ${o.title || t('plan.objective.title')}`}
      @click=${() => ctx.update((d) => d.objectives.splice(i, 1))}
    >
      ${t('plan.remove')}
    </button>
  </fieldset>`;
}
