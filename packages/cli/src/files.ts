/**
 * Reading configuration files: JSON with a located parse error, and what kind of file it is
 * (workflow, form or variant), from its `$schema`, its name, then its shape.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ProblemText, WorkflowFileKind } from '@duikit/core';

/** A file read from disk: parsed, or with the reason it could not be (a message to render). */
export type ReadFile = { path: string; doc: unknown } | { path: string; error: ProblemText };

/** Every `.json` file under the given files and folders (recursively, sorted, `node_modules` skipped). */
export function listJsonFiles(paths: string[]): string[] {
  const out = new Set<string>();
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const child = join(p, name);
        if (statSync(child).isDirectory() || name.endsWith('.json')) walk(child);
      }
    } else out.add(p);
  };
  for (const p of paths) walk(p);
  return [...out];
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Reads and parses a JSON file; unreadable or invalid JSON gives an error message (catalogue key
 * and parameters) with the line and column when the parser reports a position.
 *
 * @example
 * const f = readJson('workflows/admission.workflow.json'); if ('doc' in f) use(f.doc);
 */
export function readJson(path: string): ReadFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { path, error: { key: 'workflow.lint.file.unreadable', params: { reason } } };
  }
  try {
    return { path, doc: JSON.parse(text) as unknown };
  } catch (e) {
    // The parser's own wording is quoted as the detail; the position becomes a line and column.
    const detail = (e as Error).message;
    const pos = /position (\d+)/.exec(detail);
    return {
      path,
      error: pos
        ? {
            key: 'workflow.lint.file.invalid-json-at',
            params: { detail, ...lineColumn(text, Number(pos[1])) },
          }
        : { key: 'workflow.lint.file.invalid-json', params: { detail } },
    };
  }
}

/**
 * What a parsed document is, or undefined for other JSON (e.g. access-policy configuration).
 *
 * @example
 * kindOf('workflows/forms/medical-opinion.form.json', doc); // 'form'
 */
export function kindOf(path: string, doc: unknown): WorkflowFileKind | undefined {
  const d = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>;
  const schema = typeof d.$schema === 'string' ? d.$schema : '';
  if (schema.endsWith('workflow.schema.json')) return 'workflow';
  if (schema.endsWith('form-definition.schema.json')) return 'form';
  if (schema.endsWith('workflow-variant.schema.json')) return 'variant';
  const name = basename(path);
  if (name.endsWith('.workflow.json')) return 'workflow';
  if (name.endsWith('.form.json')) return 'form';
  if (name.endsWith('.variant.json') || basename(dirname(path)) === 'variants') return 'variant';
  if ('extends' in d && 'patch' in d) return 'variant';
  if ('states' in d && 'events' in d) return 'workflow';
  if ('uischema' in d && 'schema' in d) return 'form';
  return undefined;
}

/**
 * The folders whose files give context to the given paths (known forms, base definitions):
 * a folder itself, or a file's folder, one level up from `forms/` and `variants/`.
 *
 * @example
 * contextRoots(['workflows/variants/admission-ehpad.json']); // ['/abs/workflows']
 */
export function contextRoots(paths: string[]): string[] {
  const roots = new Set<string>();
  for (const p of paths) {
    let dir = statSync(p).isDirectory() ? resolve(p) : dirname(resolve(p));
    if (['forms', 'variants'].includes(basename(dir))) dir = dirname(dir);
    roots.add(dir);
  }
  return [...roots];
}
