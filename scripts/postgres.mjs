// A throwaway PostgreSQL cluster for the tests (never a system service): initdb in a temporary
// folder as an unprivileged user (initdb refuses root), pg_ctl start on a free loopback port with
// its unix socket in that folder, stop and remove on `stop()`. When the binaries are missing,
// installs Debian's `postgresql` as root with apt, or stops with the exact command to run.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** @returns {string | undefined} the folder holding initdb and pg_ctl. */
export function findPostgresBin() {
  const fromEnv = process.env.DUIKIT_PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':'))
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  return undefined;
}

/** @returns {string} the binaries folder, installing PostgreSQL first when root with apt. */
export function ensurePostgres() {
  const found = findPostgresBin();
  if (found) return found;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log('PostgreSQL not found: installing Debian\'s "postgresql" (apt-get install -y postgresql)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      stdio: 'inherit',
      env,
    });
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  console.error(
    'The PostgreSQL store tests need the PostgreSQL server binaries (initdb, pg_ctl) and none were found.\n' +
      'Install them with:\n\n    sudo apt-get update && sudo apt-get install -y postgresql\n\n' +
      'or set DUIKIT_PG_BIN to the folder holding initdb and pg_ctl.',
  );
  process.exit(1);
}

/** @returns {Promise<number>} a free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** The unprivileged user that runs the cluster when we are root. */
function clusterUser() {
  for (const user of ['postgres', 'nobody']) {
    try {
      execFileSync('id', ['-u', user], { stdio: 'ignore' });
      return user;
    } catch {
      /* next */
    }
  }
  throw new Error(
    'No unprivileged user (postgres or nobody) to run initdb as: create one (useradd postgres).',
  );
}

/**
 * Starts a temporary cluster.
 * @returns {Promise<{ url: string, port: number, dir: string, stop: () => void }>}
 */
export async function startTemporaryCluster() {
  const bin = ensurePostgres();
  const dir = mkdtempSync(join(tmpdir(), 'duikit-pg-'));
  const data = join(dir, 'data');
  const user = isRoot() ? clusterUser() : undefined;
  chmodSync(dir, 0o777);
  if (user) execFileSync('chown', [user, dir]);
  const as = (cmd, args) =>
    user
      ? execFileSync('runuser', ['-u', user, '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  as('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
}
