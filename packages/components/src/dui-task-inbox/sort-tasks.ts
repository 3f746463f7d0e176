/**
 * Ordering and filtering of the inbox, as plain functions (tested without a DOM).
 */
import type { TaskStatus, TaskSummary } from '@duikit/core';

/** The inbox's filters; empty string = no filter. */
export interface InboxFilters {
  workflow: string;
  person: string;
  status: '' | TaskStatus;
}

/** A task's effective status at `now`: an open task past its due date is overdue. */
export function effectiveStatus(task: TaskSummary, now: Date): TaskStatus {
  if (task.status === 'open' && task.dueAt && new Date(task.dueAt).getTime() < now.getTime())
    return 'overdue';
  return task.status;
}

const RANK: Record<TaskStatus, number> = { overdue: 0, open: 1, done: 2 };

/**
 * Overdue first (most overdue on top), then open by due date (undated last), then done.
 *
 * @example
 * sortTasks(tasks, new Date())[0].status; // 'overdue' when any is
 */
export function sortTasks(tasks: readonly TaskSummary[], now: Date): TaskSummary[] {
  const due = (t: TaskSummary) => (t.dueAt ? new Date(t.dueAt).getTime() : Number.POSITIVE_INFINITY);
  return [...tasks].sort(
    (a, b) =>
      RANK[effectiveStatus(a, now)] - RANK[effectiveStatus(b, now)] ||
      due(a) - due(b) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/**
 * Keeps the tasks matching every set filter.
 *
 * @example
 * filterTasks(tasks, { workflow: 'admission-ehpad', person: '', status: '' }, now);
 */
export function filterTasks(tasks: readonly TaskSummary[], f: InboxFilters, now: Date): TaskSummary[] {
  return tasks.filter(
    (t) =>
      (!f.workflow || t.workflow.id === f.workflow) &&
      (!f.person || t.person.userFileId === f.person) &&
      (!f.status || effectiveStatus(t, now) === f.status),
  );
}
