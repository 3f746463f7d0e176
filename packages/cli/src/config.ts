/**
 * The files a command needs, found on demand: a workflow's task forms and `startWorkflow`
 * definitions, a variant's base. Each is looked up among the files given, then in the folders
 * of {@link Sources} by its conventional name (form `x@1.0.0` in `x.form.json`; base `y@1.0.0`
 * in `y.workflow.json`, `y.variant.json` or `variants/y.json`), then among the standard files of
 * `@duikit/core`. Nothing else is read.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  lintProblem,
  refOf,
  resolveVariant,
  standardWorkflowFiles,
  type FormDefinition,
  type LintOptions,
  type WorkflowDefinition,
  type WorkflowProblem,
  type WorkflowVariant,
} from '@duikit/core';
import { kindOf, readJson, type FileKind, type ReadFile } from './files.js';
import type { Sources } from './project.js';

/** A parsed configuration file and what it is. */
export type ConfigFile = ReadFile & { kind?: FileKind; ref?: string };

const refIn = (doc: unknown): string | undefined => {
  const d = doc as { id?: unknown; version?: unknown } | null;
  return typeof d?.id === 'string' && typeof d.version === 'string' ? `${d.id}@${d.version}` : undefined;
};

/** Everything a command may look up. */
export interface Library {
  /** Reads a file once (later calls share it). */
  file(path: string): ConfigFile;
  form(ref: string): FormDefinition | undefined;
  /** A definition, or a variant resolved over its bases, by `id@version`. */
  definition(ref: string): { definition: WorkflowDefinition } | { problems: WorkflowProblem[] } | undefined;
  /** What `lintWorkflow` needs to check `def`'s forms and started workflows. */
  lintOptions(def: WorkflowDefinition): LintOptions;
  /** The files opened so far (absolute paths): the given ones and what they declare. */
  opened(): string[];
  /** `id@version` of the definitions and variants among the files opened so far. */
  refs(): string[];
}

/**
 * A library over the given files and folders.
 *
 * @example
 * const lib = createLibrary(sourcesFor(paths, {}), paths);
 * lib.definition('admission-ehpad@1.0.0');
 */
export function createLibrary(sources: Sources, given: string[] = []): Library {
  const files = new Map<string, ConfigFile>();
  const file = (path: string): ConfigFile => {
    const abs = resolve(path);
    let f = files.get(abs);
    if (!f) {
      const read = readJson(abs);
      const doc = 'doc' in read ? read.doc : undefined;
      f = { ...read, kind: 'doc' in read ? kindOf(abs, doc) : undefined, ref: refIn(doc) };
      files.set(abs, f);
    }
    return f;
  };
  const givenFiles = given.map((p) => file(p));
  const matches = (f: ConfigFile, kinds: FileKind[], ref: string) =>
    'doc' in f && f.ref === ref && f.kind !== undefined && kinds.includes(f.kind);
  const lookup = (kinds: FileKind[], ref: string, names: (id: string) => string[], dirs: string[]) => {
    const hit = givenFiles.find((f) => matches(f, kinds, ref));
    if (hit) return hit;
    const id = ref.split('@')[0];
    for (const dir of dirs) {
      for (const name of names(id)) {
        const p = join(dir, name);
        if (existsSync(p) && matches(file(p), kinds, ref)) return file(p);
      }
    }
    return undefined;
  };
  const form = (ref: string): FormDefinition | undefined => {
    const f = lookup(['form'], ref, (id) => [`${id}.form.json`], sources.forms);
    if (f && 'doc' in f) return f.doc as FormDefinition;
    return standardWorkflowFiles.forms.find((x) => refOf(x) === ref);
  };
  const resolving = new Set<string>();
  const definition: Library['definition'] = (ref) => {
    const f = lookup(
      ['workflow', 'variant'],
      ref,
      (id) => [`${id}.workflow.json`, `${id}.variant.json`, `${id}.json`],
      sources.workflows,
    );
    const doc = f && 'doc' in f ? f.doc : undefined;
    const kind = f?.kind;
    const standard =
      standardWorkflowFiles.definitions.find((d) => refOf(d) === ref) ??
      standardWorkflowFiles.variants.find((v) => refOf(v) === ref);
    const chosen = (doc ?? standard) as Record<string, unknown> | undefined;
    if (!chosen) return undefined;
    if (kind === 'workflow' || (!doc && 'states' in chosen))
      return { definition: chosen as unknown as WorkflowDefinition };
    if (resolving.has(ref))
      return {
        problems: [lintProblem('/extends', 'cyclic-extends', 'workflow.lint.variant.self-cycle', { ref })],
      };
    resolving.add(ref);
    try {
      let baseProblems: WorkflowProblem[] = [];
      const r = resolveVariant(chosen as unknown as WorkflowVariant, (base) => {
        const b = definition(base);
        if (b && 'problems' in b)
          baseProblems = b.problems.map((p) =>
            lintProblem('/extends', p.code, 'workflow.lint.variant.base-problem', {
              base,
              detail: { key: p.key, params: p.params ?? {} },
            }),
          );
        return b && 'definition' in b ? b.definition : undefined;
      });
      return baseProblems.length && 'problems' in r ? { problems: baseProblems } : r;
    } finally {
      resolving.delete(ref);
    }
  };
  const lintOptions = (def: WorkflowDefinition): LintOptions => {
    const json = JSON.stringify(def);
    const usedForms = [...json.matchAll(/"form":"([^"]+@[^"]+)"/g)].map((m) => m[1]);
    const started = [...json.matchAll(/"definition":"([^"]+@[^"]+)"/g)].map((m) => m[1]);
    const standardForms = standardWorkflowFiles.forms.map(refOf);
    const standardDefs = [...standardWorkflowFiles.definitions, ...standardWorkflowFiles.variants].map(refOf);
    return {
      forms: new Set([...usedForms.filter((r) => form(r)), ...standardForms]),
      workflows: new Set([...started.filter((r) => definition(r)), ...standardDefs, refOf(def)]),
      formSchema: (ref) => form(ref)?.schema,
    };
  };
  const refs = () =>
    [...files.values()]
      .filter((f) => f.ref && (f.kind === 'workflow' || f.kind === 'variant'))
      .map((f) => f.ref!);
  return { file, form, definition, lintOptions, opened: () => [...files.keys()], refs };
}
