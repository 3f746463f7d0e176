/**
 * Retention counted from the person's own dates (CSP R1112-7, applied by analogy to the health
 * part of an ESSMS file): twenty years from the last stay, extended to the 28th birthday, or ten
 * years from a death that came within ten years of the last stay. The periods are data
 * (`retain` in `workflows/config/retention.json`), each with its source.
 */
import { getAtPointer } from '../json/pointer.js';
import { dueInstant, parisDate, resolveDuration } from '../workflow/dates.js';
import type { UserFileData, UserFileMeta } from '../engine/types.js';
import type { CategoryRetention } from './types.js';

const day = (iso: string) => parisDate(new Date(iso));
const after = (date: string, duration: string) => {
  const d = resolveDuration(duration);
  return 'duration' in d ? dueInstant(date, d.duration, 'after') : undefined;
};

/** The latest death date recorded in the file's discharges (`YYYY-MM-DD`, Paris). */
function deathDate(file: UserFileData): string | undefined {
  const list = getAtPointer(file, '/discharges');
  if (!Array.isArray(list)) return undefined;
  const dates = list
    .map((d) => getAtPointer(d, '/death/dateTime'))
    .filter((v): v is string => typeof v === 'string')
    .map(day)
    .sort();
  return dates.at(-1);
}

/**
 * When a category with `retain` may be deleted: the instant its retention ends (00:00 Paris the
 * day after the last day kept) and the source of the period that decided it; `undefined` when the
 * rule has no `retain` or the file is not closed.
 *
 * @example
 * retentionEnd(rules.categories.health, meta, file); // { dueAt: '2046-03-02T23:00:00Z', source: 'CSP R1112-7 al. 1…' }
 */
export function retentionEnd(
  rule: CategoryRetention,
  meta: UserFileMeta,
  file: UserFileData,
): { dueAt: string; source: string } | undefined {
  if (!rule.retain || !meta.closedAt) return undefined;
  const lastStay = day(meta.closedAt);
  const birth = getAtPointer(file, '/person/ins/birthDate');
  const death = deathDate(file);
  const { afterDeath } = rule.retain;
  if (afterDeath && death) {
    const limit = after(lastStay, afterDeath.within);
    const dueAt = after(death, afterDeath.duration);
    // "Décède moins de dix ans après son dernier passage": the death falls within the period.
    if (limit && dueAt && after(death, 'P0D')! <= limit) return { dueAt, source: afterDeath.source };
  }
  let best: { dueAt: string; source: string } | undefined;
  for (const p of rule.retain.longestOf) {
    const anchor =
      p.from === 'lastStay' ? lastStay : typeof birth === 'string' ? birth.slice(0, 10) : undefined;
    const dueAt = anchor && after(anchor, p.duration);
    if (dueAt && (!best || Date.parse(dueAt) > Date.parse(best.dueAt))) best = { dueAt, source: p.source };
  }
  return best;
}
