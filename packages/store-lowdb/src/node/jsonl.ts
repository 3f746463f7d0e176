/**
 * Reading a JSON Lines file written by appends: a last line cut by a crash (never acknowledged)
 * is moved to `<file>.torn-<time>` and the file cut back, so nothing is thrown away; a complete
 * line that does not parse stops the start with the file, the line and the column.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { StoreCorruptError, parsePositionOf } from '../errors.js';

/**
 * The parsed lines of a file, and where a torn last line was kept.
 *
 * @example
 * const { values, torn } = readJsonLines<{ k: string }>('/data/logs/workflowHistory.jsonl');
 */
export function readJsonLines<T>(path: string): { values: T[]; torn?: string } {
  let text = readFileSync(path, 'utf8');
  let torn: string | undefined;
  if (text.length && !text.endsWith('\n')) {
    const cut = text.lastIndexOf('\n') + 1;
    torn = `${path}.torn-${Date.now()}`;
    writeFileSync(torn, text.slice(cut));
    truncateSync(path, Buffer.byteLength(text.slice(0, cut)));
    text = text.slice(0, cut);
  }
  const values: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line) return;
    try {
      values.push(JSON.parse(line) as T);
    } catch (e) {
      const column = parsePositionOf(e, line).column ?? 1;
      throw new StoreCorruptError(path, { line: i + 1, column }, (e as Error).message);
    }
  });
  return { values, ...(torn ? { torn } : {}) };
}
