/**
 * Errors of the embedded store. Each names the place to look at and what to do.
 */

/** Where a JSON text stopped parsing. */
export interface ParsePosition {
  position?: number;
  line?: number;
  column?: number;
}

/**
 * Computes line and column (1-based) of a character offset.
 *
 * @example
 * lineColumn('{\n  "a": x', 9); // { line: 2, column: 8 }
 */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** The position a `JSON.parse` SyntaxError reports (V8: "at position N" or "line L column C"). */
export function parsePositionOf(error: unknown, text: string): ParsePosition {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /at position (\d+)/.exec(message);
  if (pos) {
    const position = Number(pos[1]);
    return { position, ...lineColumn(text, position) };
  }
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  // "Unexpected end of JSON input": the text stops early.
  return { position: text.length, ...lineColumn(text, text.length) };
}

/**
 * A file (or localStorage key) of the store cannot be read. The store refuses to start and
 * leaves the file exactly as it is: restore it from a backup or repair it by hand.
 *
 * @example
 * try { await createLowdbStore({ dir }); } catch (e) { if (e instanceof StoreCorruptError) console.error(e.path, e.line); }
 */
export class StoreCorruptError extends Error {
  readonly code = 'store-corrupt';
  readonly position?: number;
  readonly line?: number;
  readonly column?: number;
  constructor(
    readonly path: string,
    where: ParsePosition,
    detail: string,
  ) {
    const at = where.line !== undefined ? ` at line ${where.line}, column ${where.column}` : '';
    const pos = where.position !== undefined ? ` (character ${where.position})` : '';
    super(
      `The DUI Kit store cannot read ${path}${at}${pos}: ${detail}. ` +
        `The file was left untouched. Restore it from a backup or repair it, then start again.`,
    );
    this.name = 'StoreCorruptError';
    this.position = where.position;
    this.line = where.line;
    this.column = where.column;
  }
}

/**
 * Another live process (or another store in this process) holds the data folder.
 *
 * @example
 * catch (e) { if (e instanceof StoreLockedError) console.error(e.message); }
 */
export class StoreLockedError extends Error {
  readonly code = 'store-locked';
  constructor(
    readonly dir: string,
    readonly lockPath: string,
    owner: string,
  ) {
    super(
      `The data folder ${dir} is already in use by another DUI Kit process (${owner}; lock ${lockPath}). ` +
        `Two processes writing one folder would lose data, so this one does not start. Stop the other ` +
        `process first (a crashed one is detected and its lock taken over at once), or start with ` +
        `lockWaitMs to wait for it.`,
    );
    this.name = 'StoreLockedError';
  }
}

/**
 * This process no longer holds its data folder (another process took the lock, or the folder
 * was removed): every write is refused, and the server answers 503, until it is restarted.
 *
 * @example
 * catch (e) { if (e instanceof StoreLockLostError) process.exit(1); }
 */
export class StoreLockLostError extends Error {
  readonly code = 'store-unavailable';
  readonly statusCode = 503;
  constructor(
    readonly dir: string,
    readonly lockPath: string,
    owner: string,
  ) {
    super(
      `The lock on the data folder ${dir} was lost (${lockPath} is now held by ${owner}): this process ` +
        'refuses every write to protect the data. Stop it, then start one server on the folder.',
    );
    this.name = 'StoreLockLostError';
  }
}

/**
 * The browser's storage is full (localStorage holds about 5 million characters).
 *
 * @example
 * catch (e) { if (e instanceof StoreQuotaError) warnUser(); }
 */
export class StoreQuotaError extends Error {
  readonly code = 'store-quota';
  constructor(readonly key: string) {
    super(
      `localStorage is full: the write to "${key}" was refused and nothing was changed. localStorage ` +
        `holds about 5 million characters (≈2,500 user files): use the Node store or a host store for more.`,
    );
    this.name = 'StoreQuotaError';
  }
}
