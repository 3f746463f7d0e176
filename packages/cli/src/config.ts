/**
 * A folder of configuration files seen as a whole: every workflow, form and variant by
 * `id@version`, so that one file is checked against the others (known forms, variant bases).
 */
import { resolve } from 'node:path';
import {
  lintProblem,
  resolveVariant,
  type FormDefinition,
  type WorkflowDefinition,
  type WorkflowFileKind,
  type WorkflowProblem,
  type WorkflowVariant,
} from '@duikit/core';
import { contextRoots, kindOf, listJsonFiles, readJson, type ReadFile } from './files.js';

/** A parsed configuration file and what it is. */
export type ConfigFile = ReadFile & { kind?: WorkflowFileKind; ref?: string };

/** Every configuration file reachable from some paths. */
export interface Config {
  files: Map<string, ConfigFile>;
  byRef: Map<string, ConfigFile[]>;
  formRefs(): string[];
  workflowRefs(): string[];
  /** A definition or a resolved variant by `id@version`. */
  resolve(ref: string): { definition: WorkflowDefinition } | { problems: WorkflowProblem[] } | undefined;
}

const refOf = (doc: unknown): string | undefined => {
  const d = doc as { id?: unknown; version?: unknown } | null;
  return typeof d?.id === 'string' && typeof d.version === 'string' ? `${d.id}@${d.version}` : undefined;
};

/**
 * Loads the files under `paths` plus their context folders.
 *
 * @example
 * const config = loadConfig(['workflows/variants/admission-ehpad.json']);
 * config.resolve('admission-ehpad@1.0.0');
 */
export function loadConfig(paths: string[]): Config {
  const files = new Map<string, ConfigFile>();
  for (const p of listJsonFiles([...contextRoots(paths), ...paths.map((x) => resolve(x))])) {
    const abs = resolve(p);
    if (files.has(abs)) continue;
    const read = readJson(abs);
    const kind = 'doc' in read ? kindOf(abs, read.doc) : undefined;
    files.set(abs, { ...read, kind, ref: 'doc' in read ? refOf(read.doc) : undefined });
  }
  const byRef = new Map<string, ConfigFile[]>();
  for (const f of files.values()) {
    if (f.kind && f.ref) byRef.set(`${f.kind}:${f.ref}`, [...(byRef.get(`${f.kind}:${f.ref}`) ?? []), f]);
  }
  const refs = (kind: WorkflowFileKind) =>
    [...files.values()].filter((f) => f.kind === kind && f.ref).map((f) => f.ref!);
  const first = (key: string) => byRef.get(key)?.[0] as (ConfigFile & { doc: unknown }) | undefined;
  const resolving = new Set<string>();
  const resolveRef: Config['resolve'] = (ref) => {
    const wf = first(`workflow:${ref}`);
    if (wf) return { definition: wf.doc as WorkflowDefinition };
    const variant = first(`variant:${ref}`);
    if (!variant) return undefined;
    if (resolving.has(ref)) {
      return {
        problems: [lintProblem('/extends', 'cyclic-extends', 'workflow.lint.variant.self-cycle', { ref })],
      };
    }
    resolving.add(ref);
    try {
      let baseProblems: WorkflowProblem[] = [];
      const r = resolveVariant(variant.doc as WorkflowVariant, (base) => {
        const b = resolveRef(base);
        if (b && 'problems' in b)
          baseProblems = b.problems.map((p) =>
            lintProblem('/extends', p.code, 'workflow.lint.variant.base-problem', {
              base,
              detail: { key: p.key, params: p.params },
            }),
          );
        return b && 'definition' in b ? b.definition : undefined;
      });
      return baseProblems.length && 'problems' in r ? { problems: baseProblems } : r;
    } finally {
      resolving.delete(ref);
    }
  };
  return {
    files,
    byRef,
    formRefs: () => refs('form'),
    workflowRefs: () => [...refs('workflow'), ...refs('variant')],
    resolve: resolveRef,
  };
}

/** The forms of a configuration, parsed. */
export function formsOf(config: Config): FormDefinition[] {
  return [...config.files.values()]
    .filter((f) => f.kind === 'form' && 'doc' in f)
    .map((f) => (f as { doc: unknown }).doc as FormDefinition);
}
