// The published packages as a vendor gets them: `npm pack` of each workspace package, installed
// into a throwaway app outside the workspace. Used by the packaging tests (test/packages) and
// the framework examples (scripts/examples.mjs).
//
// Packing is cached per build: the tarballs go to node_modules/.cache/duikit-packs/<key>/,
// where the key hashes every packed package's package.json and its dist listing (names, sizes,
// times), so the tests and the examples of one run pack once.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** The workspace packages that are published (not `private`), folder and name. */
export function publishedPackages() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => !pkg.private)
    .map(({ dir, pkg }) => ({ dir, name: pkg.name, version: pkg.version }));
}

function listing(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) listing(p, out);
    else out.push(`${p}:${st.size}:${st.mtimeMs}`);
  }
  return out;
}

/**
 * Packs every published package (once per build) and returns `{ '@duikit/x': '/abs/x.tgz' }`.
 *
 * @example
 * const tarballs = packAll(); // { '@duikit/core': '…/duikit-core-0.1.0.tgz', … }
 */
export function packAll() {
  const pkgs = publishedPackages();
  const hash = createHash('sha256');
  for (const { dir } of pkgs) {
    hash.update(readFileSync(join(root, dir, 'package.json')));
    for (const entry of listing(join(root, dir, 'dist'))) hash.update(entry);
  }
  const dest = join(root, 'node_modules/.cache/duikit-packs', hash.digest('hex').slice(0, 16));
  const index = join(dest, 'index.json');
  if (existsSync(index)) return JSON.parse(readFileSync(index, 'utf8'));
  rmSync(join(root, 'node_modules/.cache/duikit-packs'), { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', dest, ...pkgs.flatMap((p) => ['--workspace', p.dir])];
  const packed = JSON.parse(execFileSync('npm', args, { cwd: root, encoding: 'utf8' }));
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, join(dest, p.filename)]));
  writeFileSync(index, JSON.stringify(tarballs, null, 2));
  return tarballs;
}

/**
 * Exact versions, from the workspace's package-lock, of everything our packages depend on
 * (transitively), so an app installed from the tarballs gets what the tests ran with.
 */
export function lockedVersions() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const parent = (dir) =>
    dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '';
  const locate = (name, from) => {
    for (let dir = from; ; dir = parent(dir)) {
      const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock[key]) return key;
      if (!dir) return undefined;
    }
  };
  const out = {};
  const visit = (key) => {
    for (const dep of Object.keys(lock[key].dependencies ?? {})) {
      if (dep.startsWith('@duikit/')) continue;
      const at = locate(dep, key);
      if (!at || out[dep]) continue;
      out[dep] = lock[at].version;
      visit(at);
    }
  };
  for (const { dir } of publishedPackages()) if (lock[dir]) visit(dir);
  return out;
}

/**
 * Writes `package.json` into `appDir` (outside the workspace), pointing every `@duikit/*`
 * dependency at its tarball (also through `overrides`, for the packages' own dependencies on
 * each other) and pinning the third-party versions inside our packages to the workspace lock,
 * then runs `npm install`.
 * `pkg` is the app's own package.json (dependencies on `@duikit/*` by version, as a vendor
 * writes them).
 *
 * @example
 * installApp('/tmp/app', { name: 'app', dependencies: { '@duikit/components': '^0.1.0' } }, packAll());
 */
export function installApp(appDir, pkg, tarballs, { ignoreScripts = true } = {}) {
  mkdirSync(appDir, { recursive: true });
  const file = (name) => `file:${tarballs[name]}`;
  const pins = lockedVersions();
  const deps = { ...pkg.dependencies };
  for (const name of Object.keys(deps)) if (tarballs[name]) deps[name] = file(name);
  const own = new Set(Object.keys(deps));
  // Pins apply inside our packages' trees only: the app's own tools keep their own versions.
  const overrides = Object.fromEntries(
    Object.keys(tarballs).map((n) => [n, { '.': own.has(n) ? `$${n}` : file(n), ...pins }]),
  );
  writeFileSync(
    join(appDir, 'package.json'),
    `${JSON.stringify({ ...pkg, private: true, dependencies: deps, overrides }, null, 2)}\n`,
  );
  const args = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
  if (ignoreScripts) args.push('--ignore-scripts');
  execFileSync('npm', args, { cwd: appDir, stdio: ['ignore', 'ignore', 'inherit'] });
}
