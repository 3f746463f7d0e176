import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DuiBackend, TaskStatus, TaskSummary } from '@duikit/core';
import {
  BackendCallController,
  ScreenContextController,
  formatDate,
  relativeTime,
  renderCallState,
  text,
} from '../controllers/index.js';
import { emit } from '../events/emit.js';
import { effectiveStatus, filterTasks, sortTasks, type InboxFilters } from './sort-tasks.js';
import styles from './dui-task-inbox.styles.js';
import './dui-task-inbox.events.js';

/**
 * The actor's tasks across user files: workflow step, person and due date, overdue first, with
 * filters (workflow, person, status) and keyboard navigation (arrows, Home, End, Enter).
 *
 * @summary The actor's task inbox, overdue first.
 *
 * @event dui-task-open - The user opened a task; `detail.task` is the {@link TaskSummary}.
 *
 * @csspart list - The list of tasks.
 * @csspart task - One task button (with `task--open`, `task--overdue`, `task--done` state tokens).
 * @csspart filters - The filter bar.
 *
 * @cssprop --dui-color-error - Marker of overdue tasks.
 * @cssprop --dui-color-primary - Buttons and focus.
 *
 * @example
 * <dui-provider><dui-task-inbox status="overdue"></dui-task-inbox></dui-provider>
 */
export class DuiTaskInbox extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** Filter: workflow id (empty = all). */
  @property() workflow = '';
  /** Filter: user-file id of the person (empty = all). */
  @property() person = '';
  /** Filter: `open`, `overdue`, `done` (empty = all). */
  @property() status: '' | TaskStatus = '';
  /** The clock used for "overdue" and "in 3 days"; defaults to now (set it in tests and stories). */
  @property({ attribute: false }) now?: Date;

  /** @internal Index of the task that has the roving tab stop. */
  @state() private active = 0;

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.tasks.run());
  /** @internal */
  private readonly tasks = new BackendCallController<TaskSummary[]>(this, () =>
    this.screen.backend?.getTasks(),
  );

  /** Reloads the tasks from the backend. */
  reload(): Promise<void> {
    return this.tasks.run();
  }

  private get clock(): Date {
    return this.now ?? new Date();
  }

  private visible(): TaskSummary[] {
    const filters: InboxFilters = { workflow: this.workflow, person: this.person, status: this.status };
    return sortTasks(filterTasks(this.tasks.value ?? [], filters, this.clock), this.clock);
  }

  override render() {
    const t = this.screen.t;
    const stateView = renderCallState(this.tasks, t, () => void this.reload(), !!this.screen.backend);
    const all = this.tasks.value ?? [];
    const tasks = this.visible();
    if (this.active >= tasks.length) this.active = Math.max(0, tasks.length - 1);
    return html`<section aria-labelledby="title">
      <h2 id="title">${t('inbox.title')}</h2>
      ${
        stateView ??
        html`${this.renderFilters(all)}
        <p class="muted" role="status">${t('inbox.count', { count: tasks.length, total: all.length })}</p>
        ${
          tasks.length === 0
            ? html`<p>${t('inbox.empty')}</p>`
            : html`<p class="sr-only" id="help">${t('inbox.help')}</p>
              <ul class="list" part="list" aria-describedby="help" @keydown=${this.onKeydown}>
                ${tasks.map((task, i) => this.renderTask(task, i))}
              </ul>`
        }`
      }
    </section>`;
  }

  private renderFilters(all: TaskSummary[]) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const workflows = new Map(all.map((x) => [x.workflow.id, text(x.workflow.title, locale)]));
    const persons = new Map(all.map((x) => [x.person.userFileId, x.person.displayName]));
    const select = (id: string, label: string, value: string, options: [string, string][], key: string) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${value} @change=${(e: Event) => this.setFilter(key, e)}>
          <option value="" ?selected=${value === ''}>${t('screens.all')}</option>
          ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
        </select>
      </div>`;
    return html`<fieldset class="filters" part="filters">
      <legend class="sr-only">${t('inbox.filters')}</legend>
      ${select('f-workflow', t('inbox.filter.workflow'), this.workflow, [...workflows], 'workflow')}
      ${select('f-person', t('inbox.filter.person'), this.person, [...persons], 'person')}
      ${select(
        'f-status',
        t('inbox.filter.status'),
        this.status,
        (['overdue', 'open', 'done'] as const).map((s) => [s, t(`inbox.status.${s}`)]),
        'status',
      )}
    </fieldset>`;
  }

  private renderTask(task: TaskSummary, i: number) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const status = effectiveStatus(task, this.clock);
    const step = text(task.step.title, locale);
    const due = task.dueAt
      ? t('inbox.due', {
          date: formatDate(task.dueAt, locale),
          relative: relativeTime(task.dueAt, this.clock, locale),
        })
      : t('inbox.noDue');
    const badge = status === 'overdue' ? 'error' : status === 'done' ? 'success' : 'info';
    return html`<li>
      <button
        type="button"
        class="task task--${status}"
        part="task task--${status}"
        data-index=${i}
        tabindex=${i === this.active ? 0 : -1}
        @click=${() => this.open(task, i)}
        @focus=${() => (this.active = i)}
      >
        <span class="task__step">${step}</span>
        <span class="badge badge--${badge}">${t(`inbox.status.${status}`)}</span>
        <span class="task__meta"
          >${task.person.displayName} · ${text(task.workflow.title, locale)} · ${due}</span
        >
      </button>
    </li>`;
  }

  private setFilter(key: string, e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    if (key === 'workflow') this.workflow = value;
    else if (key === 'person') this.person = value;
    else this.status = value as '' | TaskStatus;
    this.active = 0;
  }

  private open(task: TaskSummary, i: number) {
    this.active = i;
    emit(this, 'dui-task-open', { task });
  }

  private readonly onKeydown = (e: KeyboardEvent) => {
    const count = this.visible().length;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(this.active + 1, count - 1),
      ArrowUp: Math.max(this.active - 1, 0),
      Home: 0,
      End: count - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    this.active = moves[e.key];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-index="${this.active}"]`)?.focus(),
    );
  };
}
