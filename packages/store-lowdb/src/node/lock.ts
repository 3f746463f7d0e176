/**
 * One process per data folder (ADR 0025). `<dir>/.lock` is made with mkdir (atomic on every file
 * system) and holds `owner.json`: pid, boot id, the process's start time, host and a random
 * token. A second process reads the owner: on this host, a pid that is gone, reused (another
 * start time) or from before a reboot (another boot id) is a dead owner, whose lock is taken over
 * at once; a live one is refused, however long it stalls. An owner on another host (a shared
 * folder) is dead once it has not refreshed its file for `staleMs`. The holder checks its token
 * before every write (re-reading it whenever the owner file's inode, times or size changed): a
 * process whose lock was taken stops writing at once.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreLockLostError, StoreLockedError } from '../errors.js';

/** Lock settings. */
export interface LockOptions {
  /** An owner on another host that has not refreshed its lock for this long is dead. Default 10,000 ms. */
  staleMs?: number;
  /** How long to wait for a live owner to leave before refusing. Default 0. */
  lockWaitMs?: number;
  /** Called once when the lock was lost (taken by another process, folder removed…). */
  onCompromised?: (error: Error) => void;
}

/** Who holds a folder. */
export interface LockOwner {
  pid: number;
  host: string;
  bootId?: string;
  /** The process's start time (clock ticks since boot, `/proc/<pid>/stat` field 22). */
  startTime?: string;
  token: string;
  at: string;
}

/** A held lock. */
export interface FolderLock {
  /** Throws {@link StoreLockLostError} once another process holds the folder. */
  check(): void;
  release(): Promise<void>;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

const bootId = () => read('/proc/sys/kernel/random/boot_id');

/** A process's start time, or undefined (no /proc, or no such process). */
export function startTimeOf(pid: number): string | undefined {
  const stat = read(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Whether the lock's owner still runs. */
function ownerAlive(owner: LockOwner | undefined, lockMtime: number, stale: number): boolean {
  // No owner file yet: another process is between its mkdir and its write, or crashed there.
  if (!owner) return Date.now() - lockMtime < 2000;
  if (owner.host !== hostname()) return Date.now() - lockMtime < stale;
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false;
  if (!alive(owner.pid)) return false;
  return !owner.startTime || startTimeOf(owner.pid) === owner.startTime;
}

const describe = (o: LockOwner | undefined) =>
  o ? `pid ${o.pid} on ${o.host}, since ${o.at}` : 'a process that is writing its lock right now';

/**
 * Takes the folder's lock or throws {@link StoreLockedError}.
 *
 * @example
 * const lock = await lockFolder('/var/lib/duikit', {}, (e) => console.error(e));
 * lock.check(); // before each write
 */
export async function lockFolder(
  dir: string,
  opts: LockOptions,
  onLost: (e: Error) => void,
): Promise<FolderLock> {
  const stale = Math.max(2000, opts.staleMs ?? 10_000);
  const path = join(dir, '.lock');
  const ownerFile = join(path, 'owner.json');
  const deadline = Date.now() + (opts.lockWaitMs ?? 0);
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    ...(bootId() ? { bootId: bootId() } : {}),
    ...(startTimeOf(process.pid) ? { startTime: startTimeOf(process.pid) } : {}),
    token: randomBytes(12).toString('hex'),
    at: new Date().toISOString(),
  };
  const readOwner = (): LockOwner | undefined => {
    try {
      return JSON.parse(read(ownerFile) ?? '') as LockOwner;
    } catch {
      return undefined;
    }
  };
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(ownerFile, `${JSON.stringify(me)}\n`);
      break;
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
    }
    const owner = readOwner();
    let mtime: number;
    try {
      mtime = statSync(owner ? ownerFile : path).mtimeMs;
    } catch {
      continue; // released meanwhile: try again
    }
    if (!ownerAlive(owner, mtime, stale)) {
      // Renamed away first: of two processes taking over one dead lock, one rename wins.
      const grave = `${path}.dead-${me.token}`;
      try {
        renameSync(path, grave);
        rmSync(grave, { recursive: true, force: true });
      } catch {
        /* another process took it over first: look again */
      }
      continue;
    }
    if (Date.now() >= deadline) throw new StoreLockedError(dir, path, describe(owner));
    await new Promise((r) => setTimeout(r, 200));
  }

  let lost: StoreLockLostError | undefined;
  // The owner file as last read holding our token. A takeover writes another file (the folder
  // is renamed away, a new one made), so another inode, change time or size sends check() back
  // to reading it; while it is the same file, one stat replaces an open, read, close and parse
  // on every write.
  let ours: string | undefined;
  const fingerprint = () => {
    try {
      const st = statSync(ownerFile, { bigint: true });
      return {
        key: `${st.ino}:${st.ctimeNs}:${st.mtimeNs}:${st.size}`,
        changedMs: Number(st.ctimeNs / 1_000_000n),
      };
    } catch {
      return undefined;
    }
  };
  const check = () => {
    if (lost) throw lost;
    const seen = fingerprint();
    if (seen && seen.key === ours) return;
    const owner = readOwner();
    if (owner?.token === me.token) {
      // Stat taken before the read; trusted only for a file last changed well before now, so
      // that any later change (file times tick coarsely) carries another change time.
      ours = seen && seen.changedMs < Date.now() - 100 ? seen.key : undefined;
      return;
    }
    lost = new StoreLockLostError(dir, path, describe(owner));
    onLost(lost);
    opts.onCompromised?.(lost);
    throw lost;
  };
  // Refreshed for owners on other hosts, which judge staleness by this file's time.
  const timer = setInterval(
    () => {
      try {
        check();
        const now = new Date();
        utimesSync(ownerFile, now, now);
      } catch {
        clearInterval(timer);
      }
    },
    Math.floor(stale / 2),
  );
  timer.unref();
  return {
    check,
    async release() {
      clearInterval(timer);
      if (lost || readOwner()?.token !== me.token) return;
      rmSync(path, { recursive: true, force: true });
    },
  };
}
