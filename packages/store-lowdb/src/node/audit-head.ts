/**
 * The parts of the audit trail's files that are read whole: a segment's lines parsed into entries
 * (naming the line of one that does not parse), and `head.json`, the signed head kept apart from
 * the segments (ADR 0026), rewritten in place after each append.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { parseAuditLine, type StoredAuditEntry, type StoredAuditHead } from '@duikit/core';
import { StoreCorruptError, parsePositionOf } from '../errors.js';

/** An entry's hash, or '' when it has none. */
export const hashOf = (e: StoredAuditEntry) => (typeof e.hash === 'string' ? e.hash : '');

/**
 * The entries of a segment's text, as readers see them (ADR 0031's lines or the objects written
 * before); a line that does not parse throws, naming the file, the line and the column.
 *
 * @example
 * const entries = parseSegment(path, readFileSync(path, 'utf8'));
 */
export function parseSegment(path: string, text: string): StoredAuditEntry[] {
  const out: StoredAuditEntry[] = [];
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line) {
      try {
        out.push(parseAuditLine(line));
      } catch (e) {
        const p = parsePositionOf(e, line);
        throw new StoreCorruptError(
          path,
          { line: i + 1, column: p.column ?? 1, position: offset + (p.position ?? 0) },
          (e as Error).message,
        );
      }
    }
    offset += Buffer.byteLength(line) + 1;
  }
  return out;
}

/** `audit/head.json`: the last entry's seq, hash and MAC. */
export class HeadFile {
  private fd: number | undefined;

  constructor(readonly path: string) {}

  /** The head as the file has it, or `undefined` when there is no file. */
  read(): Omit<StoredAuditHead, 'source'> | undefined {
    if (!existsSync(this.path)) return undefined;
    const text = readFileSync(this.path, 'utf8').trim();
    try {
      const h = JSON.parse(text) as StoredAuditHead;
      if (typeof h.seq === 'number' && typeof h.hash === 'string') return h;
    } catch (e) {
      throw new StoreCorruptError(this.path, parsePositionOf(e, text), (e as Error).message);
    }
    throw new StoreCorruptError(this.path, {}, 'not an audit head (seq and hash expected)');
  }

  /** Makes `entry` the head; returns what was written. */
  write(entry: StoredAuditEntry): Omit<StoredAuditHead, 'source'> {
    const head = {
      seq: entry.seq,
      hash: hashOf(entry),
      ...(typeof entry.mac === 'string' ? { mac: entry.mac } : {}),
    };
    // One write in place, fixed length: no temp file and rename on every audited read.
    const line = Buffer.from(`${JSON.stringify(head).padEnd(255)}\n`);
    this.fd ??= openSync(this.path, existsSync(this.path) ? 'r+' : 'w+');
    writeSync(this.fd, line, 0, line.length, 0);
    return head;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
