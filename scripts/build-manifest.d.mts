// Types of scripts/build-manifest.mjs, for its tests (test/storybook).
/* eslint-disable @typescript-eslint/no-explicit-any -- the manifest is untyped JSON here */
export type Manifest = { schemaVersion?: string; modules: any[]; [key: string]: unknown };
export function analyze(options?: { pkgDir?: string; configPath?: string }): Promise<Manifest>;
export function elementsOf(manifest: Manifest): any[];
export function tidyManifest(manifest: Manifest): Manifest;
export function checkManifest(manifest: Manifest): string[];
export function literalValues(typeText: string | undefined): { name: string }[] | undefined;
export function storyId(title: string): string;
export function storyTitles(storiesDir: string): Map<string, string>;
export function toVsCodeData(
  manifest: Manifest,
  options?: { docsUrl?: string; titles?: Map<string, string> },
): { version: number; tags: any[] };
export function toJsxTypes(manifest: Manifest): string;
