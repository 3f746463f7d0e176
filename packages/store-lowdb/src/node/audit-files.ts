/**
 * The audit trail on disk, apart from the records: append-only JSON Lines segments
 * `audit/<first seq>.jsonl` of at most `segmentSize` entries. An append writes one line (its cost
 * does not depend on the trail's length); pruning removes whole old segments. `audit/head.json`
 * keeps the last entry's seq, hash and MAC apart from the segments, rewritten in place after each
 * append: a trail that ends before it was cut, and is not extended (ADR 0026).
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import {
  AuditChainError,
  auditLine,
  seqOfLine,
  type StoredAuditEntry,
  type StoredAuditHead,
} from '@duikit/core';
import { HeadFile, hashOf, parseSegment } from './audit-head.js';

const pad = (n: number) => String(n).padStart(12, '0');

interface Segment {
  first: number;
  path: string;
}

/** Append-only audit segments. */
export class AuditFiles {
  private segments: Segment[] = [];
  private fd: number | undefined;
  private last: StoredAuditEntry | undefined;
  private countInLast = 0;
  private cache: { path: string; entries: StoredAuditEntry[] } | undefined;
  private linesCache: { path: string; lines: string[] } | undefined;
  private head: Omit<StoredAuditHead, 'source'> | undefined;
  private readonly headFile: HeadFile;
  /** Set when the trail does not end on its head: appends are refused. */
  private refusal: AuditChainError | undefined;

  constructor(
    private readonly dir: string,
    private readonly segmentSize: number,
  ) {
    this.headFile = new HeadFile(join(dir, 'head.json'));
  }

  /** Lists segments and reads the last one; a line cut by a crash is moved aside, a bad complete line refuses the start. */
  load(): { tornBytesSavedTo?: string } {
    mkdirSync(this.dir, { recursive: true });
    this.segments = readdirSync(this.dir)
      .filter((f) => /^\d{12}\.jsonl$/.test(f))
      .sort()
      .map((f) => ({ first: Number(f.slice(0, 12)), path: join(this.dir, f) }));
    const lastSeg = this.segments.at(-1);
    if (!lastSeg) return {};
    const text = readFileSync(lastSeg.path, 'utf8');
    let saved: string | undefined;
    if (text.length && !text.endsWith('\n')) {
      // A crash during an append leaves a partial last line that was never acknowledged:
      // keep its bytes in a side file (nothing is thrown away) and cut the segment back.
      const cut = text.lastIndexOf('\n') + 1;
      saved = `${lastSeg.path}.torn-${Date.now()}`;
      writeFileSync(saved, text.slice(cut));
      truncateSync(lastSeg.path, Buffer.byteLength(text.slice(0, cut)));
    }
    const entries = parseSegment(lastSeg.path, text.slice(0, text.lastIndexOf('\n') + 1));
    this.last = entries.at(-1) ?? this.lastOfPrevious();
    this.countInLast = entries.length;
    return saved ? { tornBytesSavedTo: saved } : {};
  }

  private lastOfPrevious(): StoredAuditEntry | undefined {
    const prev = this.segments.at(-2);
    return prev ? this.read(prev).at(-1) : undefined;
  }

  private read(seg: Segment): StoredAuditEntry[] {
    if (this.cache?.path === seg.path && seg !== this.segments.at(-1)) return this.cache.entries;
    const entries = existsSync(seg.path) ? parseSegment(seg.path, readFileSync(seg.path, 'utf8')) : [];
    // The last segment still grows: caching it would serve its old length once it is full.
    if (seg !== this.segments.at(-1)) this.cache = { path: seg.path, entries };
    return entries;
  }

  /**
   * Compares the trail with its head once the journal's entries are back: a trail that goes
   * beyond the head is a crash between the line and the head's rewrite (the engine checks the
   * entries' MACs); one that ends before it, or on another entry, refuses every append.
   */
  reconcileHead(): void {
    const head = this.headFile.read();
    const last = this.last;
    const refuse = (seq: number, detail: string) =>
      (this.refusal = new AuditChainError(this.headFile.path, seq, detail));
    if (!head) {
      if (last && typeof last.mac === 'string')
        refuse(last.seq, `the head file is missing while the trail's entries are signed`);
      else if (last) this.writeHead(last);
      return;
    }
    this.head = head;
    if (!last || last.seq < head.seq) refuse(head.seq, `the trail ends at seq ${last?.seq ?? 0}`);
    else if (last.seq === head.seq && hashOf(last) !== head.hash)
      refuse(head.seq, `the trail's entry ${head.seq} has another hash`);
    else if (last.seq > head.seq) this.writeHead(last);
  }

  private writeHead(entry: StoredAuditEntry): void {
    this.head = this.headFile.write(entry);
  }

  /** The head as kept in `head.json`; throws when the trail is off its head (`reconcileHead`). */
  storedHead(): StoredAuditHead | undefined {
    if (this.refusal) throw this.refusal;
    return this.head ? { ...this.head, source: this.headFile.path } : undefined;
  }

  /**
   * Appends the entries of committed transactions found in the journal that the trail lacks (a
   * crash between the journal line and the audit lines), before `reconcileHead`.
   */
  replay(entries: readonly StoredAuditEntry[]): number {
    let n = 0;
    for (const e of entries) {
      const lastSeq = this.last?.seq ?? 0;
      if (e.seq <= lastSeq) continue;
      // A gap means the trail lost entries the journal cannot restore: reconcileHead says so.
      if (e.seq !== lastSeq + 1) break;
      this.append(e, false);
      n++;
    }
    return n;
  }

  append(entry: StoredAuditEntry, moveHead = true): void {
    if (this.refusal) throw this.refusal;
    if (this.fd === undefined || this.countInLast >= this.segmentSize) {
      if (this.fd !== undefined) closeSync(this.fd);
      const current = this.segments.at(-1);
      if (!current || this.countInLast >= this.segmentSize) {
        const seg = { first: entry.seq, path: join(this.dir, `${pad(entry.seq)}.jsonl`) };
        this.segments.push(seg);
        this.countInLast = 0;
      }
      this.fd = openSync(this.segments.at(-1)!.path, 'a');
    }
    // The line holds the canonical text the hash covers (ADR 0031): verifyAudit() hashes it as is.
    writeSync(this.fd, `${auditLine(entry)}\n`);
    this.countInLast++;
    this.last = entry;
    if (moveHead) this.writeHead(entry);
  }

  /** Throws when the trail does not end on its head (before a chainer reads the last link). */
  check(): void {
    if (this.refusal) throw this.refusal;
  }

  lastEntry(): StoredAuditEntry | undefined {
    return this.last;
  }

  readFrom(fromSeq: number, limit: number): StoredAuditEntry[] {
    const out: StoredAuditEntry[] = [];
    for (let i = 0; i < this.segments.length && out.length < limit; i++) {
      const next = this.segments[i + 1];
      if (next && next.first <= fromSeq) continue;
      for (const e of this.read(this.segments[i])) {
        if (e.seq < fromSeq) continue;
        out.push(e);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** A segment's lines as stored (the last, still growing, is read again each time). */
  private lines(seg: Segment): string[] {
    if (this.linesCache?.path === seg.path && seg !== this.segments.at(-1)) return this.linesCache.lines;
    // ASCII (the usual trail) is read as latin1, which is the same text without a UTF-8 decode:
    // about half the time of reading a segment as UTF-8 (ADR 0033).
    const bytes = existsSync(seg.path) ? readFileSync(seg.path) : undefined;
    const text = !bytes ? '' : isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const lines = text.split('\n');
    // Only whole lines: a last line without its newline is being written (or was torn).
    lines.pop();
    if (seg !== this.segments.at(-1)) this.linesCache = { path: seg.path, lines };
    return lines;
  }

  /**
   * The stored lines from the entry `fromSeq` on, in file order (for verifyAudit(), which checks
   * their order itself): the start is found where its seq says, else by reading the seqs.
   */
  readLines(fromSeq: number, limit: number): string[] {
    const out: string[] = [];
    let i = 0;
    while (i + 1 < this.segments.length && this.segments[i + 1].first <= fromSeq) i++;
    for (let start = true; i < this.segments.length && out.length < limit; i++, start = false) {
      const lines = this.lines(this.segments[i]);
      let k = 0;
      if (start) {
        const guess = fromSeq - this.segments[i].first;
        if (guess > 0 && seqOfLine(lines[guess] ?? '') === fromSeq) k = guess;
        else while (k < lines.length && (seqOfLine(lines[k]) ?? Infinity) < fromSeq) k++;
      }
      for (; k < lines.length && out.length < limit; k++) out.push(lines[k]);
    }
    return out;
  }

  /** Entries newest first, from the last one below `beforeSeq` (segment by segment). */
  *newestFirst(beforeSeq = Infinity): Generator<StoredAuditEntry> {
    for (let i = this.segments.length - 1; i >= 0; i--) {
      if (this.segments[i].first >= beforeSeq) continue;
      const entries = this.read(this.segments[i]);
      for (let j = entries.length - 1; j >= 0; j--) if (entries[j].seq < beforeSeq) yield entries[j];
    }
  }

  /** Entries oldest first, from the first one above `afterSeq`. */
  *oldestFirst(afterSeq = 0): Generator<StoredAuditEntry> {
    for (let i = 0; i < this.segments.length; i++) {
      const next = this.segments[i + 1];
      if (next && next.first <= afterSeq + 1) continue;
      for (const e of this.read(this.segments[i])) if (e.seq > afterSeq) yield e;
    }
  }

  /** Removes whole segments whose entries all have `seq < beforeSeq`. */
  prune(beforeSeq: number): number {
    let removed = 0;
    while (this.segments.length) {
      const [seg, next] = this.segments;
      const lastSeq = next ? next.first - 1 : (this.last?.seq ?? seg.first - 1);
      if (lastSeq >= beforeSeq) break;
      if (!next && this.fd !== undefined) {
        closeSync(this.fd);
        this.fd = undefined;
        this.countInLast = this.segmentSize; // the next append opens a new segment
      }
      removed += lastSeq - seg.first + 1;
      if (this.linesCache?.path === seg.path) this.linesCache = undefined;
      rmSync(seg.path, { force: true });
      this.segments.shift();
    }
    return removed;
  }

  /** Bytes on disk, for the README's measured limits. */
  size(): number {
    return this.segments.reduce((n, s) => n + (existsSync(s.path) ? statSync(s.path).size : 0), 0);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.headFile.close();
    this.fd = undefined;
  }
}
