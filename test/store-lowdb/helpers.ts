/**
 * Helpers of the store tests: temporary data folders and child processes running the store
 * (bundled with esbuild from the TypeScript sources, so the child is a real second process).
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository: the nearest folder upward holding tsconfig.json and packages/ (also from a bundle). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'tsconfig.json')) && existsSync(join(dir, 'packages'))) return dir;
    if (dirname(dir) === dir) return resolve(import.meta.dirname, '../..');
  }
}
const root = findRoot(import.meta.dirname);

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'duikit-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Bundles a child script (TypeScript source text) that imports our packages; returns the .mjs path. */
export async function bundleChild(name: string, source: string): Promise<string> {
  const dir = join(root, 'node_modules/.cache/duikit-test-children');
  const entry = join(dir, `${name}.ts`);
  const outfile = join(dir, `${name}.mjs`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(entry, source);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    tsconfig: join(root, 'tsconfig.json'),
    absWorkingDir: root,
    logLevel: 'error',
    plugins: [
      {
        name: 'external-npm',
        setup(b) {
          // npm packages stay imports, at the path each importer resolves them to (a package may
          // hold its own version: core's ajv is not the root's).
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.path.startsWith('@duikit/') || args.pluginData === 'inner') return undefined;
            const found = await b.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              pluginData: 'inner',
            });
            const absolute = !found.errors.length && found.path.startsWith('/');
            return { path: absolute ? found.path : args.path, external: true };
          });
        },
      },
    ],
  });
  return outfile;
}
