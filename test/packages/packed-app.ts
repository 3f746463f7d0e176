/**
 * Helpers of the packaging tests: the throwaway app folder (outside the workspace) with the
 * packed packages installed, Vite builds of small pages in it, and their sizes as a browser
 * downloads them (minified, gzip -9).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { buildReason } from '../../scripts/build.mjs';
import { installApp, packAll } from '../../scripts/packed.mjs';

/** Stops with the command to run when dist is older than the sources (the tests measure dist). */
export function assertBuilt(): void {
  const reason = buildReason({ stale: true });
  if (reason) throw new Error(`The packages' dist is not up to date (${reason}): run \`npm run build\`.`);
}

/**
 * Packs every package and installs `@duikit/core`, `@duikit/components` and `@duikit/cli` from the tarballs
 * into a new folder under the system's temporary folder.
 */
export function installPacked(): { dir: string; tarballs: Record<string, string> } {
  const tarballs = packAll();
  const dir = mkdtempSync(join(tmpdir(), 'duikit-packed-'));
  installApp(
    dir,
    {
      name: 'duikit-packed-apps',
      dependencies: { '@duikit/core': '*', '@duikit/components': '*', '@duikit/cli': '*' },
    },
    tarballs,
  );
  return { dir, tarballs };
}

/** Sizes of a set of chunks. */
export interface Sizes {
  files: string[];
  min: number;
  gzip: number;
}

/** A Vite build: what the page loads first (entry and its static imports) and every JS file. */
export interface AppBuild {
  outDir: string;
  initial: Sizes;
  all: Sizes;
  /** Every emitted JS chunk with its size and whether the page loads it first. */
  chunks: { file: string; min: number; gzip: number; initial: boolean }[];
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;

/**
 * Writes `index.html` and `main.js` (plus `extra` files) into `<dir>/<name>/` and builds them
 * with Vite as a vendor's app would (default configuration, production mode).
 */
export async function buildApp(
  dir: string,
  name: string,
  files: { html: string; main: string; extra?: Record<string, string> },
): Promise<AppBuild> {
  const appDir = join(dir, name);
  mkdirSync(appDir, { recursive: true });
  writeFileSync(join(appDir, 'index.html'), files.html);
  writeFileSync(join(appDir, 'main.js'), files.main);
  for (const [file, text] of Object.entries(files.extra ?? {})) writeFileSync(join(appDir, file), text);
  const outDir = join(appDir, 'dist');
  // `vite build` from a vendor's shell runs with NODE_ENV unset, so Vite resolves lit (and every
  // package with a `development` export condition) to its production build. Under vitest
  // NODE_ENV is `test`, which would measure lit's development build (about 4 KB gz more).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      root: appDir,
      configFile: false,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const output = (Array.isArray(result) ? result[0] : (result as Rollup.RollupOutput)).output;
  const js = output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const byName = new Map(js.map((c) => [c.fileName, c]));
  const initial = new Set<string>();
  const visit = (c: Rollup.OutputChunk) => {
    if (initial.has(c.fileName)) return;
    initial.add(c.fileName);
    for (const i of c.imports) if (byName.has(i)) visit(byName.get(i)!);
  };
  for (const c of js.filter((c) => c.isEntry)) visit(c);
  const chunks = js.map((c) => ({
    file: c.fileName,
    min: Buffer.byteLength(c.code),
    gzip: gz(c.code),
    initial: initial.has(c.fileName),
  }));
  const sum = (list: typeof chunks): Sizes => ({
    files: list.map((c) => c.file),
    min: list.reduce((n, c) => n + c.min, 0),
    gzip: list.reduce((n, c) => n + c.gzip, 0),
  });
  return { outDir, initial: sum(chunks.filter((c) => c.initial)), all: sum(chunks), chunks };
}

/** Runs `code` as an ES module with Node inside `dir` (so it resolves the installed packages). */
export function nodeIn(dir: string, code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' });
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
