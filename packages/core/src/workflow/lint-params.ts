/**
 * The declared parameters: every value under `parameters` (a base's defaults or a variant's
 * patch, once resolved) must be declared in `parametersSchema`, have the declared type, and lie
 * within the allowed range and the bounds the law sets. A misspelled name or a `"oui"` for a
 * boolean used to pass, and the deadline silently kept its default.
 */
import { Temporal } from 'temporal-polyfill';
import { toPointer } from '../json/pointer.js';
import { problem, suggesting } from './problem.js';
import type { ParameterDeclaration, WorkflowDefinition, WorkflowProblem } from './types.js';

let starts: Temporal.PlainDate[] | undefined;
/** First and last days of every month of a leap and a common year: where month lengths differ. */
function referenceStarts(): Temporal.PlainDate[] {
  if (!starts) {
    starts = [];
    for (const year of [2024, 2025])
      for (let month = 1; month <= 12; month++) {
        const first = Temporal.PlainDate.from({ year, month, day: 1 });
        starts.push(first, first.add({ months: 1 }).subtract({ days: 1 }));
      }
  }
  return starts;
}

/**
 * Whether duration `a` runs past `b` from some start date (`P30D` runs past `P1M` from a
 * 1 February: a legal "one month" is a calendar month).
 *
 * @example
 * longerSomewhere('P30D', 'P1M'); // true
 * longerSomewhere('P1M', 'P1M'); // false
 */
export function longerSomewhere(a: string, b: string): boolean {
  const da = Temporal.Duration.from(a);
  const db = Temporal.Duration.from(b);
  return referenceStarts().some((s) => Temporal.PlainDate.compare(s.add(da), s.add(db)) > 0);
}

const isDuration = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    return Temporal.Duration.from(v).sign >= 0;
  } catch {
    return false;
  }
};

const TYPES: Record<ParameterDeclaration['type'], (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
};

function valueProblems(name: string, value: unknown, d: ParameterDeclaration, at: string): WorkflowProblem[] {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  const duration = d.format === 'duration';
  if (duration ? !isDuration(value) : !TYPES[d.type](value)) {
    const expected = { key: `workflow.lint.param.expected.${duration ? 'duration' : d.type}` };
    return [problem(at, 'param-type', 'workflow.lint.param.type', { param: name, expected, value: shown })];
  }
  if (d.enum && !d.enum.includes(value as string)) {
    const expected = d.enum.map((x) => JSON.stringify(x)).join(', ');
    return [problem(at, 'param-range', 'workflow.lint.param.enum', { param: name, expected })];
  }
  // [bound, is `value` past it?, message]: the allowed range first, then the law's.
  const past = (limit: string | number | undefined, above: boolean): boolean => {
    if (limit === undefined) return false;
    if (duration && typeof limit === 'string')
      return above ? longerSomewhere(value as string, limit) : longerSomewhere(limit, value as string);
    return typeof limit === 'number' && (above ? (value as number) > limit : (value as number) < limit);
  };
  const checks: [string | number | undefined, boolean, string][] = [
    [d['x-legalMinimum'], false, 'legal-below'],
    [d['x-legalMaximum'], true, 'legal-above'],
    [duration ? d['x-minimum'] : d.minimum, false, 'below'],
    [duration ? d['x-maximum'] : d.maximum, true, 'above'],
  ];
  for (const [limit, above, what] of checks) {
    if (past(limit, above)) {
      const params = { param: name, value: shown, limit: String(limit), source: d['x-source'] ?? '—' };
      return [
        problem(
          at,
          what.startsWith('legal') ? 'param-legal' : 'param-range',
          `workflow.lint.param.${what}`,
          params,
        ),
      ];
    }
  }
  return [];
}

/**
 * The problems of a definition's parameters, located at `/parameters/<name>`.
 *
 * @example
 * lintParameters({ ...admission, parameters: { ...admission.parameters, contractHandoverDelai: 'P10D' } });
 * // [{ pointer: '/parameters/contractHandoverDelai', code: 'unknown-param',
 * //    message: 'paramètre inconnu « contractHandoverDelai » (…) — vouliez-vous dire « contractHandoverDelay » ?' }]
 */
export function lintParameters(def: WorkflowDefinition): WorkflowProblem[] {
  const values = def.parameters ?? {};
  const declared = def.parametersSchema?.properties;
  const at = (name: string) => `/parameters${toPointer([name])}`;
  if (!declared)
    return Object.keys(values).map((param) =>
      problem(at(param), 'undeclared-param', 'workflow.lint.param.no-schema', { param }),
    );
  const known = Object.keys(declared);
  const out: WorkflowProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    const d = declared[name];
    if (!d) {
      const p = problem(at(name), 'unknown-param', 'workflow.lint.param.unknown', {
        param: name,
        known: known.join(', '),
      });
      out.push(suggesting(p, name, known));
    } else out.push(...valueProblems(name, value, d, at(name)));
  }
  for (const name of known)
    if (!(name in values))
      out.push(problem('/parameters', 'missing-param', 'workflow.lint.param.missing', { param: name }));
  return out;
}

/** The names a definition's scopes and deadlines may use as parameters. */
export function parameterNames(def: WorkflowDefinition): Set<string> {
  return new Set([
    ...Object.keys(def.parametersSchema?.properties ?? {}),
    ...Object.keys(def.parameters ?? {}),
  ]);
}
