import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  AggirAdverb,
  AggirCombinationRules,
  AggirEvaluation,
  AggirItem,
  AggirItemAnswers,
  AggirVariable,
  DuiBackend,
} from '@duikit/core';
import {
  AGGIR_ADVERBS,
  AGGIR_ITEMS,
  DEFAULT_AGGIR_COMBINATION,
  DISCRIMINANT_VARIABLES,
  evaluateAggir,
  subVariablesOf,
} from '@duikit/core/client';
import { ScreenContextController, parisToday } from '../controllers/index.js';
import { emit } from '../events/emit.js';
import styles from './dui-aggir-grid.styles.js';
import './dui-aggir-grid.events.js';

/**
 * The AGGIR evaluation: the 17 discriminant items (the 10 variables, six of them split into
 * sub-variables) and the 7 illustrative variables, each rated through the four adverbs
 * (spontanément, totalement, habituellement, correctement) → A/B/C → the variables' letters
 * (through `rules`, a configuration) → the GIR of CASF annex 2-2, computed live with the
 * deciding group, its score and the rank.
 *
 * @summary The AGGIR grid with the GIR computed live.
 *
 * @event dui-aggir-change - A rating changed: `{ answers, evaluation }`.
 * @event dui-aggir-saved - The assessment was saved: `{ assessment }`.
 *
 * @csspart table - The grid table.
 * @csspart summary - The result panel (GIR, group, score, rank, variables).
 *
 * @cssprop --dui-color-primary - The GIR figure.
 *
 * @example
 * <dui-provider><dui-aggir-grid file-id="uf-001"></dui-aggir-grid></dui-provider>
 */
export class DuiAggirGrid extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The user file the assessment belongs to; without it, the grid computes but cannot save. */
  @property({ attribute: 'file-id' }) fileId = '';
  /** Ratings per item id (`toilette.haut`…); a copy is kept, the object passed is never mutated. */
  @property({ attribute: false }) answers: AggirItemAnswers = {};
  /** Sub-variable → variable combination rules ([K]: configurable; documented default). */
  @property({ attribute: false }) rules: AggirCombinationRules = DEFAULT_AGGIR_COMBINATION;
  /** Shows the ratings without controls. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Date of the assessment (YYYY-MM-DD); defaults to today. */
  @property() date = '';

  /** @internal */
  @state() private current: AggirItemAnswers = {};
  /** @internal */
  @state() private outcome?: { kind: 'ok' | 'error'; message: string };
  /** @internal */
  @state() private busy = false;

  /** @internal */
  private readonly screen = new ScreenContextController(this);

  /** The live evaluation of the current ratings. */
  get evaluation(): AggirEvaluation {
    return evaluateAggir(this.current, this.rules);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('answers')) this.current = structuredClone(this.answers ?? {});
    // The day in Paris, as the server counts it (after 23:00 UTC the UTC day is yesterday).
    if (!this.date) this.date = parisToday(new Date());
  }

  override render() {
    const t = this.screen.t;
    const ev = this.evaluation;
    const discriminant = AGGIR_ITEMS.filter((i) => i.kind === 'discriminant');
    const illustrative = AGGIR_ITEMS.filter((i) => i.kind === 'illustrative');
    return html`<section aria-labelledby="aggir-title">
      <h2 id="aggir-title">${t('aggir.title')}</h2>
      <div class="layout">
        <div class="scroll" tabindex="0" role="region" aria-label=${t('aggir.table')}>
          <table part="table">
            <caption>
              ${t('aggir.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('aggir.item')}</th>
                ${AGGIR_ADVERBS.map((a) => html`<th scope="col">${t(`aggir.adverb.${a}`)}</th>`)}
                <th scope="col">${t('aggir.letter')}</th>
                <th scope="col">${t('aggir.variableLetter')}</th>
              </tr>
            </thead>
            <tbody>
              <tr class="group">
                <th scope="colgroup" colspan="7">${t('aggir.discriminant')}</th>
              </tr>
              ${discriminant.map((item) => this.renderRow(item, ev))}
              <tr class="group">
                <th scope="colgroup" colspan="7">${t('aggir.illustrative')}</th>
              </tr>
              ${illustrative.map((item) => this.renderRow(item, ev))}
            </tbody>
          </table>
        </div>
        ${this.renderSummary(ev)}
      </div>
    </section>`;
  }

  private label(item: AggirItem): string {
    const t = this.screen.t;
    const name = t(`aggir.var.${item.variable}`);
    return item.sub ? `${name} (${t(`aggir.sub.${item.sub}`)})` : name;
  }

  private renderRow(item: AggirItem, ev: AggirEvaluation) {
    const t = this.screen.t;
    const answers = this.current[item.id] ?? {};
    const letter = ev.letters.items[item.id];
    const subs = item.kind === 'discriminant' ? subVariablesOf(item.variable as AggirVariable) : [];
    const first = subs.length === 0 || subs[0] === item.sub;
    const varLetter =
      item.kind === 'discriminant'
        ? ev.letters.variables[item.variable as AggirVariable]
        : ev.letters.illustrative[item.variable as keyof AggirEvaluation['letters']['illustrative']];
    const label = this.label(item);
    return html`<tr data-item=${item.id}>
      <th scope="row">
        ${
          item.sub
            ? html`${t(`aggir.var.${item.variable}`)} <span class="sub">(${t(`aggir.sub.${item.sub}`)})</span>`
            : label
        }
      </th>
      ${AGGIR_ADVERBS.map((adverb) => html`<td>${this.renderCell(item, adverb, answers[adverb], label)}</td>`)}
      <td class="letter ${letter ? `letter--${letter}` : ''}" data-letter>${letter ?? '—'}</td>
      ${
        first
          ? html`<td
            class="letter ${varLetter ? `letter--${varLetter}` : ''}"
            rowspan=${Math.max(subs.length, 1)}
            data-variable=${item.variable}
          >
            ${varLetter ?? '—'}
          </td>`
          : nothing
      }
    </tr>`;
  }

  private renderCell(item: AggirItem, adverb: AggirAdverb, value: boolean | undefined, label: string) {
    const t = this.screen.t;
    const name = t('aggir.cellLabel', { item: label, adverb: t(`aggir.adverb.${adverb}`) });
    if (this.readonly) {
      return html`<span aria-label=${name}>${value === undefined ? '—' : t(value ? 'aggir.answer.yes' : 'aggir.answer.no')}</span>`;
    }
    const v = value === undefined ? '' : value ? 'yes' : 'no';
    return html`<select
      aria-label=${name}
      data-adverb=${adverb}
      .value=${v}
      @change=${(e: Event) => this.rate(item.id, adverb, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${v === ''}>${t('aggir.answer.unset')}</option>
      <option value="yes" ?selected=${v === 'yes'}>${t('aggir.answer.yes')}</option>
      <option value="no" ?selected=${v === 'no'}>${t('aggir.answer.no')}</option>
    </select>`;
  }

  private renderSummary(ev: AggirEvaluation) {
    const t = this.screen.t;
    const r = ev.result;
    const canSave = !this.readonly && !!this.fileId && !!r && !this.busy;
    return html`<aside class="summary" part="summary" aria-labelledby="result-title">
      <h3 id="result-title" class="sr-only">${t('aggir.title')}</h3>
      <div aria-live="polite" aria-atomic="true" data-result>
        ${
          r
            ? html`<p class="gir">${t('aggir.result', { gir: r.gir })}</p>
              <p>${t('aggir.resultDetail', { group: r.group, score: r.score, rank: r.rank })}</p>`
            : html`<p>${t('aggir.missing', { count: ev.missing.length })}</p>`
        }
      </div>
      <dl class="vars">
        ${DISCRIMINANT_VARIABLES.map(
          (v) => html`<dt>${t(`aggir.var.${v}`)}</dt>
            <dd class="letter letter--${ev.letters.variables[v] ?? ''}">${ev.letters.variables[v] ?? '—'}</dd>`,
        )}
      </dl>
      ${
        this.readonly || !this.fileId
          ? nothing
          : html`<div class="save">
            <div class="field">
              <label for="date">${t('aggir.date')}</label>
              <input id="date" type="date" .value=${this.date} @change=${(e: Event) => (this.date = (e.target as HTMLInputElement).value)} />
            </div>
            <button type="button" class="primary" ?disabled=${!canSave} @click=${() => void this.save()}>
              ${t('aggir.save')}
            </button>
          </div>`
      }
      ${
        this.outcome
          ? html`<p class=${this.outcome.kind === 'ok' ? 'status' : 'alert'} role=${this.outcome.kind === 'ok' ? 'status' : 'alert'}>
            ${this.outcome.message}
          </p>`
          : nothing
      }
    </aside>`;
  }

  private rate(itemId: string, adverb: AggirAdverb, value: string) {
    const next = structuredClone(this.current);
    const item = { ...(next[itemId] ?? {}) };
    if (value === '') delete item[adverb];
    else item[adverb] = value === 'yes';
    next[itemId] = item;
    this.current = next;
    this.outcome = undefined;
    emit(this, 'dui-aggir-change', {
      answers: structuredClone(next),
      evaluation: evaluateAggir(next, this.rules),
    });
  }

  /** Saves the assessment through the backend (the engine recomputes and checks the GIR). */
  async save(): Promise<void> {
    const backend = this.screen.backend;
    const ev = this.evaluation;
    if (!backend || !this.fileId || !ev.result) return;
    const t = this.screen.t;
    this.busy = true;
    const result = await backend.saveAggir(this.fileId, {
      date: this.date,
      answers: structuredClone(this.current),
      letters: ev.letters,
      result: ev.result,
      // The engine recomputes with the rules the grid was rated with (checked, then kept with it).
      ...(this.rules === DEFAULT_AGGIR_COMBINATION ? {} : { rules: this.rules }),
    });
    this.busy = false;
    if (result.ok) {
      this.outcome = {
        kind: 'ok',
        message: t('aggir.saved', { gir: result.value.gir?.gir ?? ev.result.gir }),
      };
      emit(this, 'dui-aggir-saved', { assessment: result.value });
    } else {
      this.outcome = { kind: 'error', message: t('aggir.saveRefused', { message: result.error.message }) };
    }
  }
}
