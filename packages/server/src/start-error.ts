/**
 * Start-up failures the operator must fix (a corrupt data file, a folder held by another
 * server, a bad variable): printed as a message, without a stack trace.
 */

/** A failure to start, with the message to print. */
export class StartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartError';
  }
}

/**
 * Explains why the store did not open. The store's own message names the file and the parse
 * position; we add what to do, and say that the file was not touched.
 *
 * @example
 * catch (e) { throw storeStartError(e, dataDir); }
 */
export function storeStartError(e: unknown, dataDir: string): unknown {
  const err = e as { code?: string; name?: string; message?: string };
  const message = err?.message ?? String(e);
  if (err?.code === 'ELOCKED' || /lock/i.test(err?.name ?? '') || /locked|lock file/i.test(message)) {
    return new StartError(
      // The store's message already names the folder and the lock; say what to do about it.
      `${message}\nStop the other server, or set DUIKIT_DATA_DIR to another folder than ${dataDir}.`,
      { cause: e },
    );
  }
  if (err?.name === 'AuditChainError') {
    return new StartError(`${message}\nThe data folder ${dataDir} was left exactly as it was.`, { cause: e });
  }
  if (/corrupt|parse|JSON|position/i.test(`${err?.name ?? ''} ${message}`)) {
    return new StartError(
      `A data file is corrupt: ${message}\n` +
        'The file was left exactly as it was. Restore it from a backup, or move the data folder away to start with an empty (demo) store.',
      { cause: e },
    );
  }
  return e;
}
