/**
 * Parsing a configuration file's text with a located, translatable syntax error. `JSON.parse`
 * says only "Unexpected token" in the engine's English and words it differently in each
 * browser; jsonc-parser's scanner gives a stable error code and an offset, which become a line,
 * a column and a French (or English) sentence from the catalogue.
 */
import { parse, parseTree, findNodeAtLocation, type ParseError } from 'jsonc-parser';
import type { ProblemText } from '../workflow/types.js';
import { parsePointer } from './pointer.js';

// jsonc-parser's ParseErrorCode values (a `const enum` its typings cannot share across modules).
const CODES: Record<number, string> = {
  1: 'workflow.lint.json.symbol',
  2: 'workflow.lint.json.number',
  3: 'workflow.lint.json.property-name',
  4: 'workflow.lint.json.value',
  5: 'workflow.lint.json.colon',
  6: 'workflow.lint.json.comma',
  7: 'workflow.lint.json.close-brace',
  8: 'workflow.lint.json.close-bracket',
  9: 'workflow.lint.json.end-of-file',
  10: 'workflow.lint.json.comment',
  11: 'workflow.lint.json.comment-end',
  12: 'workflow.lint.json.string-end',
  13: 'workflow.lint.json.number-end',
  14: 'workflow.lint.json.unicode',
  15: 'workflow.lint.json.escape',
  16: 'workflow.lint.json.control-character',
};

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Parses strict JSON (no comments, no trailing commas). On a syntax error, returns the first
 * error as a catalogue message with its line and column.
 *
 * @example
 * parseJsonText('{ "a": 1, }');
 * // { error: { key: 'workflow.lint.file.invalid-json-at', params: { line: 1, column: 11,
 * //   detail: { key: 'workflow.lint.json.property-name' } } } }
 */
export function parseJsonText(text: string): { doc: unknown } | { error: ProblemText } {
  try {
    return { doc: JSON.parse(text) as unknown };
  } catch {
    // Only a failed JSON.parse pays for the second, diagnosing, parse.
  }
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0] ?? { error: 4, offset: text.length, length: 0 };
  return {
    error: {
      key: 'workflow.lint.file.invalid-json-at',
      params: {
        ...lineColumn(text, first.offset),
        detail: { key: CODES[first.error] ?? 'workflow.lint.json.value' },
      },
    },
  };
}

/**
 * Where a JSON Pointer's value starts in a text (line and column, 1-based), or the nearest
 * ancestor that exists; undefined when the text does not parse at all.
 *
 * @example
 * locatePointer('{\n  "a": { "b": 1 }\n}', '/a/b'); // { line: 2, column: 13 }
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  let path: (string | number)[];
  try {
    path = parsePointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  } catch {
    return undefined;
  }
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return lineColumn(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }
  return undefined;
}
