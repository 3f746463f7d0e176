/**
 * A journal for the records of busy collections (workflow instances, drafts): a write appends one
 * line with the new record to `journal/records.jsonl` — one small append to an open file instead
 * of a temp file and a rename per write — and the record files are brought up to date in batches
 * (`compact`), then the journal is dropped. At start, the journal is replayed over the record
 * files (a line applies when its version is newer), so nothing written is lost by a crash; a line
 * cut by a crash is moved aside, as in the audit trail. A transaction is one line carrying its
 * records and its audit entries: the line is the commit point (ADR 0025).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { StoredAuditEntry, StoredRecord } from '@duikit/core';
import { readJsonLines } from './jsonl.js';

/** A record written, or a record deleted (at a version). */
export type RecordLine = { r: StoredRecord } | { d: [collection: string, id: string]; v: number };

/**
 * An append to a log inside a transaction: `at` is the log's length for that key before it, so a
 * replay adds exactly the entries a crash kept from reaching the log file.
 */
export interface LogLine {
  log: string;
  key: string;
  at: number;
  e: unknown[];
}

/**
 * One journal line: a record write, or a whole transaction — its record writes, its audit
 * entries and its log appends in one line, so a crash keeps all or none (ADR 0025).
 */
export type JournalLine = RecordLine | { t: RecordLine[]; a: StoredAuditEntry[]; l?: LogLine[] };

/** The journal files of a data folder. */
export class Journal {
  private fd: number | undefined;
  /** Lines appended since the last rotation. */
  count = 0;

  constructor(private readonly dir: string) {}

  private get current() {
    return join(this.dir, 'records.jsonl');
  }

  /** Every line of every journal file, oldest first; torn last lines are kept in side files. */
  load(): { lines: JournalLine[]; torn: string[] } {
    mkdirSync(this.dir, { recursive: true });
    const files = readdirSync(this.dir)
      .filter((f) => /^records(-\d+)?\.jsonl$/.test(f))
      .sort((a, b) => (a === 'records.jsonl' ? 1 : b === 'records.jsonl' ? -1 : a.localeCompare(b)));
    const lines: JournalLine[] = [];
    const torn: string[] = [];
    for (const file of files) {
      const read = readJsonLines<JournalLine>(join(this.dir, file));
      lines.push(...read.values);
      if (read.torn) torn.push(read.torn);
    }
    return { lines, torn };
  }

  /** Appends one line (synchronously, like an audit entry). */
  append(line: JournalLine): void {
    this.fd ??= openSync(this.current, 'a');
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
    this.count++;
  }

  /** Starts a new journal file; returns the previous one, to drop once its records are written. */
  rotate(): string | undefined {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.count = 0;
    if (!existsSync(this.current)) return undefined;
    const old = join(
      this.dir,
      `records-${String(Date.now()).padStart(15, '0')}${Math.random().toString().slice(2, 6)}.jsonl`,
    );
    renameSync(this.current, old);
    return old;
  }

  /** Every journal file but the current one. */
  older(): string[] {
    return readdirSync(this.dir)
      .filter((f) => /^records-\d+\.jsonl$/.test(f))
      .map((f) => join(this.dir, f));
  }

  drop(path: string): void {
    rmSync(path, { force: true });
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
