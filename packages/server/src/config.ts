/**
 * Start-up configuration from the environment: `PORT` (8080), `HOST` (127.0.0.1),
 * `DUIKIT_DATA_DIR` (`./data`, relative to the working directory), `DUIKIT_SECRET`, and
 * `DUIKIT_DATABASE_URL` (+ `DUIKIT_DATABASE_SCHEMA`) to run on PostgreSQL instead of lowdb, and
 * `DUIKIT_TICK_SECONDS` (60), how often the deadlines due are fired.
 * A bad value stops the start with a message naming the variable.
 */
import { resolve } from 'node:path';

/** The resolved configuration. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the data folder. */
  dataDir: string;
  /** The session secret when given by `DUIKIT_SECRET`; otherwise read or generated in `dataDir`. */
  secret?: string;
  /** PostgreSQL instead of the lowdb folder (several server processes may share it). */
  database?: { url: string; schema?: string };
  /** Seconds between two deadline ticks (each process ticks; a deadline fires once, ADR 0027). */
  tickSeconds: number;
  /** `Secure` session cookie: on unless the server listens on a loopback address over HTTP. */
  secureCookie: boolean;
}

/** A configuration mistake: the message names the variable and the expected value. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Reads the configuration.
 *
 * @example
 * const config = readConfig(process.env, process.cwd());
 */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const portText = env.PORT ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${portText}".`);
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  const secret = env.DUIKIT_SECRET;
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError(
      'DUIKIT_SECRET must be at least 32 characters (or unset it: a secret is generated in the data folder).',
    );
  }
  const cookie = env.DUIKIT_SECURE_COOKIE;
  const url = env.DUIKIT_DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url))
    throw new ConfigError(
      `DUIKIT_DATABASE_URL must be a postgres:// URL, got "${url.replace(/:[^:@/]*@/, ':…@')}".`,
    );
  const schema = env.DUIKIT_DATABASE_SCHEMA?.trim();
  const tickText = env.DUIKIT_TICK_SECONDS?.trim() || '60';
  const tickSeconds = Number(tickText);
  if (!/^\d+(\.\d+)?$/.test(tickText) || tickSeconds < 0.1 || tickSeconds > 86_400)
    throw new ConfigError(
      `DUIKIT_TICK_SECONDS must be a number of seconds from 0.1 to 86400, got "${tickText}".`,
    );
  return {
    port,
    host,
    dataDir: resolve(cwd, env.DUIKIT_DATA_DIR?.trim() || 'data'),
    ...(secret ? { secret } : {}),
    ...(url ? { database: { url, ...(schema ? { schema } : {}) } } : {}),
    tickSeconds,
    // Browsers drop Secure cookies on plain HTTP except on loopback; behind TLS set it to 1.
    secureCookie: cookie === undefined ? !LOOPBACK.has(host) : cookie === '1' || cookie === 'true',
  };
}
