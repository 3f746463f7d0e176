/**
 * Establishment variants: a base definition plus a JSON Merge Patch (RFC 7396, tiny-merge-patch).
 * A variant never copies its base, so a fix in the base reaches every establishment.
 */
import { apply as mergePatch } from 'tiny-merge-patch';
import { parsePointer, toPointer } from '../json/pointer.js';
import { lintWorkflow, type LintOptions } from './lint.js';
import { problem } from './problem.js';
import { checkSchema } from './schema-check.js';
import type { WorkflowDefinition, WorkflowProblem, WorkflowVariant } from './types.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Keys a merge patch may not contain: tiny-merge-patch would set the result's prototype from a
 * `__proto__` key parsed from JSON (STACK-MORE §3.9).
 *
 * @example
 * forbiddenKeys(JSON.parse('{"a":{"__proto__":{}}}'), '/patch'); // [{ pointer: '/patch/a/__proto__', … }]
 */
export function forbiddenKeys(value: unknown, at: string): WorkflowProblem[] {
  if (!value || typeof value !== 'object') return [];
  const out: WorkflowProblem[] = [];
  for (const key of Object.keys(value)) {
    const ptr = `${at}${toPointer([key])}`;
    if (FORBIDDEN.has(key))
      out.push(problem(ptr, 'forbidden-key', 'workflow.lint.variant.forbidden-key', { key }));
    else out.push(...forbiddenKeys((value as Record<string, unknown>)[key], ptr));
  }
  return out;
}

/**
 * Resolves a variant over its base. Problems point into the variant file (`/extends`,
 * `/patch/…`); the caller lints the resolved definition like any other.
 *
 * @example
 * const r = resolveVariant(ehpad, (ref) => (ref === 'admission@1.0.0' ? admission : undefined));
 * if ('definition' in r) console.log(r.definition.parameters);
 */
export function resolveVariant(
  variant: WorkflowVariant,
  lookup: (ref: string) => WorkflowDefinition | undefined,
): { definition: WorkflowDefinition } | { problems: WorkflowProblem[] } {
  const problems = forbiddenKeys(variant.patch, '/patch');
  if (problems.length) return { problems };
  const base = lookup(variant.extends);
  if (!base) {
    return {
      problems: [
        problem('/extends', 'unknown-base', 'workflow.lint.variant.unknown-base', { ref: variant.extends }),
      ],
    };
  }
  const merged = mergePatch(structuredClone(base), variant.patch) as unknown as WorkflowDefinition;
  const { $schema: _schema, ...rest } = merged;
  const definition: WorkflowDefinition = {
    ...rest,
    id: variant.id,
    version: variant.version,
    title: variant.title ?? merged.title,
  };
  // Absolute targets name the machine id: rewrite the base id so `#admission.x` still resolves.
  return { definition: renameMachineId(definition, base.id, variant.id) };
}

function renameMachineId(def: WorkflowDefinition, from: string, to: string): WorkflowDefinition {
  if (from === to) return def;
  const text = JSON.stringify(def).replace(new RegExp(`"target":"#${from}\\.`, 'g'), `"target":"#${to}.`);
  return JSON.parse(text) as WorkflowDefinition;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The paths of the `null`s of a merge patch (the keys it removes). */
function removals(value: unknown, at: string[]): string[][] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => (v === null ? [[...at, k]] : removals(v, [...at, k])));
}

/**
 * Moves a problem of the resolved definition into the variant file: to the place of the patch
 * that set the value (`/parameters/x` → `/patch/parameters/x`), or, for a problem in what the
 * base brought, to `/patch` with the resolved place named in the message.
 *
 * @example
 * locateInPatch({ pointer: '/parameters/contractHandoverDelay', … }, { parameters: { contractHandoverDelay: 'P20D' } });
 * // { pointer: '/patch/parameters/contractHandoverDelay', … }
 */
export function locateInPatch(p: WorkflowProblem, patch: Record<string, unknown>): WorkflowProblem {
  const segments = parsePointer(p.pointer === '/' ? '' : p.pointer);
  let cur: unknown = patch;
  let inPatch = segments.length > 0;
  for (const s of segments) {
    if (!isObject(cur) || !(s in cur)) {
      inPatch = false;
      break;
    }
    cur = cur[s];
  }
  if (inPatch) return { ...p, pointer: `/patch${p.pointer}` };
  // A removal (`null`) of a name the problem quotes is the likely cause: point at it.
  const named = new Set(Object.values(p.params ?? {}).filter((v) => typeof v === 'string'));
  const removal = removals(patch, []).find((path) => named.has(path.at(-1)!));
  return problem(`/patch${removal ? toPointer(removal) : ''}`, p.code, 'workflow.lint.file.in-resolved-at', {
    detail: p.params ? { key: p.key, params: p.params } : { key: p.key },
    pointer: p.pointer || '/',
  });
}

/**
 * Lints a variant file: its shape, its resolution over its base (`lookup` gives a definition,
 * or a variant already resolved), then the resolved definition, every problem located in the
 * variant's own file.
 *
 * @example
 * lintVariant(ehpad, (ref) => bases.get(ref), { forms });
 * // [{ pointer: '/patch/parameters/contractHandoverDelai', code: 'unknown-param', … }]
 */
export function lintVariant(
  doc: unknown,
  lookup: (ref: string) => WorkflowDefinition | undefined,
  opts: LintOptions = {},
): WorkflowProblem[] {
  const shape = checkSchema('variant', doc);
  if (shape.length) return shape;
  const variant = doc as WorkflowVariant;
  if ('parametersSchema' in variant.patch)
    return [
      problem('/patch/parametersSchema', 'variant-parameters', 'workflow.lint.variant.parameters-schema'),
    ];
  const r = resolveVariant(variant, lookup);
  if ('problems' in r) return r.problems;
  return lintWorkflow(r.definition, opts).map((p) => locateInPatch(p, variant.patch));
}
