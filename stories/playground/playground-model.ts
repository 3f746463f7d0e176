/**
 * The workflow playground's logic, without UI: the definitions on offer, checking a pasted text
 * (JSON syntax, variant resolution, the engine's linter) and a simulation that runs the definition
 * on an in-memory store with a clock the person moves forward.
 *
 * @example
 * const checked = checkDefinition(text);
 * if (checked.ok) {
 *   const sim = await Simulation.start(checked.definition);
 *   await sim.send('secretariat', 'SCHEDULE', { visitDate: '2026-03-05' });
 *   await sim.advance('P10D'); // fires the deadlines due by then
 * }
 */
import { Temporal } from 'temporal-polyfill';
import {
  createMemoryStore,
  createWorkflowRuntime,
  lintProblem,
  lintWorkflow,
  localizeProblem,
  parseJsonText,
  refOf,
  resolveLocale,
  resolveVariant,
  standardWorkflowFiles,
  type AvailableEvent,
  type CallContext,
  type FiredItem,
  type Locale,
  type WorkflowDefinition,
  type WorkflowInstance,
  type WorkflowRuntime,
  type WorkflowVariant,
} from '@duikit/core';
import visitRequest from './visit-request.workflow.json';

/** One definition offered in the picker. */
export interface PlaygroundSource {
  id: string;
  label: string;
  text: string;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** The standard workflows, the establishment variants and the configurators' guide example. */
export function playgroundSources(): PlaygroundSource[] {
  const { definitions, variants } = standardWorkflowFiles;
  return [
    ...definitions.map((d) => ({ id: refOf(d), label: `${d.title.fr} (${refOf(d)})`, text: pretty(d) })),
    ...variants.map((v) => ({
      id: refOf(v),
      label: `Variante : ${v.title?.fr ?? v.id} (${refOf(v)})`,
      text: pretty(v),
    })),
    { id: 'visit-request@1.0.0', label: 'Exemple du guide : demande de visite', text: pretty(visitRequest) },
  ];
}

/** A problem found in the pasted text: a JSON Pointer (`/` for the root) and a message in the asked locale. */
export interface PlaygroundProblem {
  pointer: string;
  message: string;
  /** The linter's catalogue key, to word the problem again in another locale (`localizeProblem`). */
  key?: string;
}

/** The outcome of {@link checkDefinition}. */
export type Checked =
  | { ok: true; definition: WorkflowDefinition; variantOf?: string }
  | { ok: false; problems: PlaygroundProblem[] };

const formRefs = () => standardWorkflowFiles.forms.map((f) => refOf(f));
const workflowRefs = () => standardWorkflowFiles.definitions.map((d) => refOf(d));

/** The page's language (`<html lang>`, which the Storybook toolbar sets), French otherwise. */
const pageLocale = (): Locale => resolveLocale(globalThis.document?.documentElement.lang);

/** Finds a standard definition, or a standard variant resolved (variants may extend variants). */
function standardLookup(ref: string, depth = 0): WorkflowDefinition | undefined {
  const { definitions, variants } = standardWorkflowFiles;
  const found = definitions.find((d) => refOf(d) === ref);
  if (found || depth > 8) return found;
  const variant = variants.find((v) => refOf(v) === ref);
  if (!variant) return undefined;
  const r = resolveVariant(variant, (next) => standardLookup(next, depth + 1));
  return 'definition' in r ? r.definition : undefined;
}

/**
 * Parses and lints a definition or a variant (a document with `extends`, resolved against the
 * standard workflows first). Every problem names its place and is worded in `locale` (by default
 * the page's language, French unless it is English).
 *
 * @example
 * checkDefinition('{', 'en'); // { ok: false, problems: [{ pointer: '/', message: 'invalid JSON (line 1, column 2): …', … }] }
 */
export function checkDefinition(text: string, locale: Locale = pageLocale()): Checked {
  const failed = (problems: PlaygroundProblem[]): Checked => ({
    ok: false,
    problems: problems.map((p) => localizeProblem(p, locale)),
  });
  const parsed = parseJsonText(text);
  if ('error' in parsed) return failed([lintProblem('/', 'json', parsed.error.key, parsed.error.params)]);
  const doc = parsed.doc;
  let definition = doc as WorkflowDefinition;
  let variantOf: string | undefined;
  if (doc && typeof doc === 'object' && 'extends' in doc) {
    const variant = doc as WorkflowVariant;
    const resolved = resolveVariant(variant, standardLookup);
    if ('problems' in resolved) return failed(resolved.problems);
    definition = resolved.definition;
    variantOf = variant.extends;
  }
  const problems = lintWorkflow(definition, {
    forms: formRefs(),
    workflows: [...workflowRefs(), refOf(definition)],
  });
  return problems.length ? failed(problems) : { ok: true, definition, variantOf };
}

/** A line of the simulation's log, as data: the UI words it in the current locale. */
export interface LogEntry {
  at: string;
  kind: 'event' | 'refused' | 'deadline' | 'reminder' | 'clock' | 'start';
  event?: string;
  role?: string;
  /** Active states after the entry, comma-separated. */
  states?: string;
  /** Refusal message (the runtime's locale) with the payload problems by JSON Pointer. */
  reason?: string;
  duration?: string;
  deadline?: string;
  handled?: boolean;
}

/** Where simulations start: a Monday morning in Paris. */
export const SIMULATION_START = '2026-03-02T08:00:00Z';

/** The establishment (FINESS, demo) and person of every simulation. */
const ESTABLISHMENT = '750000001';
const FILE_ID = 'demo-file-1';

/**
 * A definition running on an in-memory store with a simulated clock. Every call returns after
 * the store is updated; `instance` is the latest stored record.
 */
export class Simulation {
  readonly log: LogEntry[] = [];
  instance!: WorkflowInstance;
  private constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly clock: { now: Date },
  ) {}

  /** Starts an instance for a demo person. Resolves to the refusal message when it cannot start. */
  static async start(
    definition: WorkflowDefinition,
    data: Record<string, unknown> = {},
  ): Promise<Simulation | string> {
    const clock = { now: new Date(SIMULATION_START) };
    const others = standardWorkflowFiles.definitions.filter((d) => refOf(d) !== refOf(definition));
    let runtime: WorkflowRuntime;
    try {
      runtime = createWorkflowRuntime({
        store: createMemoryStore(() => clock.now),
        // Already linted by checkDefinition (and the standard files by their own tests): skip it here.
        registry: { definitions: [definition, ...others], forms: standardWorkflowFiles.forms, lint: false },
        clock: () => clock.now,
      });
    } catch (err) {
      return (err as Error).message;
    }
    const sim = new Simulation(runtime, clock);
    const r = await runtime.start(sim.context('director'), {
      definition: refOf(definition),
      fileId: FILE_ID,
      data,
    });
    if (!r.ok) return r.reason.message;
    sim.instance = r.instance;
    sim.note({ kind: 'start', states: r.instance.states.join(', ') });
    return sim;
  }

  /** The simulated current instant. */
  get now(): Date {
    return this.clock.now;
  }

  /** The call context of a demo professional with `role`. */
  context(role: string): CallContext {
    return {
      actor: { professionalId: `demo-${role}`, role, establishment: ESTABLISHMENT, name: `Démo (${role})` },
      purpose: 'care',
    };
  }

  /** The events `role` could send now, each allowed or with its reason. */
  events(role: string): Promise<AvailableEvent[]> {
    return this.runtime.availableEvents(this.context(role), this.instance.id);
  }

  /** Sends an event as `role`; a refusal is logged with its reason and changes nothing. */
  async send(role: string, type: string, payload?: unknown): Promise<boolean> {
    const r = await this.runtime.send(this.context(role), this.instance.id, { type, payload });
    if (!r.ok) {
      const details = (r.reason.problems ?? []).map((p) => ` ${p.pointer || '/'} : ${p.message}`).join(';');
      this.note({
        kind: 'refused',
        event: type,
        role,
        reason: `${r.reason.message}${details ? ` —${details}` : ''}`,
      });
      return false;
    }
    this.instance = r.instance;
    this.note({ kind: 'event', event: type, role, states: r.instance.states.join(', ') });
    return true;
  }

  /** Moves the clock forward by an ISO 8601 duration (Paris calendar) and fires what fell due. */
  async advance(duration: string): Promise<FiredItem[]> {
    const next = Temporal.Instant.from(this.clock.now.toISOString())
      .toZonedDateTimeISO('Europe/Paris')
      .add(Temporal.Duration.from(duration))
      .toInstant();
    this.clock.now = new Date(next.epochMilliseconds);
    this.note({ kind: 'clock', duration });
    const fired = await this.runtime.tick(this.clock.now);
    for (const f of fired)
      this.note({ kind: f.kind, deadline: f.deadlineId, event: f.event, handled: f.handled });
    const latest = await this.runtime.get(this.context('director'), this.instance.id);
    if (latest.ok) this.instance = latest.instance;
    return fired;
  }

  private note(entry: Omit<LogEntry, 'at'>) {
    this.log.push({ at: this.clock.now.toISOString(), ...entry });
  }
}
