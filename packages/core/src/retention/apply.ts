/**
 * The retention engine: end of support → active base for `activeAfterClose` → intermediate
 * archive (restricted reading, no writing) → per-category deletion or anonymisation. A litigation
 * hold suspends every step. Every step is audited.
 */
import type { CallContext } from '../actor.js';
import { parsePointer, setAtPointer } from '../json/pointer.js';
import { filterDocument } from '../policy/categorize.js';
import { CATEGORIES, type Category } from '../policy/types.js';
import { governs } from '../engine/access.js';
import { COLLECTIONS, type EngineCore, type StoredUserFile } from '../engine/core.js';
import { ok, type EngineResult } from '../engine/result.js';
import { shiftInstant } from '../engine/time.js';
import type { UserFileData, UserFileMeta } from '../engine/types.js';
import type { StoredRecord } from '../store/port.js';
import type { RetentionRules, RetentionStep } from './types.js';
import { retentionEnd } from './periods.js';

/**
 * The steps of one file that are due at `now` (held steps carry `heldBy`).
 *
 * @example
 * dueSteps('uf-1', meta, rules, new Date().toISOString());
 */
export function dueSteps(
  fileId: string,
  meta: UserFileMeta,
  rules: RetentionRules,
  now: string,
  file: UserFileData = {},
): RetentionStep[] {
  if (!meta.closedAt || meta.phase === 'anonymised') return [];
  const archiveAt = shiftInstant(meta.closedAt, rules.activeAfterClose);
  const held = meta.litigationHold ? { heldBy: meta.litigationHold.reason } : {};
  const steps: RetentionStep[] = [];
  if (meta.phase !== 'archived' && archiveAt <= now)
    steps.push({ fileId, step: 'archive', dueAt: archiveAt, ...held });
  if (meta.phase !== 'archived' && archiveAt > now) return steps;
  for (const category of CATEGORIES) {
    if (meta.retentionDone[category]) continue;
    const rule = rules.categories[category];
    const own = retentionEnd(rule, meta, file);
    // A retention from the person's dates never ends before the active period does.
    const dueAt = own
      ? new Date(Math.max(Date.parse(own.dueAt), Date.parse(archiveAt))).toISOString()
      : shiftInstant(archiveAt, rule.archiveFor);
    if (dueAt <= now)
      steps.push({
        fileId,
        step: rule.end,
        category,
        dueAt,
        ...(own ? { source: own.source } : {}),
        ...held,
      });
  }
  return steps;
}

/** Every concrete pointer matching a pattern (`*` = any key or index) in a document. */
function expand(doc: unknown, pattern: string[]): string[][] {
  if (pattern.length === 0) return [[]];
  if (!doc || typeof doc !== 'object') return [];
  const [head, ...rest] = pattern;
  const keys =
    head === '*' ? Object.keys(doc) : Object.prototype.hasOwnProperty.call(doc, head) ? [head] : [];
  return keys.flatMap((k) => expand((doc as Record<string, unknown>)[k], rest).map((tail) => [k, ...tail]));
}

/**
 * Removes a category's data from a file, keeping the `keep` patterns for anonymisation.
 *
 * @example
 * const rest = removeCategory(core, file, 'health', []);
 */
export function removeCategory(
  core: EngineCore,
  file: UserFileData,
  category: Category,
  keep: string[] = [],
): UserFileData {
  let out = filterDocument(file, core.categorizer, (c) => (c === category ? 'retention' : null)).value;
  for (const pattern of keep) {
    for (const segs of expand(file, parsePointer(pattern))) {
      if (core.categorizer.categoryOf(file, segs) !== category) continue;
      const value = segs.reduce<unknown>((n, s) => (n as Record<string, unknown>)[s], file);
      out = setAtPointer(out, segs, value);
    }
  }
  return out;
}

async function applyOne(
  core: EngineCore,
  ctx: CallContext,
  rec: StoredRecord<StoredUserFile>,
  rules: RetentionRules,
  now: string,
): Promise<RetentionStep[]> {
  const applied: RetentionStep[] = [];
  let meta = structuredClone(rec.data.meta);
  let file = rec.data.file;
  for (const step of dueSteps(rec.id, meta, rules, now, file)) {
    if (step.heldBy) continue;
    if (step.step === 'archive') meta = { ...meta, phase: 'archived', archivedAt: now };
    else if (step.category) {
      const rule = rules.categories[step.category];
      file = removeCategory(core, file, step.category, step.step === 'anonymise' ? rule.keep : []);
      meta = {
        ...meta,
        retentionDone: {
          ...meta.retentionDone,
          [step.category]: step.step === 'delete' ? 'deleted' : 'anonymised',
        },
      };
    }
    applied.push(step);
  }
  if (!applied.length) return applied;
  const done = Object.values(meta.retentionDone);
  if (done.length === CATEGORIES.length) {
    if (done.every((d) => d === 'deleted')) await core.store.delete(COLLECTIONS.files, rec.id, rec.version);
    else
      await core.store.put<StoredUserFile>(
        COLLECTIONS.files,
        rec.id,
        { meta: { ...meta, phase: 'anonymised' }, file },
        rec.version,
      );
  } else {
    await core.store.put<StoredUserFile>(COLLECTIONS.files, rec.id, { meta, file }, rec.version);
  }
  for (const s of applied) {
    await core.record(ctx, {
      action: 'retention',
      fileId: rec.id,
      ...(s.category ? { categories: [s.category] } : {}),
      outcome: 'success',
      details: {
        step: s.step,
        dueAt: s.dueAt,
        ...(done.length === CATEGORIES.length ? { final: true } : {}),
      },
    });
  }
  return applied;
}

/**
 * Lists (apply = false) or applies the due steps of one file or of every file the actor governs.
 *
 * @example
 * await runRetention(core, ctx, undefined, true);
 */
export async function runRetention(
  core: EngineCore,
  ctx: CallContext,
  id: string | undefined,
  apply: boolean,
): Promise<EngineResult<RetentionStep[]>> {
  const rules = core.retention;
  const noRules = core.error('retention-not-due', 'engine.error.notClosed');
  if (!rules) return core.refuse(ctx, id, 'retention', noRules);
  const records = id
    ? [await core.load(id)].filter((r): r is StoredRecord<StoredUserFile> => !!r)
    : await core.store.query<StoredUserFile>(COLLECTIONS.files, { filter: (r) => !!r.data.meta.closedAt });
  if (id && records.length === 0)
    return core.refuse(ctx, id, 'retention', core.error('not-found', 'engine.error.notFound', { id }));
  const mine = records.filter((r) => governs(core, ctx, r, 'retentionOfficers'));
  if (mine.length < records.length && (id || mine.length === 0)) {
    return core.refuse(
      ctx,
      id,
      'retention',
      core.error('forbidden', 'engine.error.governance', { role: ctx.actor.role, operation: 'retention' }),
    );
  }
  const now = core.now();
  const out: RetentionStep[] = [];
  for (const rec of mine)
    out.push(
      ...(apply
        ? await applyOne(core, ctx, rec, rules, now)
        : dueSteps(rec.id, rec.data.meta, rules, now, rec.data.file)),
    );
  return ok(out);
}
