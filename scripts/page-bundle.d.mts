// Types of scripts/page-bundle.mjs, for its tests.
import type { Plugin } from 'esbuild';
export interface PageBundle {
  /** The code a page loads, chunks concatenated. */
  code: string;
  min: number;
  gzip: number;
  chunks: number;
}
export function pageBundle(
  contents: string,
  options?: { plugins?: Plugin[]; lazyIncluded?: RegExp[] },
): Promise<PageBundle>;
export function rollupPageBundle(
  contents: string,
  options?: { plugins?: import('rollup').Plugin[] },
): Promise<Omit<PageBundle, 'code'> | null>;
