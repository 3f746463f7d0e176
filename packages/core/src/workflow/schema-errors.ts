/**
 * Wording the interpreting validator's errors (@cfworker/json-schema, English only) for
 * configurators and professionals: the common keywords become catalogue messages, anything else
 * is quoted as a detail inside a French sentence rather than guessed at.
 */
import type { OutputUnit } from '@cfworker/json-schema';
import type { ProblemText } from './types.js';

// The expected value or limit is read from the validator's text (its format is part of
// @cfworker/json-schema's output); a text that stops matching falls back to the quoted detail.
const EXPECTED: [keyword: string, what: string, name: string, pattern: RegExp][] = [
  ['type', 'type', 'expected', /Expected (.+)\.$/],
  ['const', 'const', 'expected', /does not match (.+)\.$/],
  ['enum', 'enum', 'expected', /any of (.+)\.$/],
  ['minItems', 'min-items', 'limit', /\(\d+ < (\d+)\)/],
  ['maxItems', 'max-items', 'limit', /\(\d+ > (\d+)\)/],
  ['minLength', 'min-length', 'limit', /\(\d+ < (\d+)\)/],
  ['maxLength', 'max-length', 'limit', /\(\d+ > (\d+)\)/],
  ['minProperties', 'min-properties', 'limit', /\(\d+ < (\d+)\)/],
];

/** `"string", "null"` or `["after","before"]` as a person reads it: `string, null`, `after, before`. */
function plainList(text: string): string {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ') : text;
  } catch {
    return text.replace(/"/g, '');
  }
}

/**
 * The catalogue message for one validator error (`workflow.lint.file.*`).
 *
 * @example
 * validatorText({ keyword: 'minLength', error: 'String is too short (1 < 3).', … });
 * // { key: 'workflow.lint.file.min-length', params: { limit: '3' } }
 */
export function validatorText(e: Pick<OutputUnit, 'keyword' | 'error'>): ProblemText {
  if (e.keyword === 'uniqueItems') return { key: 'workflow.lint.file.unique-items' };
  for (const [keyword, what, name, pattern] of EXPECTED) {
    const m = e.keyword === keyword ? pattern.exec(e.error) : null;
    if (m) return { key: `workflow.lint.file.${what}`, params: { [name]: plainList(m[1]) } };
  }
  return { key: 'workflow.lint.file.other', params: { detail: e.error.replace(/\.$/, '') } };
}
