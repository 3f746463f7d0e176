// Types of scripts/packed.mjs, for the packaging tests.
export const root: string;
export function publishedPackages(): { dir: string; name: string; version: string }[];
export function packAll(): Record<string, string>;
export function lockedVersions(): Record<string, string>;
export function installApp(
  appDir: string,
  pkg: { name: string; dependencies?: Record<string, string>; [key: string]: unknown },
  tarballs: Record<string, string>,
  options?: { ignoreScripts?: boolean },
): void;
