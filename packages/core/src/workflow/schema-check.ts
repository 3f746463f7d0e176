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
import scenarioSchema from '../../../../schemas/scenario.schema.json';
import { WRAPPER_KEYWORDS } from '../validation/keywords.js';
import { problem } from './problem.js';
import { validatorText } from './schema-errors.js';
import type { WorkflowProblem } from './types.js';

/** The kinds of configuration file. */
export type WorkflowFileKind = 'workflow' | 'form' | 'variant' | 'scenario';

const SCHEMAS: Record<WorkflowFileKind, object> = {
  workflow: workflowSchema,
  form: formSchema,
  variant: variantSchema,
  scenario: scenarioSchema,
};
const validators = new Map<WorkflowFileKind, Validator>();
// Beside the one list of wrapper keywords, the alternatives of a `oneOf`/`anyOf` speak through
// their closest branch (closestBranches), not as the choice itself.
const isWrapper = (keyword: string) =>
  WRAPPER_KEYWORDS.has(keyword) || keyword === 'oneOf' || keyword === 'anyOf';
// Which pattern a value failed, by the property it is under: the message says what was expected.
const PATTERNS: Record<string, string> = {
  duration: 'duration',
  reminders: 'duration',
  version: 'version',
  form: 'form',
  extends: 'extends',
  scope: 'scope',
  date: 'pointer',
  latestOf: 'pointer',
};

const pointerOf = (location: string) => location.replace(/^#/, '');

function patternKey(keywordLocation: string): string {
  const names = [...keywordLocation.matchAll(/properties\/([^/]+)/g)].map((m) => m[1]);
  return `workflow.lint.file.pattern.${PATTERNS[names.at(-1) ?? ''] ?? 'other'}`;
}

function libraryProblem(pointer: string, e: OutputUnit): WorkflowProblem {
  const text = validatorText(e);
  return problem(pointer, 'schema', text.key, text.params);
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
      list.filter((e) => !isWrapper(e.keyword)).length +
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
      return at === '/patch'
        ? problem(at, 'schema', 'workflow.lint.file.patch-identity')
        : problem(at || '/', 'schema', 'workflow.lint.file.not-allowed');
    case 'additionalProperties':
      // Only `additionalProperties: false` means "unknown"; otherwise the value's own errors speak.
      if (!rejected.has(`${e.instanceLocation}/${name}`)) return undefined;
      return problem(`${at}/${name}`, 'schema', 'workflow.lint.file.unknown-property');
    case 'propertyNames':
      return problem(`${at}/${name}`, 'schema', 'workflow.lint.file.invalid-name', { name: name ?? '' });
    case 'required':
      return problem(at || '/', 'schema', 'workflow.lint.file.required', { name: name ?? '' });
    case 'pattern':
      return problem(at || '/', 'schema', patternKey(e.keywordLocation));
    default:
      if (isWrapper(e.keyword) || e.keywordLocation.includes('/propertyNames/')) return undefined;
      return libraryProblem(at || '/', e);
  }
}

/**
 * Validates a parsed file against its kind's schema.
 *
 * @example
 * checkSchema('workflow', { id: 'x' });
 * // [{ pointer: '/', code: 'schema', key: 'workflow.lint.file.required', params: { name: 'version' },
 * //    message: 'propriété obligatoire manquante : « version »' }, …]
 */
export function checkSchema(kind: WorkflowFileKind, doc: unknown): WorkflowProblem[] {
  let v = validators.get(kind);
  if (!v) validators.set(kind, (v = new Validator(SCHEMAS[kind], '2020-12', false)));
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return [problem('/', 'schema', 'workflow.lint.file.not-object')];
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
  if (out.length) return out;
  const first = result.errors[0];
  return [first ? libraryProblem('/', first) : problem('/', 'schema', 'workflow.lint.file.not-allowed')];
}
