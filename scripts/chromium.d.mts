// Types of scripts/chromium.mjs, for the journey tests.
/** The path of a Chromium executable (CHROME_PATH, then Debian's), or undefined. */
export function findChromium(): string | undefined;
/** A Chromium's path; installs Debian's when root with apt, else exits with the command to run. */
export function ensureChromium(): string;
