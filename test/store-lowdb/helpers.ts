/**
 * Helpers of the store tests: temporary data folders and child processes running the store
 * (bundled with esbuild from the TypeScript sources, so the child is a real second process).
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

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
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@duikit/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return outfile;
}
