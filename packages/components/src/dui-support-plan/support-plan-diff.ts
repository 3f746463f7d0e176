/**
 * What changed between two versions of a support plan, as JSON Pointers, computed with
 * microdiff. Arrays of items with an `id` are matched by id (not by position), so inserting an
 * objective does not mark every following one as changed.
 */
import diff from 'microdiff';
import type { SupportPlanInput } from '@duikit/core';

/** The changes between two versions, by pointer. */
export interface PlanChanges {
  /** Pointers of values that differ (`/objectives/o1/targetDate`), ids in place of indexes. */
  changed: Set<string>;
  /** Pointers of items or values present only on the right. */
  added: Set<string>;
  /** Pointers of items or values present only on the left. */
  removed: Set<string>;
  count: number;
}

/** Re-keys arrays of `{ id }` items (and needs by `code`) so that the diff matches items by identity. */
function keyed(value: unknown): unknown {
  if (Array.isArray(value)) {
    const key = (v: unknown) =>
      v && typeof v === 'object' ? ((v as { id?: string }).id ?? (v as { code?: string }).code) : undefined;
    if (value.length > 0 && value.every((v) => key(v) !== undefined)) {
      return Object.fromEntries(value.map((v) => [key(v), keyed(v)]));
    }
    return value.map(keyed);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keyed(v)]));
  }
  return value;
}

const CONTENT: (keyof SupportPlanInput)[] = ['expectations', 'needs', 'objectives', 'reviews'];

/**
 * Compares the content (expectations, needs, objectives with actions, reviews) of two versions.
 *
 * @example
 * const { changed } = diffPlans(v1, v2);
 * changed.has('/objectives/o1/targetDate'); // true when the date moved
 */
export function diffPlans(left: SupportPlanInput, right: SupportPlanInput): PlanChanges {
  const pick = (p: SupportPlanInput) =>
    keyed(Object.fromEntries(CONTENT.map((k) => [k, p[k]]))) as Record<string, unknown>;
  const out: PlanChanges = { changed: new Set(), added: new Set(), removed: new Set(), count: 0 };
  for (const d of diff(pick(left), pick(right))) {
    const pointer = '/' + d.path.join('/');
    if (d.type === 'CHANGE') out.changed.add(pointer);
    else if (d.type === 'CREATE') out.added.add(pointer);
    else out.removed.add(pointer);
    out.count++;
  }
  return out;
}

/**
 * The mark for a pointer: `added`, `removed`, `changed`, or `''`. A pointer is marked when it or
 * one of its parents is, so an added objective marks its title too.
 *
 * @example
 * markOf(changes, '/objectives/o2/title', 'right'); // 'added'
 */
export function markOf(changes: PlanChanges | undefined, pointer: string, side: 'left' | 'right'): string {
  if (!changes) return '';
  const prefixes = pointer.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  const has = (set: Set<string>) => prefixes.some((p) => p && set.has(p));
  if (side === 'right' && has(changes.added)) return 'added';
  if (side === 'left' && has(changes.removed)) return 'removed';
  if ([...changes.changed].some((c) => c === pointer || c.startsWith(pointer + '/'))) return 'changed';
  return '';
}
