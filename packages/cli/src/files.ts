/**
 * Reading configuration files: JSON with a located French syntax error, what kind of file it is
 * (workflow, form, variant or scenario), and which files of a folder are configuration files.
 * Only regular files are read, and never a huge one: a link to `/dev/zero` or a FIFO beside a
 * workflow must not hang the command.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ProblemText, WorkflowFileKind } from '@duikit/core';
import { parseJsonText } from '@duikit/core/config';

/** What a configuration file may be. */
export type FileKind = WorkflowFileKind | 'scenario';

/** A file read from disk: parsed, or with the reason it could not be (a message to render). */
export type ReadFile = { path: string; doc: unknown } | { path: string; error: ProblemText };

/** Larger than any definition a person writes: above it the file is refused, not read. */
const MAX_BYTES = 8 * 1024 * 1024;

const CONFIG_NAME = /\.(workflow|form|variant|scenario)\.json$/;

/**
 * The configuration files of a folder (recursively, sorted): `*.workflow.json`, `*.form.json`,
 * `*.variant.json`, `*.scenario.json` and any `.json` in a `variants/` folder. Other files are
 * not opened. A path that is a file is returned as it is.
 *
 * @example
 * listConfigFiles('workflows'); // ['workflows/admission.workflow.json', …, 'workflows/variants/admission-ehpad.json']
 */
export function listConfigFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const child = join(dir, name);
      let st;
      try {
        st = statSync(child);
      } catch {
        continue; // a dangling link is not a configuration file
      }
      if (st.isDirectory()) walk(child);
      else if (
        st.isFile() &&
        (CONFIG_NAME.test(name) || (basename(dir) === 'variants' && name.endsWith('.json')))
      )
        out.push(child);
    }
  };
  walk(path);
  return out;
}

/**
 * Reads and parses a JSON file; unreadable, special or invalid files give an error message
 * (catalogue key and parameters), a syntax error with its line and column.
 *
 * @example
 * const f = readJson('workflows/admission.workflow.json'); if ('doc' in f) use(f.doc);
 */
export function readJson(path: string): ReadFile {
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { path, error: { key: 'workflow.lint.file.not-regular' } };
    if (st.size > MAX_BYTES)
      return { path, error: { key: 'workflow.lint.file.too-large', params: { limit: '8 Mo' } } };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { path, error: { key: 'workflow.lint.file.unreadable', params: { reason } } };
  }
  const parsed = parseJsonText(text);
  return 'doc' in parsed ? { path, doc: parsed.doc } : { path, error: parsed.error };
}

/**
 * What a parsed document is, or undefined for other JSON (e.g. access-policy configuration).
 *
 * @example
 * kindOf('workflows/forms/medical-opinion.form.json', doc); // 'form'
 */
export function kindOf(path: string, doc: unknown): FileKind | undefined {
  const d = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>;
  const schema = typeof d.$schema === 'string' ? d.$schema : '';
  if (schema.endsWith('workflow.schema.json')) return 'workflow';
  if (schema.endsWith('form-definition.schema.json')) return 'form';
  if (schema.endsWith('variant.schema.json')) return 'variant';
  if (schema.endsWith('scenario.schema.json')) return 'scenario';
  const name = basename(path);
  if (name.endsWith('.workflow.json')) return 'workflow';
  if (name.endsWith('.form.json')) return 'form';
  if (name.endsWith('.scenario.json')) return 'scenario';
  if (name.endsWith('.variant.json') || basename(dirname(path)) === 'variants') return 'variant';
  if ('extends' in d && 'patch' in d) return 'variant';
  if ('states' in d && 'events' in d) return 'workflow';
  if ('uischema' in d && 'schema' in d) return 'form';
  if ('workflow' in d && 'steps' in d) return 'scenario';
  return undefined;
}
