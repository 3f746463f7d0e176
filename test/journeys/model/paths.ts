/**
 * The journeys to walk, generated from the workflow definitions as `test/core/workflow/model.test.ts`
 * does: `@xstate/graph` gives the shortest path to every reachable state of each definition the
 * reference app offers in each establishment category. A path that is the start of a longer one is
 * not walked on its own: the longer journey passes through its end state and checks it there.
 */
import { getShortestPaths } from '@xstate/graph';
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
import { parisToday, variants, type Schema } from './sample.js';

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

/**
 * Generates the journeys of one definition in one category.
 *
 * @example
 * journeysOf('ehpad', registry.get('discharge@1.0.0')!).map((j) => j.final);
 */
export function journeysOf(category: Category, wf: CompiledWorkflow, today = parisToday()): Journey[] {
  const $now = `${today}T10:00:00.000Z`;
  const paths = getShortestPaths(wf.machine, {
    input: { context: wf.definition.context ?? {}, $now, $userFile: ORIENTED_FILE },
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
          $userFile: ORIENTED_FILE,
        }));
      }) as never;
    },
    serializeState: (state) => JSON.stringify(state.value),
  });
  const all = paths.map((p) => {
    const steps: JourneyStep[] = [];
    for (let i = 1; i < p.steps.length; i++) {
      const before = leafPaths(p.steps[i - 1].state.value);
      const ev = p.steps[i].event as { type: string; payload?: Record<string, unknown> };
      const leaf = before.find((l) => handler(wf.definition, l, ev.type))!;
      const h = handler(wf.definition, leaf, ev.type)!;
      steps.push({
        type: ev.type,
        system: !!wf.definition.events[ev.type]?.system,
        ...(ev.payload !== undefined ? { payload: ev.payload } : {}),
        ...(schemaOf(wf, before, ev.type).form ? { form: schemaOf(wf, before, ev.type).form } : {}),
        roles: eventRoles(wf.definition, h.path, ev.type, h.transition, leaf),
        ...(regionOf(wf.definition, leaf) ? { region: regionOf(wf.definition, leaf) } : {}),
        after: leafPaths(p.steps[i].state.value),
      });
    }
    return { steps, start: leafPaths(p.steps[0].state.value), final: leafPaths(p.state.value) };
  });
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
