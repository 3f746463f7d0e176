/**
 * The session secret: `DUIKIT_SECRET` when set, else a random one generated on first start and
 * kept in the data folder (mode 0600), so sessions survive a restart.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File name of the generated secret inside the data folder. */
export const SECRET_FILE = 'session-secret';

/**
 * Returns the secret to use, creating the file when there is none.
 *
 * @example
 * const secret = await loadOrCreateSecret('/srv/dui/data', process.env.DUIKIT_SECRET);
 */
export async function loadOrCreateSecret(
  dataDir: string,
  fromEnv?: string,
): Promise<{ secret: string; source: string }> {
  if (fromEnv) return { secret: fromEnv, source: 'DUIKIT_SECRET' };
  const path = join(dataDir, SECRET_FILE);
  try {
    const kept = (await readFile(path, 'utf8')).trim();
    if (kept.length >= 32) return { secret: kept, source: path };
    throw new Error(
      `${path} holds fewer than 32 characters: delete it to generate a new secret (signs everyone out).`,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const secret = randomBytes(48).toString('base64url');
  // `wx`: never overwrite a secret another process wrote meanwhile.
  await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return { secret, source: path };
}
