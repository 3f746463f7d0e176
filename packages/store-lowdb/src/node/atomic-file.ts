/**
 * A lowdb adapter that writes a record the way steno does — the whole text to a temp file, then
 * a rename over the record, so a crash leaves the old or the new file, never a partial one — with
 * the callback file API: the promise API opens a `FileHandle` per write, which costs more on the
 * main thread than the write itself for a record of a few kilobytes. Writes to one file are
 * chained, so the last one lands last.
 */
import { readFile, rename, writeFile } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

let writers = 0;

/** A JSON record file, read and written whole. */
export class AtomicJsonFile<T> implements Adapter<T> {
  private readonly temp: string;
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {
    // One temp name per writer: two writers of the same file (a store being flushed while another
    // opens the folder) must not rename each other's temp file away.
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${(++writers).toString(36)}.tmp`);
  }

  read(): Promise<T | null> {
    return new Promise((resolve, reject) =>
      readFile(this.path, 'utf8', (e, text) => {
        if (e) return e.code === 'ENOENT' ? resolve(null) : reject(e);
        try {
          resolve(JSON.parse(text) as T);
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      }),
    );
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const next = this.last.then(
      () =>
        new Promise<void>((resolve, reject) =>
          writeFile(this.temp, text, (e) =>
            e ? reject(e) : rename(this.temp, this.path, (r) => (r ? reject(r) : resolve())),
          ),
        ),
    );
    // A failed write is reported to its caller; the next one still runs.
    this.last = next.catch(() => undefined);
    return next;
  }
}
