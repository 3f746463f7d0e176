/**
 * The audit key of a data folder (ADR 0026): what signs every audit entry must not sit in the
 * folder it protects. In order: the `auditKey` option, `DUIKIT_AUDIT_KEY` (64 hex digits or a
 * text of 32+ characters), the file `DUIKIT_AUDIT_KEY_FILE` names, else the per-user key file
 * `$XDG_CONFIG_HOME/duikit/audit.key` (`~/.config/duikit/audit.key`), created on first use
 * (32 random bytes, mode 0600).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { auditKeyBytes } from '@duikit/core';

/** The key and where it came from (for the start-up log). */
export interface AuditKey {
  key: Uint8Array;
  /** `option`, `DUIKIT_AUDIT_KEY`, or the key file's path (with "(created)" the first time). */
  source: string;
}

/** The default per-user key file. */
export function defaultAuditKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(config, 'duikit', 'audit.key');
}

const inside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/**
 * Resolves the audit key for the data folder `dir`; refuses a key file inside it.
 *
 * @example
 * const { key, source } = resolveAuditKey('/var/lib/duikit');
 */
export function resolveAuditKey(
  dir: string,
  option?: string | Uint8Array,
  env: NodeJS.ProcessEnv = process.env,
): AuditKey {
  if (option !== undefined) return { key: auditKeyBytes(option), source: 'option' };
  if (env.DUIKIT_AUDIT_KEY) return { key: auditKeyBytes(env.DUIKIT_AUDIT_KEY), source: 'DUIKIT_AUDIT_KEY' };
  const file = resolve(env.DUIKIT_AUDIT_KEY_FILE || defaultAuditKeyFile(env));
  if (inside(dir, file))
    throw new Error(
      `The audit key file ${file} is inside the data folder ${dir}: whoever can change the audit trail ` +
        'could then re-sign it. Keep it elsewhere (DUIKIT_AUDIT_KEY_FILE) or set DUIKIT_AUDIT_KEY.',
    );
  let created = false;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': two processes starting at once keep one key (the loser reads the winner's).
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    created = true;
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST') throw e;
  }
  const text = readFileSync(file, 'utf8').trim();
  try {
    return { key: auditKeyBytes(text), source: created ? `${file} (created)` : file };
  } catch (e) {
    throw new Error(`The audit key file ${file} is not a key: ${(e as Error).message}`, { cause: e });
  }
}
