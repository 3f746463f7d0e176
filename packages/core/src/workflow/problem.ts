/**
 * Linter problems are French first: each carries a catalogue key and its parameters, and its
 * `message` is rendered in French when it is found, so every caller that prints `message` speaks
 * French unchanged; `localizeProblem` renders the same problem in another locale.
 */
import { createTranslator, DEFAULT_LOCALE, type Locale, type Translate } from '../i18n/index.js';
import { workflowLintMessages } from '../i18n/messages/workflow-lint.js';
import { closestName } from './suggest.js';
import type { ProblemParams, ProblemText, WorkflowProblem } from './types.js';

export { workflowLintMessages };

const translators = new Map<Locale, Translate>();

/**
 * A translator over the core catalogue plus the linter's, cached per locale.
 *
 * @example
 * lintTranslator('en')('workflow.lint.unknown-workflow', { ref: 'x@1.0.0' }); // 'unknown workflow "x@1.0.0"'
 */
export function lintTranslator(locale: Locale = DEFAULT_LOCALE): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(locale, [workflowLintMessages])));
  return t;
}

/**
 * Renders a message (nested messages in its parameters first). A key the translator does not
 * know is rendered by the linter's own catalogue in French rather than shown raw.
 *
 * @example
 * renderProblemText({ key: 'workflow.lint.unknown-form', params: { form: 'x@1.0.0' } }, lintTranslator('en'));
 */
export function renderProblemText(text: ProblemText, t: Translate = lintTranslator()): string {
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {}))
    flat[name] = typeof value === 'object' ? renderProblemText(value, t) : value;
  const out = t(text.key, flat);
  return out === text.key ? lintTranslator()(text.key, flat) : out;
}

/**
 * Builds a problem whose `message` is already rendered in French.
 *
 * @example
 * problem('/states/a/on/GO/guard', 'unknown-guard', 'workflow.lint.unknown-guard', { name: 'x', known: 'a, b' });
 */
export function problem(pointer: string, code: string, key: string, params?: ProblemParams): WorkflowProblem {
  const text: ProblemText = params ? { key, params } : { key };
  return { pointer, code, ...text, message: renderProblemText(text) };
}

/**
 * The same problem with "did you mean …" added when one of `known` is close to `name`.
 *
 * @example
 * suggesting(problem(at, 'unknown-role', 'workflow.lint.unknown-role', { role: 'directr', known }), 'directr', roles);
 * // message: 'rôle inconnu « directr » (…) — vouliez-vous dire « director » ?'
 */
export function suggesting(p: WorkflowProblem, name: string, known: Iterable<string>): WorkflowProblem {
  const near = closestName(name, known);
  if (!near) return p;
  const detail: ProblemText = p.params ? { key: p.key, params: p.params } : { key: p.key };
  return problem(p.pointer, p.code, 'workflow.lint.did-you-mean', { detail, name: near });
}

/**
 * An error whose reason is a catalogue message: `message` is French, `text` words it in the
 * caller's locale (the runtime catches these and renders them with its own translator).
 *
 * @example
 * throw new ProblemError({ key: 'workflow.instance.unregistered', params: { definition: 'x@1.0.0' } });
 */
export class ProblemError extends Error {
  constructor(readonly text: ProblemText) {
    super(renderProblemText(text));
    this.name = 'ProblemError';
  }
}

/**
 * The reason of a caught error as a message parameter: a {@link ProblemError}'s own message (worded
 * later in the caller's locale), any other error's text as it is.
 *
 * @example
 * renderProblemText({ key: 'workflow.migrate.instance', params: { instance: id, error: errorText(e) } }, t);
 */
export function errorText(e: unknown): ProblemText | string {
  return e instanceof ProblemError ? e.text : (e as Error).message;
}

/**
 * A caught error's message in the translator's locale (see {@link errorText}).
 *
 * @example
 * errorMessage(new ProblemError({ key: 'workflow.instance.not-instance' }), lintTranslator('en'));
 */
export function errorMessage(e: unknown, t: Translate): string {
  const text = errorText(e);
  return typeof text === 'string' ? text : renderProblemText(text, t);
}

/**
 * The same problem with `message` rendered in another locale, or by a host's translator (give
 * it `workflowLintMessages`: a key it does not know keeps the French message). A problem without
 * a key (built by hand) is returned unchanged.
 *
 * @example
 * lintWorkflow(doc).map((p) => localizeProblem(p, 'en').message);
 */
export function localizeProblem<P extends { message: string; key?: string; params?: ProblemParams }>(
  p: P,
  to: Locale | Translate,
): P {
  if (!p.key) return p;
  const t = typeof to === 'function' ? to : lintTranslator(to);
  return { ...p, message: renderProblemText({ key: p.key, params: p.params }, t) };
}
