/**
 * Append-only logs beside the records (a workflow instance's history): one JSON Lines file per
 * log, `logs/<log>.jsonl`, one line per entry `{ "k": key, "e": entry }`. An append writes one
 * line to an open file, so its cost does not grow with the log; everything is read at start and
 * served from memory. A line cut by a crash is moved aside, as in the audit trail.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deepFreeze } from '@duikit/core';
import type { LogLine } from './journal.js';
import { readJsonLines } from './jsonl.js';
import { encodeName } from './records.js';

/** The logs of a data folder. */
export class LogFiles {
  private readonly entries = new Map<string, Map<string, unknown[]>>();
  private readonly fds = new Map<string, number>();

  constructor(private readonly dir: string) {}

  /** Reads every log; returns the side files where torn last lines were kept. */
  load(): string[] {
    mkdirSync(this.dir, { recursive: true });
    const torn: string[] = [];
    for (const file of readdirSync(this.dir)) {
      if (!file.endsWith('.jsonl')) continue;
      const read = readJsonLines<{ k: string; e: unknown }>(join(this.dir, file));
      if (read.torn) torn.push(read.torn);
      const byKey = this.log(decodeURIComponent(file.slice(0, -'.jsonl'.length)));
      for (const { k, e } of read.values) {
        let list = byKey.get(k);
        if (!list) byKey.set(k, (list = []));
        list.push(deepFreeze(e));
      }
    }
    return torn;
  }

  private log(name: string) {
    let byKey = this.entries.get(name);
    if (!byKey) this.entries.set(name, (byKey = new Map<string, unknown[]>()));
    return byKey;
  }

  /**
   * Appends entries to one key of a log; `owned` entries (a transaction's, already copied) are
   * kept as they are, others are copied first.
   */
  append(name: string, key: string, entries: unknown[], owned = false): void {
    let fd = this.fds.get(name);
    if (fd === undefined)
      this.fds.set(name, (fd = openSync(join(this.dir, `${encodeName(name)}.jsonl`), 'a')));
    writeSync(fd, entries.map((e) => `${JSON.stringify({ k: key, e })}\n`).join(''));
    const byKey = this.log(name);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(...entries.map((e) => deepFreeze(owned ? e : structuredClone(e))));
  }

  /** How many entries one key of a log holds. */
  length(name: string, key: string): number {
    return this.entries.get(name)?.get(key)?.length ?? 0;
  }

  /**
   * After a crash: appends what committed transactions gave a log and its file lacks (a line
   * of the journal holds it; `at` says where it starts, so nothing is appended twice).
   *
   * @example
   * logs.reconcile([{ log: 'workflowHistory', key: 'wf-1', at: 3, e: [entry] }]); // 1 if missing
   */
  reconcile(lines: readonly LogLine[]): number {
    let added = 0;
    for (const { log, key, at, e } of lines) {
      const have = this.length(log, key);
      if (have < at || have >= at + e.length) continue;
      this.append(log, key, e.slice(have - at));
      added += at + e.length - have;
    }
    return added;
  }

  /** Every log and key with entries. */
  keys(): { log: string; key: string }[] {
    return [...this.entries].flatMap(([log, byKey]) => [...byKey.keys()].map((key) => ({ log, key })));
  }

  /** The entries of one key, in order: a new array of the shared, frozen entries. */
  read(name: string, key: string): unknown[] {
    return [...(this.entries.get(name)?.get(key) ?? [])];
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  /** Whether any log exists (for the start-up report). */
  exists(): boolean {
    return existsSync(this.dir);
  }
}
