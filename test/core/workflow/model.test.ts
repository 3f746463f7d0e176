/**
 * Model-based tests: @xstate/graph generates the shortest path to every reachable state of every
 * standard workflow (bases and resolved variants), then each path is run through the runtime API
 * (start, then send as a role allowed to act) and must end in the state the model predicts.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from '@xstate/graph';
import {
  createMemoryStore,
  createWorkflowRegistry,
  createWorkflowRuntime,
  DISCRIMINANT_VARIABLES,
  leafPaths,
  listStates,
  STANDARD_ROLES,
  standardWorkflowFiles,
  stateAt,
  taskAt,
  type CompiledWorkflow,
} from '@duikit/core';
import { ctxFor, type Loose } from './fixtures.js';

const NOW = '2026-04-01T08:00:00.000Z';
/** Every discriminant AGGIR variable rated A: the stored grid of GIR 6 that AGGIR reports point at. */
const ALL_A = Object.fromEntries(DISCRIMINANT_VARIABLES.map((v) => [v, { result: 'A' }]));
const USER_FILE = {
  // `sample` fills an assessment id with 'abc'.
  assessments: [{ id: 'abc', type: 'aggir', aggir: { discriminant: ALL_A, result: { gir: 6 } } }],
  rights: {
    mdph: {
      decisions: [
        {
          id: 'd1',
          date: '2024-12-01',
          kind: 'attribution',
          category: '183',
          openingDate: '2025-01-01',
          expiryDate: '2030-12-31',
        },
        {
          id: 'd2',
          date: '2024-12-01',
          kind: 'attribution',
          category: '255',
          openingDate: '2025-01-01',
          expiryDate: '2030-12-31',
        },
      ],
    },
  },
};

/** A value valid against a (simple) JSON Schema: required properties only, or all of them. */
function sample(schema: Loose, full: boolean): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((o: Loose) => 'const' in o))
    return schema.oneOf[0].const;
  if (schema.type === 'object') {
    const keys: string[] = full ? Object.keys(schema.properties ?? {}) : (schema.required ?? []);
    return Object.fromEntries(keys.map((k) => [k, sample(schema.properties[k], full)]));
  }
  if (schema.type === 'array' && full && Array.isArray(schema.items?.enum)) return schema.items.enum;
  if (schema.type === 'array' && full && schema.items?.oneOf?.every((o: Loose) => 'const' in o))
    return schema.items.oneOf.map((o: Loose) => o.const);
  if (schema.type === 'array')
    return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sample(schema.items, full));
  if (schema.type === 'boolean') return true;
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.format === 'date') return '2026-04-10';
  if (schema.format === 'date-time') return '2026-04-10T10:00:00Z';
  return 'abcdef'.slice(0, Math.max(3, schema.minLength ?? 3));
}

/** Events to explore from a state: each event with a minimal and a full payload. */
function eventsFor(
  wf: CompiledWorkflow,
  registry: ReturnType<typeof createWorkflowRegistry>,
  value: unknown,
) {
  const leaves = leafPaths(value);
  return Object.entries(wf.definition.events).flatMap(([type, ev]) => {
    let schema: Loose = ev.payload;
    if (ev.submitsTask) {
      // The form of the task in the region that handles the event (parallel states have several).
      const handles = (leaf: string) =>
        leaf
          .split('.')
          .some((_, i, parts) => !!stateAt(wf.definition, parts.slice(0, i + 1).join('.'))?.on?.[type]);
      const form = leaves
        .filter(handles)
        .map((l) => taskAt(wf.definition, l)?.form)
        .find(Boolean);
      schema = form ? registry.form(form)?.schema : undefined;
      if (!schema) return [];
    }
    const payloads = schema ? [sample(schema, false), sample(schema, true)] : [undefined];
    return payloads.map((payload) => ({ type, payload, $now: NOW, $actor: 'system', $userFile: USER_FILE }));
  });
}

async function replay(
  wf: CompiledWorkflow,
  runtime: ReturnType<typeof createWorkflowRuntime>,
  steps: { type: string; payload?: unknown }[],
) {
  const s = await runtime.start(ctxFor('director'), { definition: wf.ref, fileId: `file-${Math.random()}` });
  if (!s.ok) throw new Error(s.reason.message);
  let instance = s.instance;
  for (const step of steps) {
    if (wf.definition.events[step.type]?.system) return undefined; // deadline events: see deadlines.test.ts
    let sent = false;
    for (const role of STANDARD_ROLES) {
      const r = await runtime.send(ctxFor(role), instance.id, { type: step.type, payload: step.payload });
      if (r.ok) {
        instance = r.instance;
        sent = true;
        break;
      }
      if (r.reason.code !== 'role')
        throw new Error(`${wf.ref} ${step.type}: ${r.reason.code} ${r.reason.message}`);
    }
    if (!sent) throw new Error(`${wf.ref}: no role may send ${step.type}`);
  }
  return instance;
}

const registry = createWorkflowRegistry(standardWorkflowFiles);
const byBase = new Map<string, CompiledWorkflow[]>();
for (const wf of registry.list()) {
  const base = wf.variantOf ? wf.variantOf.split('-')[0].split('@')[0] : wf.definition.id;
  byBase.set(base, [...(byBase.get(base) ?? []), wf]);
}

describe('model-based paths of every standard workflow', () => {
  for (const [base, family] of byBase) {
    it(`${base}: every path to every reachable state runs through the runtime (${family.map((w) => w.ref).join(', ')})`, async () => {
      const runtime = createWorkflowRuntime({
        store: createMemoryStore(),
        registry,
        clock: () => new Date(NOW),
        userFile: async () => USER_FILE,
      });
      const visited = new Set<string>();
      let replayed = 0;
      for (const wf of family) {
        const paths = getShortestPaths(wf.machine, {
          input: { context: wf.definition.context ?? {}, $now: NOW, $userFile: USER_FILE },
          events: (state) => eventsFor(wf, registry, state.value) as never,
          serializeState: (state) => JSON.stringify(state.value),
        });
        expect(paths.length).toBeGreaterThan(3);
        for (const path of paths) {
          for (const leaf of leafPaths(path.state.value)) visited.add(leaf);
          const steps = path.steps.slice(1).map((s) => s.event as { type: string; payload?: unknown });
          const instance = await replay(wf, runtime, steps);
          if (!instance) continue;
          replayed++;
          expect(instance.snapshot.value, `${wf.ref} via ${steps.map((s) => s.type).join(' > ')}`).toEqual(
            path.state.value,
          );
        }
      }
      // Together, the base and its variants reach every leaf state of the base definition.
      const leaves = listStates(family[0].definition)
        .filter((s) => !s.state.states)
        .map((s) => s.path);
      expect(leaves.filter((l) => !visited.has(l))).toEqual([]);
      expect(replayed).toBeGreaterThan(3);
    });
  }
});
