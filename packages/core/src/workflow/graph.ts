/**
 * A layout-free graph of a definition (states, transitions, deadlines) for diagrams, plus its
 * Mermaid `stateDiagram-v2` text. The `<dui-workflow-diagram>` element and `duikit diagram` use it.
 */
import type { Locale } from '../i18n/index.js';
import type { LocalizedText, WorkflowDefinition } from './types.js';
import { asList, listStates, resolveTarget, stateKind } from './walk.js';

/** A state of the graph. */
export interface WorkflowGraphNode {
  /** Dot path, e.g. `contractualisation.contract.handover`. */
  id: string;
  parent?: string;
  label: LocalizedText;
  kind: 'atomic' | 'compound' | 'parallel' | 'final';
  /** Entered first within its parent (or the whole workflow). */
  initial: boolean;
  outcome?: string;
  task?: { title: LocalizedText; roles: string[]; form?: string };
  deadlines: { id: string; title: LocalizedText; duration: string; event: string }[];
}

/** A transition of the graph (targetless transitions, which only record data, are left out). */
export interface WorkflowGraphEdge {
  id: string;
  from: string;
  to: string;
  event: string;
  label: LocalizedText;
  kind: 'event' | 'deadline' | 'done' | 'always';
  guarded: boolean;
}

/** The whole graph. */
export interface WorkflowGraph {
  id: string;
  version: string;
  title: LocalizedText;
  nodes: WorkflowGraphNode[];
  edges: WorkflowGraphEdge[];
}

const DONE: LocalizedText = { fr: 'terminé', en: 'done' };
const ALWAYS: LocalizedText = { fr: 'automatique', en: 'automatic' };

/**
 * Builds the graph of a definition.
 *
 * @example
 * const g = workflowGraph(admission);
 * g.nodes.length; g.edges.filter((e) => e.kind === 'deadline');
 */
export function workflowGraph(def: WorkflowDefinition): WorkflowGraph {
  const entries = listStates(def);
  const nodes: WorkflowGraphNode[] = entries.map((e) => ({
    id: e.path,
    ...(e.parent ? { parent: e.parent.path } : {}),
    label: e.state.title,
    kind: stateKind(e.state),
    initial: e.parent
      ? e.parent.state.initial === e.segments.at(-1) || stateKind(e.parent.state) === 'parallel'
      : e.path === def.initial,
    ...(e.state.outcome ? { outcome: e.state.outcome } : {}),
    ...(e.state.task
      ? {
          task: {
            title: e.state.task.title,
            roles: e.state.task.roles,
            ...(e.state.task.form ? { form: e.state.task.form } : {}),
          },
        }
      : {}),
    deadlines: (e.state.deadlines ?? []).map((d) => ({
      id: d.id,
      title: d.title,
      duration:
        typeof d.duration === 'string'
          ? d.duration
          : String(def.parameters?.[d.duration.param] ?? d.duration.param),
      event: d.event,
    })),
  }));
  const edges: WorkflowGraphEdge[] = [];
  for (const e of entries) {
    const push = (
      event: string,
      label: LocalizedText,
      kind: WorkflowGraphEdge['kind'],
      spec: Parameters<typeof asList>[0],
    ) =>
      asList(spec).forEach((t) => {
        const to = t.target ? resolveTarget(def, e.path, t.target) : undefined;
        if (to)
          edges.push({
            id: `${e.path}:${event}:${edges.length}`,
            from: e.path,
            to,
            event,
            label,
            kind,
            guarded: t.guard !== undefined,
          });
      });
    for (const [event, spec] of Object.entries(e.state.on ?? {})) {
      const ev = def.events[event];
      push(event, ev?.title ?? { fr: event, en: event }, ev?.system ? 'deadline' : 'event', spec);
    }
    push('done', DONE, 'done', e.state.onDone);
    push('always', ALWAYS, 'always', e.state.always);
  }
  return { id: def.id, version: def.version, title: def.title, nodes, edges };
}

const mid = (path: string) => path.replace(/[^A-Za-z0-9_]/g, '_');
const text = (s: string) => s.replace(/["\n]/g, "'").replace(/[;#]/g, ' ');

/**
 * Mermaid `stateDiagram-v2` text of a definition: compound states nest, parallel regions are
 * separated by `--`, guarded transitions are marked `[?]`, deadline events with ⏱.
 *
 * @example
 * toMermaid(admission, 'en'); // 'stateDiagram-v2\n  [*] --> preAdmission\n  …'
 */
export function toMermaid(def: WorkflowDefinition, locale: Locale = 'fr'): string {
  const g = workflowGraph(def);
  const lines = ['stateDiagram-v2', `  [*] --> ${mid(def.initial)}`];
  const children = (parent?: string) => g.nodes.filter((n) => n.parent === parent);
  // Mermaid draws a transition inside the composite state that holds both ends.
  const holder = (e: WorkflowGraphEdge) => {
    const a = e.from.split('.').slice(0, -1);
    const b = e.to.split('.').slice(0, -1);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return a.slice(0, i).join('.') || undefined;
  };
  const edgeLines = (parent: string | undefined, indent: string) =>
    g.edges
      .filter((e) => holder(e) === parent)
      .forEach((e) => {
        const mark = e.kind === 'deadline' ? '⏱ ' : '';
        lines.push(
          `${indent}${mid(e.from)} --> ${mid(e.to)} : ${mark}${text(e.label[locale])}${e.guarded ? ' [?]' : ''}`,
        );
      });
  const write = (n: WorkflowGraphNode, indent: string) => {
    lines.push(`${indent}state "${text(n.label[locale])}" as ${mid(n.id)}`);
    const kids = children(n.id);
    if (kids.length === 0) return;
    lines.push(`${indent}state ${mid(n.id)} {`);
    kids.forEach((k, i) => {
      if (n.kind === 'parallel') {
        if (i > 0) lines.push(`${indent}  --`);
        lines.push(`${indent}  [*] --> ${mid(k.id)}`);
      } else if (k.initial) {
        lines.push(`${indent}  [*] --> ${mid(k.id)}`);
      }
      write(k, `${indent}  `);
      if (k.kind === 'final') lines.push(`${indent}  ${mid(k.id)} --> [*]`);
    });
    edgeLines(n.id, `${indent}  `);
    lines.push(`${indent}}`);
  };
  for (const n of children(undefined)) {
    write(n, '  ');
    if (n.kind === 'final') lines.push(`  ${mid(n.id)} --> [*]`);
  }
  edgeLines(undefined, '  ');
  return `${lines.join('\n')}\n`;
}
