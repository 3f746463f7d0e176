/**
 * Server-side session records: the encrypted cookie names a session, and the session is live
 * only while its record is. Signing out drops the record, so a copied cookie is worthless at
 * once; a session left idle longer than the idle limit ends on its next request; the cookie's
 * own expiry (8 hours) still bounds a busy one. See ADR 0020.
 */
import { randomBytes } from 'node:crypto';

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
