/**
 * One process per data folder: proper-lockfile takes `<dir>/.lock` (an mkdir, atomic on every
 * file system) and refreshes its mtime; a second process gets ELOCKED at once.
 */
import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import { StoreLockedError } from '../errors.js';

/** Lock settings. */
export interface LockOptions {
  /** A lock not refreshed for this long is stale (crashed holder). Default 10,000 ms. */
  staleMs?: number;
  /** How long to wait for a lock held by someone else (e.g. a crashed process) before refusing. Default 0. */
  lockWaitMs?: number;
  /** Called when the lock was lost (event loop blocked longer than `staleMs`, folder removed…). */
  onCompromised?: (error: Error) => void;
}

/**
 * Takes the folder's lock or throws {@link StoreLockedError}; resolves to the release function.
 *
 * @example
 * const release = await lockFolder('/var/lib/duikit', { staleMs: 10_000 });
 */
export async function lockFolder(
  dir: string,
  opts: LockOptions,
  onLost: (e: Error) => void,
): Promise<() => Promise<void>> {
  const stale = Math.max(2000, opts.staleMs ?? 10_000);
  const lockfilePath = join(dir, '.lock');
  const wait = opts.lockWaitMs ?? 0;
  try {
    return await lockfile.lock(dir, {
      lockfilePath,
      stale,
      update: Math.max(1000, Math.floor(stale / 2)),
      retries: wait > 0 ? { retries: Math.ceil(wait / 500), factor: 1, minTimeout: 500, maxTimeout: 500 } : 0,
      realpath: false,
      onCompromised: (e) => {
        onLost(e);
        opts.onCompromised?.(e);
      },
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'ELOCKED') throw new StoreLockedError(dir, lockfilePath, stale);
    throw e;
  }
}
