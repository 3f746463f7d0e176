/**
 * A workflow running on an in-memory store with a clock that only moves when told to: what the
 * workbench simulates and what `duikit test` plays a scenario on. Every step it takes is kept as
 * a scenario step, so a simulation can be exported as a `*.scenario.json` and replayed in CI.
 */
import { Temporal } from 'temporal-polyfill';
import type { CallContext } from '../actor.js';
import { createMemoryStore } from '../store/memory.js';
import { LEGAL_TIME_ZONE } from './dates.js';
import { createWorkflowRuntime, type WorkflowRuntime } from './runtime.js';
import type { WorkflowRegistry, WorkflowRegistryInput } from './registry.js';
import type { AvailableEvent, DueItem, FiredItem, RefusalReason, WorkflowInstance } from './runtime-types.js';
import type { ScenarioExpectation, ScenarioStep, WorkflowScenario } from './scenario-types.js';

/** Where simulations start unless told otherwise: a Monday morning in Paris. */
export const SIMULATION_START = '2026-03-02T08:00:00Z';
const ESTABLISHMENT = '750000001';
const FILE_ID = 'scenario-file-1';

/** A line of a simulation's log, as data (screens word it in their locale). */
export interface SimulationLogEntry {
  at: string;
  kind: 'start' | 'event' | 'refused' | 'clock' | 'deadline' | 'reminder';
  event?: string;
  role?: string;
  states?: string;
  reason?: RefusalReason;
  duration?: string;
  deadline?: string;
  handled?: boolean;
}

/** How to start a simulation. */
export interface SimulationOptions {
  registry: WorkflowRegistry | WorkflowRegistryInput;
  /** `id@version` of the definition to run. */
  definition: string;
  /** Start instant (ISO 8601), default {@link SIMULATION_START}. */
  at?: string;
  data?: Record<string, unknown>;
  /** The user file guards may read (`#/properties/userFile/…`). */
  userFile?: unknown;
  /** The role that starts the instance (default `director`). */
  as?: string;
}

/**
 * Moves an instant by an ISO 8601 duration in Paris wall time (calendar days and months).
 *
 * @example
 * moveClock('2026-03-02T08:00:00Z', 'P1M'); // '2026-04-02T07:00:00Z' (summer time began)
 */
export function moveClock(instant: string, duration: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(LEGAL_TIME_ZONE)
    .add(Temporal.Duration.from(duration))
    .toInstant()
    .toString();
}

/**
 * A running simulation.
 *
 * @example
 * const sim = await WorkflowSimulation.start({ registry: standardWorkflowFiles, definition: 'admission@1.0.0' });
 * if (sim instanceof WorkflowSimulation) { await sim.send('secretariat', 'SUBMIT_REQUEST', {…}); await sim.advance('P16D'); }
 */
export class WorkflowSimulation {
  readonly log: SimulationLogEntry[] = [];
  readonly steps: ScenarioStep[] = [];
  instance!: WorkflowInstance;

  private constructor(
    private readonly runtime: WorkflowRuntime,
    private readonly clock: { now: Date },
    readonly options: SimulationOptions,
  ) {}

  /** Starts an instance; resolves to the refusal when it cannot start. */
  static async start(options: SimulationOptions): Promise<WorkflowSimulation | RefusalReason> {
    const clock = { now: new Date(options.at ?? SIMULATION_START) };
    const runtime = createWorkflowRuntime({
      store: createMemoryStore(() => clock.now),
      registry: options.registry,
      clock: () => clock.now,
      ...(options.userFile !== undefined ? { userFile: () => Promise.resolve(options.userFile) } : {}),
    });
    const sim = new WorkflowSimulation(runtime, clock, options);
    const r = await runtime.start(sim.context(options.as ?? 'director'), {
      definition: options.definition,
      fileId: FILE_ID,
      data: options.data ?? {},
    });
    if (!r.ok) return r.reason;
    sim.instance = r.instance;
    sim.note({ kind: 'start', states: r.instance.states.join(', ') });
    return sim;
  }

  /** The simulated current instant. */
  get now(): Date {
    return this.clock.now;
  }

  /** The call context of a fictitious professional with `role`. */
  context(role: string): CallContext {
    return {
      actor: {
        professionalId: `sim-${role}`,
        role,
        establishment: ESTABLISHMENT,
        name: `Simulation (${role})`,
      },
      purpose: 'care',
    };
  }

  /** The events `role` could send now, each allowed or with its reason. */
  events(role: string): Promise<AvailableEvent[]> {
    return this.runtime.availableEvents(this.context(role), this.instance.id);
  }

  /** Armed deadlines with their status now (upcoming, due soon, overdue). */
  due(): Promise<DueItem[]> {
    return this.runtime.due({ fileId: FILE_ID, includeUpcoming: true, now: this.clock.now });
  }

  /** Sends an event as `role`; a refusal is logged with its reason and changes nothing. */
  async send(role: string, type: string, payload?: unknown): Promise<RefusalReason | undefined> {
    const r = await this.runtime.send(this.context(role), this.instance.id, { type, payload });
    this.steps.push({
      send: type,
      as: role,
      ...(payload !== undefined ? { payload } : {}),
      ...(r.ok ? {} : { refused: true }),
    });
    if (!r.ok) {
      this.note({ kind: 'refused', event: type, role, reason: r.reason });
      return r.reason;
    }
    this.instance = r.instance;
    this.note({ kind: 'event', event: type, role, states: r.instance.states.join(', ') });
    return undefined;
  }

  /** Moves the clock by an ISO 8601 duration (Paris calendar) and fires what fell due. */
  async advance(duration: string): Promise<FiredItem[]> {
    this.clock.now = new Date(moveClock(this.clock.now.toISOString(), duration));
    this.steps.push({ advance: duration });
    this.note({ kind: 'clock', duration });
    const fired = await this.runtime.tick(this.clock.now);
    for (const f of fired)
      this.note({ kind: f.kind, deadline: f.deadlineId, event: f.event, handled: f.handled });
    const latest = await this.runtime.get(this.context('director'), this.instance.id);
    if (latest.ok) this.instance = latest.instance;
    return fired;
  }

  /** What holds now, as a scenario expectation (the states, the due and overdue deadlines). */
  async expectation(): Promise<ScenarioExpectation> {
    const due = await this.due();
    const ids = (status: DueItem['status'][]) =>
      due.filter((d) => status.includes(d.status)).map((d) => d.deadlineId);
    return {
      state: [...this.instance.states],
      status: this.instance.status,
      ...(this.instance.outcome ? { outcome: this.instance.outcome } : {}),
      due: ids(['upcoming', 'due-soon']),
      overdue: ids(['overdue']),
    };
  }

  /**
   * The simulation so far as a scenario, ending with what holds now: replayed by `duikit test`.
   *
   * @example
   * writeFile('admission.scenario.json', JSON.stringify(await sim.toScenario('Mon essai'), null, 2));
   */
  async toScenario(title: string): Promise<WorkflowScenario> {
    return {
      title,
      workflow: this.options.definition,
      start: {
        at: this.options.at ?? SIMULATION_START,
        ...(this.options.data ? { data: this.options.data } : {}),
        ...(this.options.userFile !== undefined ? { userFile: this.options.userFile } : {}),
      },
      steps: [...this.steps, { expect: await this.expectation() }],
    };
  }

  private note(entry: Omit<SimulationLogEntry, 'at'>) {
    this.log.push({ at: this.clock.now.toISOString(), ...entry });
  }
}
