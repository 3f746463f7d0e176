/**
 * Server-side session records: the encrypted cookie names a session, and the session is live
 * only while its record is. Signing out drops the record, so a copied cookie is worthless at
 * once; a session left idle longer than the idle limit ends on its next request; the cookie's
 * own expiry (8 hours) still bounds a busy one. See ADR 0020.
 */
import { createHash, randomBytes } from 'node:crypto';
import { isConflict, type StorePort } from '@duikit/core';

/** Where live sessions are kept (memory by default; a host running several processes shares one). */
export interface SessionRegistry {
  /** Records a new session of a professional; answers its id, kept in the encrypted cookie. */
  open(professionalId: string): Promise<string>;
  /** Whether the session is live; refreshes its idle timer when it is, drops it when idle too long. */
  touch(id: string): Promise<boolean>;
  /** Ends a session (sign-out). */
  close(id: string): Promise<void>;
  /** Ends every session of a professional (access withdrawn, credentials compromised). */
  closeAll(professionalId: string): Promise<number>;
}

/** Options of {@link memorySessions}. */
export interface MemorySessionOptions {
  /** Inactivity after which a session ends, in seconds (default 900: 15 minutes). */
  idleSeconds?: number;
  /** Clock in milliseconds (tests move it). */
  now?: () => number;
}

/** Default idle limit: 15 minutes, the lock delay commonly required of health information systems. */
export const DEFAULT_IDLE_SECONDS = 15 * 60;

/**
 * Sessions kept in this process's memory: a restart signs everyone out (fail closed).
 *
 * @example
 * const app = await createServer({ service, auth, secret, sessions: memorySessions({ idleSeconds: 600 }) });
 */
export function memorySessions(options: MemorySessionOptions = {}): SessionRegistry {
  const idleMs = (options.idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000;
  const now = options.now ?? Date.now;
  const live = new Map<string, { professionalId: string; seen: number }>();
  const sweep = () => {
    const t = now();
    for (const [id, s] of live) if (t - s.seen > idleMs) live.delete(id);
  };
  return {
    async open(professionalId) {
      sweep();
      const id = randomBytes(24).toString('base64url');
      live.set(id, { professionalId, seen: now() });
      return id;
    },
    async touch(id) {
      const s = live.get(id);
      if (!s) return false;
      const t = now();
      if (t - s.seen > idleMs) {
        live.delete(id);
        return false;
      }
      s.seen = t;
      return true;
    },
    async close(id) {
      live.delete(id);
    },
    async closeAll(professionalId) {
      let n = 0;
      for (const [id, s] of live)
        if (s.professionalId === professionalId) {
          live.delete(id);
          n++;
        }
      return n;
    },
  };
}

/** The collection {@link storeSessions} keeps session records in. */
export const SESSIONS = 'serverSessions';

/** A session record as stored: keyed by a hash of the id, never the id itself. */
interface StoredSession {
  professionalId: string;
  /** When the session was last used (ms), and when it ends if unused (ISO, indexed). */
  seen: number;
  idleUntil: string;
}

/** Options of {@link storeSessions}. */
export interface StoreSessionOptions extends MemorySessionOptions {
  /**
   * How stale the recorded last use may get before a request writes it again, in seconds
   * (default: a thirtieth of the idle limit, 30 s for 15 minutes): one write per session per
   * interval, not per request. A session may so end up to this much earlier than the limit.
   */
  refreshSeconds?: number;
}

/**
 * Sessions kept in the store, for several server processes on one database (PostgreSQL): a
 * session opened through one process is live on all, and signing out on one ends it on all. The
 * store holds a SHA-256 of each id, so reading the table gives no usable session. Expired records
 * are removed as new sessions open.
 *
 * @example
 * const app = await createServer({ service, auth, secret, sessions: storeSessions(store) });
 */
export function storeSessions(store: StorePort, options: StoreSessionOptions = {}): SessionRegistry {
  const idleMs = (options.idleSeconds ?? DEFAULT_IDLE_SECONDS) * 1000;
  const refreshMs = (options.refreshSeconds ?? idleMs / 30_000) * 1000;
  const now = options.now ?? Date.now;
  const key = (id: string) => createHash('sha256').update(id).digest('base64url');
  const record = (professionalId: string, seen: number): StoredSession => ({
    professionalId,
    seen,
    idleUntil: new Date(seen + idleMs).toISOString(),
  });
  /** Deletes, ignoring a concurrent change (another process touched or closed it). */
  const drop = async (id: string, version: number) => {
    try {
      await store.delete(SESSIONS, id, version);
    } catch (e) {
      if (!isConflict(e)) throw e;
    }
  };
  const sweep = async () => {
    const stale = await store.query<StoredSession>(SESSIONS, {
      where: { idleUntil: { lt: new Date(now()).toISOString() } },
      limit: 100,
    });
    for (const r of stale) await drop(r.id, r.version);
  };
  return {
    async open(professionalId) {
      await sweep();
      const id = randomBytes(24).toString('base64url');
      await store.put(SESSIONS, key(id), record(professionalId, now()), null);
      return id;
    },
    async touch(id) {
      const rec = await store.get<StoredSession>(SESSIONS, key(id));
      if (!rec) return false;
      const t = now();
      if (t - rec.data.seen > idleMs) {
        await drop(rec.id, rec.version);
        return false;
      }
      if (t - rec.data.seen >= refreshMs) {
        try {
          await store.put(SESSIONS, rec.id, record(rec.data.professionalId, t), rec.version);
        } catch (e) {
          // Another request refreshed it meanwhile, or a sign-out removed it: ask again.
          if (!isConflict(e)) throw e;
          return (await store.get(SESSIONS, rec.id)) !== undefined;
        }
      }
      return true;
    },
    async close(id) {
      const rec = await store.get(SESSIONS, key(id));
      if (rec) await drop(rec.id, rec.version);
    },
    async closeAll(professionalId) {
      const all = await store.query(SESSIONS, { where: { professionalId } });
      for (const r of all) await drop(r.id, r.version);
      return all.length;
    },
  };
}
