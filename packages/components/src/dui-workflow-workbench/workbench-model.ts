/**
 * What the workbench does with a text, without UI: parse it (a located syntax error), resolve a
 * variant over the standard workflows (or the definitions a host gives), lint it, and place every
 * problem at a line and column of the text and in the state it concerns.
 */
import {
  lintVariant,
  lintWorkflow,
  localizeProblem,
  lintProblem,
  refOf,
  resolveVariant,
  standardWorkflowFiles,
  type FormDefinition,
  type Locale,
  type WorkflowDefinition,
  type WorkflowProblem,
  type WorkflowVariant,
} from '@duikit/core';
import { locatePointer, parseJsonText } from '@duikit/core/config';

/** A problem of the edited text, where it is. */
export interface WorkbenchProblem {
  /** JSON Pointer into the text (`/` for the root). */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
  /** JSON Pointer into the definition drawn (a variant's `/patch/x` is `/x` there). */
  inDefinition: string;
}

/** The outcome of {@link checkText}. */
export interface Checked {
  /** The definition to draw: the text's, or the variant resolved (even when it has problems). */
  definition?: WorkflowDefinition;
  /** `id@version` of the base when the text is a variant. */
  variantOf?: string;
  problems: WorkbenchProblem[];
}

/** The definitions, variants and forms a text may refer to (default: the standard files). */
export interface WorkbenchLibrary {
  definitions: WorkflowDefinition[];
  variants: WorkflowVariant[];
  forms: FormDefinition[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A definition, or a variant resolved over its bases, by `id@version`. */
function lookupIn(lib: WorkbenchLibrary) {
  const find = (ref: string, depth = 0): WorkflowDefinition | undefined => {
    const found = lib.definitions.find((d) => refOf(d) === ref);
    if (found || depth > 8) return found;
    const variant = lib.variants.find((v) => refOf(v) === ref);
    if (!variant) return undefined;
    const r = resolveVariant(variant, (next) => find(next, depth + 1));
    return 'definition' in r ? r.definition : undefined;
  };
  return (ref: string) => find(ref);
}

/**
 * Checks a text as `duikit validate` would, every problem located in the text.
 *
 * @example
 * checkText('{ "id": "x", }', 'fr').problems[0]; // { pointer: '/', line: 1, column: 13, message: 'JSON invalide …' }
 */
export function checkText(
  text: string,
  locale: Locale,
  lib: WorkbenchLibrary = standardWorkflowFiles,
): Checked {
  const located = (list: WorkflowProblem[], variant: boolean): WorkbenchProblem[] =>
    list.map((raw) => {
      const p = localizeProblem(raw, locale);
      const pointer = p.pointer || '/';
      const inResolved = p.params?.pointer;
      const inDefinition =
        typeof inResolved === 'string'
          ? inResolved
          : variant
            ? pointer.replace(/^\/patch(?=\/|$)/, '')
            : pointer;
      return {
        pointer,
        message: p.message,
        inDefinition,
        ...locatePointer(text, pointer === '/' ? '' : pointer),
      };
    });
  const parsed = parseJsonText(text);
  if ('error' in parsed) {
    const p = lintProblem('/', 'json', parsed.error.key, parsed.error.params);
    const at = parsed.error.params as { line: number; column: number };
    return { problems: [{ ...located([p], false)[0], line: at.line, column: at.column }] };
  }
  const doc = parsed.doc;
  const lookup = lookupIn(lib);
  const forms = new Map(lib.forms.map((f) => [refOf(f), f]));
  const opts = (def: WorkflowDefinition) => ({
    forms: forms.keys(),
    workflows: [...lib.definitions.map(refOf), ...lib.variants.map(refOf), refOf(def)],
    formSchema: (ref: string) => forms.get(ref)?.schema,
  });
  if (isObject(doc) && 'extends' in doc) {
    const resolved = resolveVariant(doc as unknown as WorkflowVariant, lookup);
    const definition = 'definition' in resolved ? resolved.definition : undefined;
    const problems = lintVariant(doc, lookup, definition ? opts(definition) : {});
    return { definition, variantOf: String(doc.extends), problems: located(problems, true) };
  }
  const def = doc as WorkflowDefinition;
  const drawable = isObject(doc) && isObject(doc.states) && isObject(doc.events);
  return {
    ...(drawable ? { definition: def } : {}),
    problems: located(lintWorkflow(doc, drawable ? opts(def) : {}), false),
  };
}
