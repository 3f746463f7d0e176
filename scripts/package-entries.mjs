// The build entries of a workspace package, read from its package.json `exports` map: each
// export with a `source` condition is one entry, built to the file its `default` condition
// names. `exports` is the one definition of what a package offers; rollup and the packaging
// tests derive from it. A `*` pattern (`./dui-*`) expands to every source file that matches.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The workspace packages rollup builds, in dependency order. */
export const BUILT_PACKAGES = [
  'core',
  'store-lowdb',
  'store-postgres',
  'components',
  'fhir',
  'cli',
  'server',
];

/**
 * Expands a `*` in `sourcePattern` (one `*` per path segment, the same text in each) against
 * the files under `pkgDir`, returning the text each `*` stood for.
 */
function expand(pkgDir, sourcePattern) {
  const parts = sourcePattern.replace(/^\.\//, '').split('/');
  const star = parts.findIndex((p) => p.includes('*'));
  const base = join(pkgDir, ...parts.slice(0, star));
  if (!existsSync(base)) return [];
  const [before, after] = parts[star].split('*');
  return readdirSync(base)
    .filter((n) => n.startsWith(before) && n.endsWith(after) && n.length > before.length + after.length)
    .map((n) => n.slice(before.length, n.length - after.length))
    .filter((hit) => existsSync(join(pkgDir, sourcePattern.replaceAll('*', hit))));
}

/**
 * `{ '<dist name without .js>': '<source path from the repository root>' }` for one package.
 *
 * @example
 * packageEntries('packages/core'); // { index: 'packages/core/src/index.ts', base: …, … }
 */
export function packageEntries(pkgDir, root = process.cwd()) {
  const pkg = JSON.parse(readFileSync(join(root, pkgDir, 'package.json'), 'utf8'));
  const entries = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    if (typeof target !== 'object' || !target.source || !target.default) continue;
    const hits = target.source.includes('*') ? expand(join(root, pkgDir), target.source) : [null];
    for (const hit of hits) {
      const fill = (p) => (hit === null ? p : p.replaceAll('*', hit));
      const out = fill(target.default)
        .replace(/^\.\/dist\//, '')
        .replace(/\.js$/, '');
      entries[out] = relative(root, join(root, pkgDir, fill(target.source)));
    }
  }
  return entries;
}
