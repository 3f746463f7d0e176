/**
 * The registry of definitions, variants and forms a runtime runs with. Every definition is linted
 * and compiled once, at creation: a broken configuration is refused before any instance runs.
 */
import type { AnyStateMachine } from 'xstate';
import { compileWorkflow, type WorkflowRegistries } from './compile.js';
import { lintForm } from './lint-form.js';
import { lintWorkflow, type LintOptions } from './lint.js';
import { lintTranslator, problem } from './problem.js';
import { checkSchema } from './schema-check.js';
import type {
  FormDefinition,
  WorkflowDefinition,
  WorkflowProblem,
  WorkflowState,
  WorkflowVariant,
} from './types.js';
import { resolveVariant } from './variants.js';
import { stateAt } from './walk.js';

/** A definition ready to run. */
export interface CompiledWorkflow {
  /** `id@version`. */
  ref: string;
  definition: WorkflowDefinition;
  machine: AnyStateMachine;
  /** Set when the definition is a resolved variant. */
  variantOf?: string;
}

const stateMaps = new WeakMap<CompiledWorkflow, Map<string, WorkflowState>>();

/**
 * The state at a dot path of a compiled definition, looked up once per path: a compiled
 * definition never changes (its machine was built from it), and every event asks again.
 *
 * @example
 * stateOf(wf, 'contractualisation.contract.handover')?.deadlines;
 */
export function stateOf(wf: CompiledWorkflow, path: string): WorkflowState | undefined {
  let states = stateMaps.get(wf);
  if (!states) stateMaps.set(wf, (states = new Map<string, WorkflowState>()));
  let state = states.get(path);
  if (!state) {
    state = stateAt(wf.definition, path);
    if (state) states.set(path, state);
  }
  return state;
}

/** What a registry is built from. */
export interface WorkflowRegistryInput extends WorkflowRegistries {
  definitions: WorkflowDefinition[];
  variants?: WorkflowVariant[];
  forms?: FormDefinition[];
  /** Role ids of the host's access policy (default: the standard roles). */
  roles?: readonly string[];
  /** Skip linting (definitions already checked by `duikit validate`, e.g. under a strict CSP). */
  lint?: boolean;
}

/** Definitions, forms and machines by `id@version`. */
export interface WorkflowRegistry {
  get(ref: string): CompiledWorkflow | undefined;
  /** Highest registered version of an id. */
  latest(id: string): CompiledWorkflow | undefined;
  form(ref: string): FormDefinition | undefined;
  list(): CompiledWorkflow[];
  forms(): FormDefinition[];
}

/**
 * Thrown when a registry is given definitions that do not lint: each problem names its file and
 * pointer. The message is in French, like the problems; `localizeProblem` renders each in English.
 */
export class WorkflowDefinitionError extends Error {
  constructor(readonly problems: (WorkflowProblem & { ref: string })[]) {
    super(
      `${lintTranslator()('workflow.lint.registry.invalid')}\n` +
        problems.map((p) => `  ${p.ref}:${p.pointer || '/'}: ${p.message}`).join('\n'),
    );
    this.name = 'WorkflowDefinitionError';
  }
}

/** `id@version` of a definition, form or variant. */
export const refOf = (d: { id: string; version: string }): string => `${d.id}@${d.version}`;

const semverKey = (v: string) =>
  v
    .split(/[.-]/)
    .map((p) => (/^\d+$/.test(p) ? p.padStart(8, '0') : p))
    .join('.');

/**
 * Builds a registry; throws {@link WorkflowDefinitionError} listing every problem.
 *
 * @example
 * const registry = createWorkflowRegistry({ ...standardWorkflowFiles, guards: { myGuard } });
 * registry.get('admission@1.0.0')?.machine;
 */
export function createWorkflowRegistry(input: WorkflowRegistryInput): WorkflowRegistry {
  const problems: (WorkflowProblem & { ref: string })[] = [];
  const forms = new Map<string, FormDefinition>();
  for (const f of input.forms ?? []) {
    if (input.lint !== false) problems.push(...lintForm(f).map((p) => ({ ...p, ref: refOf(f) })));
    forms.set(refOf(f), f);
  }
  const defs = new Map<string, { definition: WorkflowDefinition; variantOf?: string }>();
  for (const d of input.definitions) defs.set(refOf(d), { definition: d });
  // Variants may extend variants: resolve until nothing more resolves.
  let pending = [...(input.variants ?? [])];
  while (pending.length) {
    const waiting = pending.filter(
      (v) => !defs.has(v.extends) && pending.some((o) => refOf(o) === v.extends),
    );
    const ready = pending.filter((x) => !waiting.includes(x));
    if (ready.length === 0) {
      for (const v of waiting) {
        problems.push({
          ref: refOf(v),
          ...problem('/extends', 'cyclic-extends', 'workflow.lint.variant.cycle', { ref: v.extends }),
        });
      }
      break;
    }
    for (const v of ready) {
      const shape = input.lint === false ? [] : checkSchema('variant', v);
      const r = shape.length ? { problems: shape } : resolveVariant(v, (ref) => defs.get(ref)?.definition);
      if ('problems' in r) problems.push(...r.problems.map((p) => ({ ...p, ref: refOf(v) })));
      else defs.set(refOf(v), { definition: r.definition, variantOf: v.extends });
    }
    pending = waiting;
  }
  const lintOpts: LintOptions = { guards: input.guards, effects: input.effects, roles: input.roles };
  const compiled = new Map<string, CompiledWorkflow>();
  for (const [ref, { definition, variantOf }] of defs) {
    if (input.lint !== false) {
      const found = lintWorkflow(definition, { ...lintOpts, forms: forms.keys(), workflows: defs.keys() });
      if (found.length) {
        problems.push(...found.map((p) => ({ ...p, ref })));
        continue;
      }
    }
    compiled.set(ref, { ref, definition, machine: compileWorkflow(definition, input), variantOf });
  }
  if (problems.length) throw new WorkflowDefinitionError(problems);
  return {
    get: (ref) => compiled.get(ref),
    latest: (id) =>
      [...compiled.values()]
        .filter((c) => c.definition.id === id)
        .sort((a, b) => semverKey(b.definition.version).localeCompare(semverKey(a.definition.version)))[0],
    form: (ref) => forms.get(ref),
    list: () => [...compiled.values()],
    forms: () => [...forms.values()],
  };
}
