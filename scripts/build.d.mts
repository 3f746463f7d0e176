// Types of scripts/build.mjs, for the packaging tests.
/** Why a build is needed, or `null` when dist is complete (and, with `stale`, up to date). */
export function buildReason(options?: { stale?: boolean }): string | null;
