/**
 * One block of `<dui-workflow-step>`: a step's deadline, its task form and its actions. A plain
 * state is one block; a parallel state is one block per region (with the region's title, or the
 * sentence that it is done) plus one for the events that belong to no region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormDefinition, Locale, RegionView, StepEvent, StepView, Translate } from '@duikit/core';
import { formatDate, isPast, relativeTime, text } from '../controllers/index.js';
import { localizeSchema, localizeUiSchema } from '../controllers/localize-schema.js';
import type { FormError } from '../events/dui-form-events.js';

/** What a block shows: its key (`''` or the region id), step, events and, for a region, title. */
export interface Block {
  key: string;
  step?: StepView;
  events: StepEvent[];
  region?: RegionView;
}

/** A loaded (or loading, or failed) form definition. */
export type FormSlot =
  { status: 'loading' } | { status: 'ready'; value: FormDefinition } | { status: 'error'; message: string };

/** What the element lends the block renderer. */
export interface BlockContext {
  t: Translate;
  locale: Locale;
  now: Date;
  busy: boolean;
  /** The instance is in a parallel state (the top block then holds the process-wide actions). */
  parallel: boolean;
  form: (ref: string) => FormSlot | undefined;
  draft: (key: string) => Record<string, unknown>;
  errors: (key: string) => FormError[];
  onChange: (key: string, data: Record<string, unknown>) => void;
  onSaveDraft: (block: Block) => void;
  onEvent: (block: Block, ev: StepEvent, button: HTMLElement) => void;
}

/** A safe id fragment for a block key (region ids hold dots). */
export const blockId = (key: string) => (key ? key.replace(/[^A-Za-z0-9_-]/g, '-') : 'main');

/**
 * Renders a block; `level` is the heading level of its own title (regions) or of its sections.
 *
 * @example
 * renderBlock({ key: '', step, events }, ctx, 3);
 */
export function renderBlock(block: Block, ctx: BlockContext, level: 3 | 4): TemplateResult {
  const { region } = block;
  const id = blockId(block.key);
  if (!region) {
    return html`${block.step ? renderDeadline(block.step.dueAt, ctx) : nothing}
    ${block.step ? renderForm(block, ctx, level) : nothing} ${renderEvents(block, ctx, level)}`;
  }
  const title = text(region.title, ctx.locale);
  return html`<section class="region ${region.done ? 'region--done' : ''}" part="region" aria-labelledby="r-${id}" data-region=${region.id}>
    <h3 id="r-${id}">${title}</h3>
    ${
      region.done
        ? html`<p class="region__done">
          <span class="badge badge--success">${ctx.t('step.regionDone')}</span>
          ${ctx.t('step.regionDoneText', { region: title })}
        </p>`
        : html`${block.step ? html`<p class="region__step">${text(block.step.title, ctx.locale)}</p>` : nothing}
          ${block.step ? renderDeadline(block.step.dueAt, ctx) : nothing}
          ${block.step ? renderForm(block, ctx, 4) : nothing} ${renderEvents(block, ctx, 4)}`
    }
  </section>`;
}

function heading(level: 3 | 4, id: string, content: string) {
  return level === 3 ? html`<h3 id=${id}>${content}</h3>` : html`<h4 id=${id}>${content}</h4>`;
}

function renderDeadline(dueAt: string | undefined, ctx: BlockContext) {
  const { t, locale } = ctx;
  if (!dueAt) return html`<p class="deadline muted" part="deadline">${t('step.noDeadline')}</p>`;
  const overdue = isPast(dueAt, ctx.now);
  const params = { date: formatDate(dueAt, locale), relative: relativeTime(dueAt, ctx.now, locale) };
  return html`<p class="deadline ${overdue ? 'deadline--overdue' : ''}" part="deadline ${overdue ? 'deadline--overdue' : ''}">
    ${t(overdue ? 'step.overdue' : 'step.deadline', params)}
  </p>`;
}

function renderForm(block: Block, ctx: BlockContext, level: 3 | 4) {
  const { t, locale } = ctx;
  const ref = block.step?.form;
  if (!ref) return nothing;
  const slot = ctx.form(ref);
  if (slot?.status === 'error') {
    return html`<p class="alert" role="alert">${t('screens.error', { message: slot.message })}</p>`;
  }
  if (slot?.status !== 'ready') return html`<p role="status">${t('screens.loading')}</p>`;
  const def = slot.value;
  const id = `form-${blockId(block.key)}`;
  // A region landmark named by the form's title: people (and journeys) find the form by it.
  return html`<section class="task-form" aria-labelledby=${id}>
    ${heading(level, id, text(def.title, locale) || t('step.formTitle'))}
    <dui-form
      no-submit
      data-block=${block.key}
      locale=${locale}
      .schema=${localizeSchema(def.schema, locale)}
      .uischema=${def.uischema ? localizeUiSchema(def.uischema, locale) : undefined}
      .data=${ctx.draft(block.key)}
      .additionalErrors=${ctx.errors(block.key)}
      @dui-change=${(e: CustomEvent<{ data: unknown }>) => ctx.onChange(block.key, e.detail.data as Record<string, unknown>)}
    ></dui-form>
    <div class="form-actions">
      <button type="button" ?disabled=${ctx.busy} @click=${() => ctx.onSaveDraft(block)}>${t('step.saveDraft')}</button>
    </div>
  </section>`;
}

function renderEvents(block: Block, ctx: BlockContext, level: 3 | 4) {
  const { t } = ctx;
  const id = `actions-${blockId(block.key)}`;
  if (block.region && block.events.length === 0) return nothing;
  const title = block.key === '' && ctx.parallel ? t('step.globalActions') : t('step.actions');
  return html`<div class="actions" role="group" aria-labelledby=${id}>
    ${heading(level, id, title)}
    ${
      block.events.length === 0
        ? html`<p>${t('step.noActions')}</p>`
        : html`<ul class="events">
          ${block.events.map((ev) => renderEvent(block, ev, ctx))}
        </ul>`
    }
  </div>`;
}

function renderEvent(block: Block, ev: StepEvent, ctx: BlockContext) {
  const { t, locale } = ctx;
  const note = `${ev.allowed ? 'irr' : 'why'}-${blockId(block.key)}-${ev.type}`;
  const reserved = ev.roleTitles?.length
    ? t('step.reservedTo', { roles: ev.roleTitles.map((r) => text(r, locale)).join(', ') })
    : '';
  return html`<li>
    <button
      type="button"
      part="event"
      class=${ev.irreversible ? 'danger' : 'primary'}
      aria-disabled=${ev.allowed && !ctx.busy ? 'false' : 'true'}
      aria-haspopup=${ev.allowed && (ev.payload || ev.irreversible) ? 'dialog' : nothing}
      aria-describedby=${ev.allowed ? (ev.irreversible ? note : nothing) : note}
      data-event=${ev.type}
      @click=${(e: Event) => ctx.onEvent(block, ev, e.currentTarget as HTMLElement)}
    >
      ${text(ev.label, locale)}
    </button>
    ${
      ev.allowed
        ? ev.irreversible
          ? html`<span class="muted" id=${note}>${t('step.irreversible')}</span>`
          : nothing
        : html`<span class="muted" id=${note}>${t('step.notAllowed', { reason: ev.reason ?? reserved })}</span>`
    }
  </li>`;
}
