/**
 * Where the forms and base workflows a file refers to are found: the `--forms`/`--workflows`
 * flags, else a `duikit.config.json` found upward from the file, else the file's own folder
 * (`forms/` beside a workflow, the folder above `variants/`); the standard files shipped in
 * `@duikit/core` always come last.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readJson } from './files.js';

/** The folders to look in, and the project file they came from. */
export interface Sources {
  forms: string[];
  workflows: string[];
  /** The `duikit.config.json` used, if any. */
  configFile?: string;
  /** Why the project file could not be used (a message key and parameters). */
  error?: { key: string; params?: Record<string, string> };
}

/** The flags that override the project file. */
export interface SourceFlags {
  forms?: string[];
  workflows?: string[];
}

/**
 * The nearest `duikit.config.json` in the folder of `path` or above it.
 *
 * @example
 * findProjectFile('etablissement/variants/admission-x.json'); // '/abs/etablissement/duikit.config.json'
 */
export function findProjectFile(path: string): string | undefined {
  let dir = resolve(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, 'duikit.config.json');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const list = (v: unknown): string[] | undefined =>
  typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;

/** The implicit folders of a path: its own folder (or the one above `forms/` and `variants/`). */
function implicit(path: string): SourceFlags {
  let dir = existsSync(path) && statSync(path).isDirectory() ? resolve(path) : dirname(resolve(path));
  if (['forms', 'variants'].includes(basename(dir))) dir = dirname(dir);
  return { forms: [join(dir, 'forms')], workflows: [dir, join(dir, 'variants')] };
}

/**
 * The folders for the files at `paths`.
 *
 * @example
 * sourcesFor(['copie/admission-x.json'], { forms: ['workflows/forms'] });
 */
export function sourcesFor(paths: string[], flags: SourceFlags): Sources {
  if (flags.forms?.length || flags.workflows?.length) {
    const fallback = implicit(paths[0] ?? '.');
    return {
      forms: (flags.forms ?? fallback.forms!).map((p) => resolve(p)),
      workflows: (flags.workflows ?? fallback.workflows!).flatMap((p) => [
        resolve(p),
        join(resolve(p), 'variants'),
      ]),
    };
  }
  const file = paths.length ? findProjectFile(paths[0]) : undefined;
  if (file) {
    const read = readJson(file);
    const doc = ('doc' in read ? read.doc : {}) as { forms?: unknown; workflows?: unknown };
    const forms = list(doc.forms);
    const workflows = list(doc.workflows);
    const base = dirname(file);
    const error =
      'error' in read
        ? read.error
        : (doc.forms !== undefined && !forms) || (doc.workflows !== undefined && !workflows)
          ? { key: 'cli.project.invalid' }
          : undefined;
    return {
      forms: (forms ?? []).map((p) => resolve(base, p)),
      workflows: (workflows ?? []).flatMap((p) => [resolve(base, p), join(resolve(base, p), 'variants')]),
      configFile: file,
      ...(error ? { error: error as Sources['error'] } : {}),
    };
  }
  const found = implicit(paths[0] ?? '.');
  return { forms: found.forms!, workflows: found.workflows! };
}
