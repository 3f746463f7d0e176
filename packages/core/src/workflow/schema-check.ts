/**
 * Structural validation of workflow, form and variant files against `schemas/*.schema.json`,
 * with an interpreting validator (@cfworker/json-schema: no code generation, so it runs under a
 * strict Content-Security-Policy), and errors reduced to `pointer: message` problems a
 * configurator can act on: of the alternatives of a `oneOf`, only the closest one speaks.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import workflowSchema from '../../../../schemas/workflow.schema.json';
import formSchema from '../../../../schemas/form-definition.schema.json';
import variantSchema from '../../../../schemas/workflow-variant.schema.json';
import type { WorkflowProblem } from './types.js';

/** The three kinds of configuration file. */
export type WorkflowFileKind = 'workflow' | 'form' | 'variant';

const SCHEMAS: Record<WorkflowFileKind, object> = {
  workflow: workflowSchema,
  form: formSchema,
  variant: variantSchema,
};
const validators = new Map<WorkflowFileKind, Validator>();
const WRAPPERS = new Set([
  '$ref',
  'properties',
  'items',
  'prefixItems',
  'allOf',
  'false',
  'if',
  'then',
  'else',
  'oneOf',
  'anyOf',
]);
const PATTERNS: Record<string, string> = {
  duration: 'is not an ISO 8601 duration (e.g. P15D, P1M, P1Y)',
  reminders: 'is not an ISO 8601 duration (e.g. P15D, P1M, P1Y)',
  version: 'is not a version such as 1.0.0',
  form: 'is not a reference such as "medical-opinion@1.0.0"',
  extends: 'is not a reference such as "admission@1.0.0"',
  scope: 'is not a scope such as "#/properties/context/properties/x"',
  date: 'is not a JSON Pointer such as "/admissionDate"',
  latestOf: 'is not a JSON Pointer such as "/admissionDate"',
};

const pointerOf = (location: string) => location.replace(/^#/, '');

function patternMessage(keywordLocation: string): string {
  const names = [...keywordLocation.matchAll(/properties\/([^/]+)/g)].map((m) => m[1]);
  const name = names.at(-1) ?? '';
  if (keywordLocation.includes('/propertyNames/')) return 'is not a valid name here';
  return PATTERNS[name] ?? 'does not match the expected pattern';
}

/** Drops the errors of every `oneOf`/`anyOf` branch except the closest one. */
function closestBranches(errors: OutputUnit[]): OutputUnit[] {
  const dropped = new Set<OutputUnit>();
  const choices = errors
    .filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && e.error.includes('(0 matches)'))
    .sort((a, b) => a.keywordLocation.length - b.keywordLocation.length);
  for (const choice of choices) {
    if (dropped.has(choice)) continue;
    const prefix = `${choice.keywordLocation}/`;
    const branches = new Map<string, OutputUnit[]>();
    for (const e of errors) {
      if (dropped.has(e) || !e.keywordLocation.startsWith(prefix)) continue;
      const index = e.keywordLocation.slice(prefix.length).split('/')[0];
      branches.set(index, [...(branches.get(index) ?? []), e]);
    }
    // A branch whose very shape differs (wrong type or constant here) is the least likely intent.
    const score = (list: OutputUnit[]) =>
      list.filter((e) => !WRAPPERS.has(e.keyword)).length +
      (list.some(
        (e) =>
          (e.keyword === 'type' || e.keyword === 'const') && e.instanceLocation === choice.instanceLocation,
      )
        ? 1000
        : 0);
    const best = [...branches.values()].sort((a, b) => score(a) - score(b))[0];
    for (const list of branches.values()) if (list !== best) list.forEach((e) => dropped.add(e));
  }
  return errors.filter((e) => !dropped.has(e));
}

function describe(e: OutputUnit, rejected: Set<string>): WorkflowProblem | undefined {
  const at = pointerOf(e.instanceLocation);
  const name = /"(.+?)"/.exec(e.error)?.[1];
  if (e.keywordLocation.includes('/propertyNames/')) return undefined; // said once by "propertyNames"
  switch (e.keyword) {
    case 'not':
      return {
        pointer: at || '/',
        message: at === '/patch' ? 'a patch may not change "id" or "version"' : 'is not allowed here',
        code: 'schema',
      };
    case 'additionalProperties':
      // Only `additionalProperties: false` means "unknown"; otherwise the value's own errors speak.
      if (!rejected.has(`${e.instanceLocation}/${name}`)) return undefined;
      return { pointer: `${at}/${name}`, message: 'unknown property', code: 'schema' };
    case 'propertyNames':
      return { pointer: `${at}/${name}`, message: `"${name}" is not a valid name here`, code: 'schema' };
    case 'required':
      return { pointer: at || '/', message: `missing required property "${name}"`, code: 'schema' };
    case 'pattern':
      return { pointer: at || '/', message: patternMessage(e.keywordLocation), code: 'schema' };
    default:
      if (WRAPPERS.has(e.keyword) || e.keywordLocation.includes('/propertyNames/')) return undefined;
      return { pointer: at || '/', message: e.error.replace(/\.$/, ''), code: 'schema' };
  }
}

/**
 * Validates a parsed file against its kind's schema.
 *
 * @example
 * checkSchema('workflow', { id: 'x' }); // [{ pointer: '/', message: 'missing required property "version"', … }, …]
 */
export function checkSchema(kind: WorkflowFileKind, doc: unknown): WorkflowProblem[] {
  let v = validators.get(kind);
  if (!v) validators.set(kind, (v = new Validator(SCHEMAS[kind], '2020-12', false)));
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return [{ pointer: '/', message: 'a definition file must contain a JSON object', code: 'schema' }];
  }
  const result = v.validate(doc);
  if (result.valid) return [];
  const seen = new Set<string>();
  const out: WorkflowProblem[] = [];
  const kept = closestBranches(result.errors);
  const rejected = new Set(kept.filter((e) => e.keyword === 'false').map((e) => e.instanceLocation));
  for (const e of kept) {
    const d = describe(e, rejected);
    const key = d && `${d.pointer}\u0000${d.message}`;
    if (d && !seen.has(key!)) {
      seen.add(key!);
      out.push(d);
    }
  }
  return out.length ? out : [{ pointer: '/', message: result.errors[0]?.error ?? 'invalid', code: 'schema' }];
}
