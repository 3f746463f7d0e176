/**
 * The journeys to walk, generated from the workflow definitions as `test/core/workflow/model.test.ts`
 * does: `@xstate/graph` gives the shortest path to every reachable state of each definition the
 * reference app offers in each establishment category. A path that is the start of a longer one is
 * not walked on its own: the longer journey passes through its end state and checks it there.
 */
import { getShortestPaths } from '@xstate/graph';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import {
  createWorkflowRegistry,
  eventRoles,
  leafPaths,
  standardWorkflowFiles,
  stateAt,
  taskAt,
  type CompiledWorkflow,
  type WorkflowDefinition,
} from '@duikit/core';
import { parisToday, sample, variants, type Schema } from './sample.js';

/** The establishment categories with a shipped variant, walked in the reference app. */
export const CATEGORIES = ['ehpad', 'ime', 'mas', 'ssiad'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One event of a journey, with who may send it and what it carries. */
export interface JourneyStep {
  type: string;
  /** A deadline event: fired by time passing, not by a person. */
  system: boolean;
  payload?: Record<string, unknown>;
  /** The task form the event submits (`submitsTask`), filled on the step's screen. */
  form?: string;
  /** Roles allowed to send it from the state it leaves. */
  roles: string[];
  /** Title (fr) of the parallel region whose block offers it, when in a parallel state. */
  region?: string;
  /** Active leaves after the event (the model's prediction). */
  after: string[];
}

export interface Journey {
  /** Stable id: `category/workflow/path-n`. */
  id: string;
  category: Category;
  workflow: CompiledWorkflow;
  steps: JourneyStep[];
  /** Active leaves at the end. */
  final: string[];
}

export const registry = createWorkflowRegistry(standardWorkflowFiles);

/** A user file with a valid CDAPH orientation to an IME (183) and a MAS (255), as model.test.ts. */
export const ORIENTED_FILE = {
  rights: {
    mdph: {
      decisions: [183, 255].map((category, i) => ({
        id: `d${i + 1}`,
        date: '2024-12-01',
        kind: 'attribution',
        category: String(category),
        openingDate: '2025-01-01',
        expiryDate: '2035-12-31',
      })),
    },
  },
};

/**
 * The birth date of each category's fictitious persons: an IME's is a child, so the model, like
 * the engine, skips what the law addresses to adults only (the trusted person, CASF L311-5-1).
 */
export const BORN: Record<Category, string> = {
  ehpad: '1938-05-12',
  ime: '2012-09-03',
  mas: '1979-02-20',
  ssiad: '1944-11-30',
};

/** The user file the model sees in a category: oriented, with the person's birth date. */
function fileFor(category: Category) {
  return { ...ORIENTED_FILE, person: { ins: { birthDate: BORN[category] } } };
}

/**
 * The definitions offered in a category: those that apply to it, a variant replacing what it
 * extends (directly or through another variant).
 */
export function offeredIn(category: Category): CompiledWorkflow[] {
  const applies = registry
    .list()
    .filter((c) => c.definition.appliesTo.includes('*') || c.definition.appliesTo.includes(category));
  const replaced = new Set<string>();
  for (const c of applies) {
    for (let base = c.variantOf; base; base = registry.get(base)?.variantOf) replaced.add(base);
  }
  return applies.filter((c) => !replaced.has(c.ref));
}

/** The state that handles `event` for a leaf (itself or its nearest ancestor). */
function handler(def: WorkflowDefinition, leaf: string, event: string) {
  const parts = leaf.split('.');
  for (let i = parts.length; i > 0; i--) {
    const path = parts.slice(0, i).join('.');
    const spec = stateAt(def, path)?.on?.[event];
    if (spec) return { path, transition: Array.isArray(spec) ? spec[0] : spec };
  }
  return undefined;
}

/** Title (fr) of the parallel region a leaf is in, if any. */
function regionOf(def: WorkflowDefinition, leaf: string): string | undefined {
  const parts = leaf.split('.');
  for (let i = 1; i < parts.length; i++) {
    const parent = stateAt(def, parts.slice(0, i).join('.'));
    if (parent?.type === 'parallel') {
      const region = stateAt(def, parts.slice(0, i + 1).join('.'));
      return (region?.title as { fr: string } | undefined)?.fr;
    }
  }
  return undefined;
}

/** The payload schema of an event from a state: its task's form, or the event's own payload. */
function schemaOf(wf: CompiledWorkflow, leaves: string[], type: string) {
  const ev = wf.definition.events[type];
  if (!ev?.submitsTask) return { schema: ev?.payload };
  const leaf = leaves.find((l) => handler(wf.definition, l, type));
  const form = leaf ? taskAt(wf.definition, leaf)?.form : undefined;
  return { form, schema: form ? (registry.form(form)?.schema as Schema) : undefined };
}

type Sent = { type: string; payload?: Record<string, unknown> };

/** One step, from the state value before the event to the one after. */
function stepOf(wf: CompiledWorkflow, beforeValue: unknown, ev: Sent, afterValue: unknown): JourneyStep {
  const before = leafPaths(beforeValue);
  const leaf = before.find((l) => handler(wf.definition, l, ev.type));
  if (!leaf) throw new Error(`${wf.ref}: no state of ${before.join(', ')} handles ${ev.type}`);
  const h = handler(wf.definition, leaf, ev.type)!;
  const form = schemaOf(wf, before, ev.type).form;
  const region = regionOf(wf.definition, leaf);
  return {
    type: ev.type,
    system: !!wf.definition.events[ev.type]?.system,
    ...(ev.payload !== undefined ? { payload: ev.payload } : {}),
    ...(form ? { form } : {}),
    roles: eventRoles(wf.definition, h.path, ev.type, h.transition, leaf),
    ...(region ? { region } : {}),
    after: leafPaths(afterValue),
  };
}

/**
 * A journey along given events (the named journeys): payloads default to the sample of the
 * step's form or the event's payload schema; the model says where each event leads.
 *
 * @example
 * journeyAlong('ehpad', registry.get('discharge@1.0.0')!, 'discharge', [{ type: 'CANCEL_EXIT' }]);
 */
export function journeyAlong(
  category: Category,
  wf: CompiledWorkflow,
  id: string,
  events: Sent[],
  today = parisToday(),
): Journey {
  const $now = `${today}T10:00:00.000Z`;
  const extra = { $now, $actor: 'system', $userFile: fileFor(category) };
  let snapshot = getInitialSnapshot(wf.machine, { context: wf.definition.context ?? {}, ...extra });
  const steps = events.map((ev) => {
    const before = snapshot.value;
    const payload = ev.payload ?? sample(schemaOf(wf, leafPaths(before), ev.type).schema, today);
    const sent = {
      type: ev.type,
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    };
    snapshot = getNextSnapshot(wf.machine, snapshot, { ...sent, ...extra });
    if (JSON.stringify(snapshot.value) === JSON.stringify(before))
      throw new Error(`${id}: ${ev.type} does not move ${wf.ref} from ${JSON.stringify(before)}`);
    return stepOf(wf, before, sent, snapshot.value);
  });
  return { id, category, workflow: wf, steps, final: leafPaths(snapshot.value) };
}

/**
 * Generates the journeys of one definition in one category.
 *
 * @example
 * journeysOf('ehpad', registry.get('discharge@1.0.0')!).map((j) => j.final);
 */
export function journeysOf(category: Category, wf: CompiledWorkflow, today = parisToday()): Journey[] {
  const $now = `${today}T10:00:00.000Z`;
  const paths = getShortestPaths(wf.machine, {
    input: { context: wf.definition.context ?? {}, $now, $userFile: fileFor(category) },
    events: (state) => {
      const leaves = leafPaths(state.value);
      const handled = Object.keys(wf.definition.events).filter((t) =>
        leaves.some((l) => handler(wf.definition, l, t)),
      );
      return handled.flatMap((type) => {
        const { schema } = schemaOf(wf, leaves, type);
        return (schema ? variants(schema, today) : [undefined]).map((payload) => ({
          type,
          payload,
          $now,
          $actor: 'system',
          $userFile: fileFor(category),
        }));
      }) as never;
    },
    serializeState: (state) => JSON.stringify(state.value),
  });
  const all = paths.map((p) => ({
    steps: p.steps
      .slice(1)
      .map((st, i) => stepOf(wf, p.steps[i].state.value, st.event as Sent, st.state.value)),
    start: leafPaths(p.steps[0].state.value),
    final: leafPaths(p.state.value),
  }));
  // Keep the maximal paths: one that starts another is checked on the way.
  const key = (s: JourneyStep[]) => s.map((x) => `${x.type}:${JSON.stringify(x.payload ?? null)}`).join('>');
  const keys = all.map((p) => key(p.steps));
  const maximal = all.filter(
    (p, i) => p.steps.length > 0 && !keys.some((k, j) => j !== i && k.startsWith(`${keys[i]}>`)),
  );
  // Longest first, keep a journey only if it passes through a leaf state or takes an event from a
  // leaf that no kept journey does: together they still reach every state the generator reached.
  const seen = new Set<string>();
  const kept = [...maximal]
    .sort((a, b) => b.steps.length - a.steps.length)
    .filter((p) => {
      const marks: string[] = [];
      let prev = p.start;
      for (const s of p.steps) {
        const from = prev.find((l) => handler(wf.definition, l, s.type));
        marks.push(`${from}|${s.type}`, ...s.after.map((l) => `@${l}`));
        prev = s.after;
      }
      const fresh = marks.filter((m) => !seen.has(m));
      for (const m of marks) seen.add(m);
      return fresh.length > 0;
    });
  return kept.map((p, i) => ({
    id: `${category}/${wf.definition.id}/${String(i + 1).padStart(2, '0')}`,
    category,
    workflow: wf,
    steps: p.steps,
    final: p.final,
  }));
}

/** Every journey of every category. */
export function allJourneys(today = parisToday()): Journey[] {
  return CATEGORIES.flatMap((c) => offeredIn(c).flatMap((wf) => journeysOf(c, wf, today)));
}
