/**
 * Records on disk: one JSON file per record under `records/<collection>/<id>.json`, written
 * through a lowdb adapter (`AtomicJsonFile`: temp file + rename, as lowdb's steno does, so a crash
 * leaves the old or the new file, never a partial one). Everything is read and checked at start,
 * then served from memory; a write rewrites only its own small file, so its cost does not grow
 * with the number of files. The busy collections go through the journal first (`journal.ts`).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicJsonFile } from './atomic-file.js';
import type { Journal, JournalLine, LogLine, RecordLine } from './journal.js';
import {
  checkVersions,
  createFieldIndex,
  type StoredAuditEntry,
  type StoredRecord,
  type StoreQuery,
  type TxWrite,
} from '@duikit/core';
import { StoreCorruptError, parsePositionOf } from '../errors.js';

/** File-name-safe encoding of ids and collection names (also safe on Windows). */
export function encodeName(name: string): string {
  return encodeURIComponent(name)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/^\./, '%2E');
}

const decodeName = (file: string) => decodeURIComponent(file.slice(0, -'.json'.length));

/** The in-memory image of the record files, with version-checked writes. */
export class RecordFiles {
  private readonly collections = new Map<string, Map<string, StoredRecord>>();
  private readonly adapters = new Map<string, AtomicJsonFile<StoredRecord>>();
  private readonly index = createFieldIndex();

  /** Records written to the journal and not yet to their file (`collection\u0000id`). */
  private readonly dirty = new Set<string>();
  private compacting: Promise<void> | undefined;

  constructor(
    private readonly root: string,
    private readonly journal?: { journal: Journal; collections: ReadonlySet<string>; every: number },
  ) {}

  /** Replays journal lines over the loaded records (a line applies when its version is newer). */
  replay(lines: JournalLine[]): void {
    for (const line of lines) {
      if ('t' in line) this.replay(line.t);
      else if ('r' in line) {
        const { collection, id, version } = line.r;
        const map = this.col(collection);
        const current = map.get(id);
        if ((current?.version ?? 0) >= version) continue;
        map.set(id, line.r);
        this.dirty.add(`${collection}\u0000${id}`);
      } else {
        const [collection, id] = line.d;
        const map = this.col(collection);
        if ((map.get(id)?.version ?? Infinity) > line.v) continue;
        map.delete(id);
        this.dirty.add(`${collection}\u0000${id}`);
      }
    }
  }

  /** Writes the journalled records to their files, then drops the journal files they came from. */
  compact(): Promise<void> {
    const j = this.journal;
    if (!j) return Promise.resolve();
    this.compacting ??= (async () => {
      try {
        const rotated = j.journal.rotate();
        const olds = [...new Set([...j.journal.older(), ...(rotated ? [rotated] : [])])];
        const keys = [...this.dirty];
        this.dirty.clear();
        try {
          for (const key of keys) {
            const [collection, id] = key.split('\u0000') as [string, string];
            const rec = this.get(collection, id);
            if (rec) await this.adapter(collection, id).write(rec);
            else if (existsSync(this.pathOf(collection, id))) rmSync(this.pathOf(collection, id));
          }
        } catch (e) {
          // Kept in the journal: the next compaction, or the next start, writes them.
          for (const key of keys) this.dirty.add(key);
          throw e;
        }
        for (const old of olds) j.journal.drop(old);
      } finally {
        this.compacting = undefined;
      }
    })();
    return this.compacting;
  }

  /** Waits for a compaction under way. */
  async settled(): Promise<void> {
    await this.compacting;
  }

  private journalled(collection: string, id: string, line: JournalLine): boolean {
    const j = this.journal;
    if (!j || !j.collections.has(collection)) return false;
    j.journal.append(line);
    this.dirty.add(`${collection}\u0000${id}`);
    if (j.journal.count >= j.every && !this.compacting) void this.compact().catch(() => undefined);
    return true;
  }

  /** Reads and checks every record file; throws {@link StoreCorruptError} on the first bad one. */
  load(): number {
    mkdirSync(this.root, { recursive: true });
    let count = 0;
    for (const colDir of readdirSync(this.root, { withFileTypes: true })) {
      if (!colDir.isDirectory()) continue;
      const collection = decodeURIComponent(colDir.name);
      const map = this.col(collection);
      const dir = join(this.root, colDir.name);
      for (const file of readdirSync(dir)) {
        // Names starting with a dot are steno's temp files: an interrupted write, never committed.
        if (file.startsWith('.') || !file.endsWith('.json')) continue;
        const path = join(dir, file);
        const text = readFileSync(path, 'utf8');
        let rec: StoredRecord;
        try {
          rec = JSON.parse(text) as StoredRecord;
        } catch (e) {
          throw new StoreCorruptError(path, parsePositionOf(e, text), (e as Error).message);
        }
        if (
          !rec ||
          typeof rec !== 'object' ||
          typeof rec.version !== 'number' ||
          rec.id !== decodeName(file)
        ) {
          throw new StoreCorruptError(path, {}, 'not a DUI Kit record (id, version and data expected)');
        }
        map.set(rec.id, rec);
        count++;
      }
    }
    return count;
  }

  private col(name: string) {
    let c = this.collections.get(name);
    if (!c) this.collections.set(name, (c = new Map<string, StoredRecord>()));
    return c;
  }

  private pathOf(collection: string, id: string) {
    return join(this.root, encodeName(collection), `${encodeName(id)}.json`);
  }

  private adapter(collection: string, id: string) {
    const path = this.pathOf(collection, id);
    let a = this.adapters.get(path);
    if (!a) {
      mkdirSync(join(this.root, encodeName(collection)), { recursive: true });
      a = new AtomicJsonFile<StoredRecord>(path);
      this.adapters.set(path, a);
    }
    return a;
  }

  get(collection: string, id: string): StoredRecord | undefined {
    return this.collections.get(collection)?.get(id);
  }

  /** The collections holding at least one record. */
  names(): string[] {
    return [...this.collections].filter(([, c]) => c.size > 0).map(([name]) => name);
  }

  all(collection: string): IterableIterator<StoredRecord> {
    return this.col(collection).values();
  }

  /** The records a query may match: with an equality or a `contains`, those it matches (indexed). */
  candidates(collection: string, where: StoreQuery['where']): Iterable<StoredRecord> {
    return this.index.candidates(collection, where, this.col(collection));
  }

  /**
   * Commits a transaction in one journal line: its record writes and the audit entries `chain`
   * builds (synchronously, after the versions are checked), so a crash keeps both or neither.
   * Memory is updated after the line is written; the record files follow at the next compaction.
   * Returns the entries, for the caller to append to the audit files.
   */
  commit(
    writes: readonly TxWrite[],
    chain: () => StoredAuditEntry[],
    logs: readonly LogLine[] = [],
  ): StoredAuditEntry[] {
    const j = this.journal;
    if (!j) throw new Error('RecordFiles.commit needs the journal (createLowdbStore always gives one).');
    checkVersions(writes, { current: (c, id) => this.get(c, id) });
    const entries = chain();
    const lines: RecordLine[] = writes.map((w) =>
      w.record ? { r: w.record } : { d: [w.collection, w.id], v: w.expected ?? 0 },
    );
    j.journal.append({ t: lines, a: entries, ...(logs.length ? { l: [...logs] } : {}) });
    for (const w of writes) {
      const map = this.col(w.collection);
      const prev = map.get(w.id);
      if (w.record) map.set(w.id, w.record);
      else map.delete(w.id);
      this.index.update(w.collection, w.id, prev?.data, w.record?.data);
      this.dirty.add(`${w.collection}\u0000${w.id}`);
    }
    if (j.journal.count >= j.every && !this.compacting) void this.compact().catch(() => undefined);
    return entries;
  }

  /**
   * Applies the writes of a transaction (one write for a plain put or delete). Versions are
   * checked and memory updated synchronously for all of them, so two concurrent writers cannot
   * both win and nobody sees half a transaction; then each goes to the journal or its file.
   */
  async apply(writes: readonly TxWrite[]): Promise<void> {
    checkVersions(writes, { current: (c, id) => this.get(c, id) });
    const before = writes.map((w) => this.get(w.collection, w.id));
    const set = (w: TxWrite, rec: StoredRecord | undefined, prev: StoredRecord | undefined) => {
      const map = this.col(w.collection);
      if (rec) map.set(w.id, rec);
      else map.delete(w.id);
      this.index.update(w.collection, w.id, prev?.data, rec?.data);
    };
    writes.forEach((w, i) => set(w, w.record, before[i]));
    let done = 0;
    try {
      for (const w of writes) {
        if (w.record) {
          if (!this.journalled(w.collection, w.id, { r: w.record }))
            await this.adapter(w.collection, w.id).write(w.record);
        } else if (!this.journalled(w.collection, w.id, { d: [w.collection, w.id], v: w.expected ?? 0 })) {
          const path = this.pathOf(w.collection, w.id);
          this.adapters.delete(path);
          if (existsSync(path)) rmSync(path);
        }
        done++;
      }
    } catch (e) {
      // The disk refused: put memory back (for what was not written) so it tells the truth.
      writes.forEach((w, i) => {
        if (i >= done && this.get(w.collection, w.id) === w.record) set(w, before[i], w.record);
      });
      throw e;
    }
  }
}
