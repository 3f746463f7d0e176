/**
 * Establishment variants: a base definition plus a JSON Merge Patch (RFC 7396, tiny-merge-patch).
 * A variant never copies its base, so a fix in the base reaches every establishment.
 */
import { apply as mergePatch } from 'tiny-merge-patch';
import { toPointer } from '../json/pointer.js';
import { problem } from './problem.js';
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
