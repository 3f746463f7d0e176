/**
 * Is an embedded JSON Schema (an event payload, a form, a condition) well formed? A strict check
 * without code generation (CSP-safe, no ajv in the browser): unknown keywords, wrong keyword
 * values, unknown formats, invalid patterns and unresolved local `$ref`s are reported where they are.
 */
import { getAtPointer, toPointer } from '../json/pointer.js';
import { problem } from './problem.js';
import type { ProblemParams, WorkflowProblem } from './types.js';

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const FORMATS = new Set([
  'date',
  'time',
  'date-time',
  'duration',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uuid',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
]);
const COUNTS = [
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'minContains',
  'maxContains',
];
const NUMBERS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const SCHEMA = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const OTHER = [
  '$schema',
  '$id',
  '$ref',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$comment',
  '$vocabulary',
  'type',
  'enum',
  'const',
  'required',
  'pattern',
  'format',
  'uniqueItems',
  'dependentRequired',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'contentMediaType',
  'errorMessage',
];
const KNOWN = new Set([...COUNTS, ...NUMBERS, ...SCHEMA, ...SCHEMA_LISTS, ...SCHEMA_MAPS, ...OTHER]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value as a configurator wrote it: strings bare (the message quotes them), anything else as JSON. */
const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * Problems of a JSON Schema, located under `at` (the schema's pointer in its file).
 *
 * @example
 * schemaProblems({ type: 'strnig' }, '/events/SUBMIT/payload');
 * // [{ pointer: '/events/SUBMIT/payload/type', code: 'schema-compile', message: 'type inconnu « strnig »', … }]
 */
export function schemaProblems(schema: unknown, at: string, root: unknown = schema): WorkflowProblem[] {
  const out: WorkflowProblem[] = [];
  const bad = (key: string, what: string, params?: ProblemParams) =>
    out.push(problem(at + toPointer([key]), 'schema-compile', `workflow.lint.schema.${what}`, params));
  if (typeof schema === 'boolean') return out;
  if (!isObject(schema)) return [problem(at, 'schema-compile', 'workflow.lint.schema.not-schema')];
  for (const [key, value] of Object.entries(schema)) {
    if (!KNOWN.has(key) && !key.startsWith('x-')) bad(key, 'unknown-keyword', { keyword: key });
    else if (key === 'type') {
      const list = Array.isArray(value) ? value : [value];
      for (const t of list)
        if (typeof t !== 'string' || !TYPES.has(t)) bad(key, 'unknown-type', { type: text(t) });
    } else if (COUNTS.includes(key) && !(Number.isInteger(value) && (value as number) >= 0))
      bad(key, 'count', { keyword: key });
    else if (NUMBERS.includes(key) && typeof value !== 'number') bad(key, 'number', { keyword: key });
    else if (key === 'required' && !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
      bad(key, 'required-list');
    else if (key === 'enum' && !Array.isArray(value)) bad(key, 'enum-list');
    else if (key === 'format' && (typeof value !== 'string' || !FORMATS.has(value)))
      bad(key, 'unknown-format', { format: text(value) });
    else if (key === 'pattern') {
      try {
        new RegExp(String(value), 'u');
      } catch (e) {
        // The engine's own wording of a regular expression error is quoted, not translated.
        bad(key, 'pattern', { detail: (e as Error).message });
      }
    } else if (key === '$ref') {
      if (typeof value !== 'string') bad(key, 'ref-type');
      else if (value.startsWith('#') && getAtPointer(root, decodeURIComponent(value.slice(1))) === undefined)
        bad(key, 'ref-unresolved', { ref: value });
    } else if (SCHEMA.includes(key)) out.push(...schemaProblems(value, `${at}/${key}`, root));
    else if (SCHEMA_LISTS.includes(key)) {
      if (!Array.isArray(value)) bad(key, 'schema-list', { keyword: key });
      else value.forEach((s, i) => out.push(...schemaProblems(s, `${at}/${key}/${i}`, root)));
    } else if (SCHEMA_MAPS.includes(key)) {
      if (!isObject(value)) bad(key, 'schema-map', { keyword: key });
      else
        for (const [name, s] of Object.entries(value))
          out.push(...schemaProblems(s, at + toPointer([key, name]), root));
    }
  }
  return out;
}
