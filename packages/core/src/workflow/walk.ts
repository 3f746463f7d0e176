/**
 * Walking a definition's state tree: state paths (`contract.awaitingSignature`), their JSON
 * Pointers in the file (`/states/contract/states/awaitingSignature`) and transition targets.
 */
import { remember } from '../json/memo.js';
import { toPointer } from '../json/pointer.js';
import type { WorkflowDefinition, WorkflowState, WorkflowTransition } from './types.js';

/** A state with where it lives. */
export interface StateEntry {
  /** Dot path from the root, e.g. `contractualisation.contract.handover`. */
  path: string;
  segments: string[];
  pointer: string;
  state: WorkflowState;
  parent?: StateEntry;
}

/**
 * Every state of a definition, parents before children.
 *
 * @example
 * for (const s of listStates(def)) console.log(s.path, s.pointer);
 */
export function listStates(def: Pick<WorkflowDefinition, 'states'>): StateEntry[] {
  const out: StateEntry[] = [];
  const visit = (states: Record<string, WorkflowState> | undefined, parent?: StateEntry) => {
    for (const [key, state] of Object.entries(states ?? {})) {
      const segments = parent ? [...parent.segments, key] : [key];
      const entry: StateEntry = {
        path: segments.join('.'),
        segments,
        pointer: toPointer(segments.flatMap((s) => ['states', s])),
        state,
        parent,
      };
      out.push(entry);
      visit(state.states, entry);
    }
  };
  visit(def.states);
  return out;
}

/** The kind of a state, inferred as xstate does when `type` is omitted. */
export function stateKind(state: WorkflowState): 'atomic' | 'compound' | 'parallel' | 'final' {
  if (state.type === 'parallel' || state.type === 'final') return state.type;
  return state.states && Object.keys(state.states).length > 0 ? 'compound' : 'atomic';
}

/** Normalises a transition field (one object or a list) to a list. */
export function asList(t: WorkflowTransition | WorkflowTransition[] | undefined): WorkflowTransition[] {
  if (!t) return [];
  return Array.isArray(t) ? t : [t];
}

/**
 * Resolves a transition target written in the state at `fromPath` to an absolute dot path, as
 * xstate does: `x` is a sibling, `.x` a child, `#<id>.a.b` absolute. Returns undefined when
 * the target names no state.
 *
 * @example
 * resolveTarget(def, 'decision', 'waitingList'); // 'waitingList'
 */
export function resolveTarget(
  def: Pick<WorkflowDefinition, 'id' | 'states'>,
  fromPath: string,
  target: string,
): string | undefined {
  const known = new Set(listStates(def).map((s) => s.path));
  let candidate: string;
  if (target.startsWith('#')) {
    const [id, ...rest] = target.slice(1).split('.');
    if (id !== def.id) return undefined;
    candidate = rest.join('.');
  } else if (target.startsWith('.')) {
    candidate = `${fromPath}${target}`;
  } else {
    const parent = fromPath.split('.').slice(0, -1);
    candidate = [...parent, target].join('.');
  }
  return known.has(candidate) ? candidate : undefined;
}

/**
 * The active leaf paths of an xstate state value (`{ a: { b: 'c', d: 'e' } }` → `a.b.c`, `a.d.e`).
 *
 * @example
 * leafPaths({ contract: 'handover' }); // ['contract.handover']
 */
export function leafPaths(value: unknown, prefix: string[] = []): string[] {
  const out: string[] = [];
  collectLeaves(value, prefix.join('.'), prefix.length > 0, out);
  return out;
}

// Every event computes the leaves of its new state value: one growing string per path, not an
// array joined at each leaf.
function collectLeaves(value: unknown, path: string, nested: boolean, out: string[]): void {
  if (typeof value === 'string') {
    out.push(nested ? `${path}.${value}` : value);
    return;
  }
  if (!value || typeof value !== 'object') return;
  let empty = true;
  for (const key of Object.keys(value)) {
    empty = false;
    collectLeaves((value as Record<string, unknown>)[key], nested ? `${path}.${key}` : key, true, out);
  }
  if (empty) out.push(path);
}

/**
 * Every active path (leaves and their ancestors), deduplicated, parents first.
 *
 * @example
 * activePaths(['a.b', 'a.c']); // ['a', 'a.b', 'a.c']
 */
export function activePaths(leaves: string[]): string[] {
  const out = new Set<string>();
  for (const leaf of leaves) {
    // Each prefix ending before a dot, then the leaf: no splitting and joining again.
    for (let dot = leaf.indexOf('.'); dot >= 0; dot = leaf.indexOf('.', dot + 1)) out.add(leaf.slice(0, dot));
    out.add(leaf);
  }
  return [...out];
}

const actives = new Map<string, readonly string[]>();

/**
 * {@link activePaths}, kept per set of leaves and shared frozen: the runtime asks for the same
 * few state configurations on every event.
 *
 * @example
 * for (const path of activePathsOf(instance.states)) console.log(path);
 */
export function activePathsOf(leaves: readonly string[]): readonly string[] {
  return remember(actives, leaves.join('\u0000'), () => Object.freeze(activePaths([...leaves])));
}

const activeSets = new Map<string, ReadonlySet<string>>();

/**
 * {@link activePathsOf} as a set, kept the same way (never changed by callers: read-only).
 *
 * @example
 * activeSetOf(instance.states).has('contractualisation');
 */
export function activeSetOf(leaves: readonly string[]): ReadonlySet<string> {
  return remember(activeSets, leaves.join('\u0000'), () => new Set(activePathsOf(leaves)));
}

/**
 * Builds an xstate state value from leaf paths (inverse of {@link leafPaths}).
 *
 * @example
 * valueFromLeaves(['a.p.x', 'a.q.u']); // { a: { p: 'x', q: 'u' } }
 */
export function valueFromLeaves(leaves: string[]): unknown {
  type Tree = Map<string, Tree>;
  const root: Tree = new Map();
  for (const leaf of leaves) {
    let cur = root;
    for (const p of leaf.split('.')) {
      if (!cur.has(p)) cur.set(p, new Map());
      cur = cur.get(p)!;
    }
  }
  const toValue = (t: Tree): unknown => {
    const entries = [...t];
    if (entries.length === 1 && entries[0][1].size === 0) return entries[0][0];
    return Object.fromEntries(entries.map(([k, v]) => [k, v.size === 0 ? {} : toValue(v)]));
  };
  return toValue(root);
}

/** Finds the state at a dot path. */
export function stateAt(def: Pick<WorkflowDefinition, 'states'>, path: string): WorkflowState | undefined {
  let states: Record<string, WorkflowState> | undefined = def.states;
  let found: WorkflowState | undefined;
  for (const seg of path.split('.')) {
    found = states?.[seg];
    if (!found) return undefined;
    states = found.states;
  }
  return found;
}
