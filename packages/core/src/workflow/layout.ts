/**
 * Diagram layout with dagre (compound graph: composite states contain their children), and an
 * SVG rendering of it as a string (no DOM), used by `duikit diagram --format svg`. The
 * `<dui-workflow-diagram>` element reuses `layoutWorkflow` and draws its own accessible SVG.
 */
import dagre from '@dagrejs/dagre';
import type { Locale } from '../i18n/index.js';
import { workflowGraph, type WorkflowGraphEdge, type WorkflowGraphNode } from './graph.js';
import type { WorkflowDefinition } from './types.js';

/** A node with its box (top-left corner, in px). */
export interface LaidOutNode extends WorkflowGraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

/** An edge with its polyline. */
export interface LaidOutEdge extends WorkflowGraphEdge {
  points: { x: number; y: number }[];
  /** Centre of the label. */
  labelAt: { x: number; y: number };
}

/** A laid-out diagram. */
export interface WorkflowLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

type Box = { x: number; y: number; width: number; height: number };

const CHAR = 7;
const labelWidth = (s: string) => Math.min(260, Math.max(110, s.length * CHAR + 28));

/**
 * Lays a definition out top to bottom. Edges that start or end on a composite state are
 * attached to its initial leaf for the layout (dagre links leaves only); `from`/`to` keep the
 * logical states.
 *
 * @example
 * const { width, height, nodes, edges } = layoutWorkflow(admission, 'fr');
 */
export function layoutWorkflow(def: WorkflowDefinition, locale: Locale = 'fr'): WorkflowLayout {
  const graph = workflowGraph(def);
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 46, edgesep: 12, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const hasChildren = new Set(graph.nodes.filter((n) => n.parent).map((n) => n.parent!));
  for (const n of graph.nodes) {
    if (hasChildren.has(n.id)) g.setNode(n.id, { label: n.label[locale], paddingTop: 28 });
    else g.setNode(n.id, { label: n.label[locale], width: labelWidth(n.label[locale]), height: 40 });
    if (n.parent) g.setParent(n.id, n.parent);
  }
  // A composite's edges attach to its initial leaf, or, for "done" edges, to a final leaf.
  const leafOf = (id: string, final = false): string => {
    const kids = graph.nodes.filter((n) => n.parent === id);
    if (kids.length === 0) return id;
    const pick = final
      ? (kids.find((k) => k.kind === 'final') ?? kids.at(-1)!)
      : (kids.find((k) => k.initial) ?? kids[0]);
    return leafOf(pick.id, final);
  };
  const ends = (e: WorkflowGraphEdge) => [leafOf(e.from, e.kind === 'done'), leafOf(e.to)] as const;
  for (const e of graph.edges) {
    const text = e.label[locale];
    g.setEdge(
      ...ends(e),
      { label: text, width: Math.min(200, text.length * 6), height: 16, labelpos: 'c' },
      e.id,
    );
  }
  dagre.layout(g);
  const depth = (n: WorkflowGraphNode): number => (n.parent ? 1 + depth(byId.get(n.parent)!) : 0);
  const nodes: LaidOutNode[] = graph.nodes.map((n) => {
    const box = g.node(n.id) as Box;
    return {
      ...n,
      x: box.x - box.width / 2,
      y: box.y - box.height / 2,
      width: box.width,
      height: box.height,
      depth: depth(n),
    };
  });
  const edges: LaidOutEdge[] = graph.edges.map((e) => {
    const [v, w] = ends(e);
    const lab = g.edge(v, w, e.id) as { points?: { x: number; y: number }[]; x?: number; y?: number };
    return { ...e, points: lab.points ?? [], labelAt: { x: lab.x ?? 0, y: lab.y ?? 0 } };
  });
  const gl = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(gl.width ?? 0), height: Math.ceil(gl.height ?? 0), nodes, edges };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Deadlines are marked with a small drawn clock (fonts may lack an emoji) and listed in a tooltip.
const clock = (n: LaidOutNode) =>
  n.deadlines.length === 0
    ? ''
    : `<g aria-hidden="true"><circle cx="${n.x + n.width - 9}" cy="${n.y + 9}" r="5.5" fill="#fff7ed" stroke="#b45309"/>` +
      `<path d="M${n.x + n.width - 9} ${n.y + 6}v3h2.5" stroke="#b45309" fill="none"/></g>` +
      `<title>${esc(n.deadlines.map((d) => `${d.duration} → ${d.event}`).join(', '))}</title>`;

/**
 * A standalone SVG document of the diagram, with a `<title>` and a text alternative listing
 * every transition (RGAA: a graphic carrying information has a text equivalent).
 *
 * @example
 * writeFileSync('admission.svg', renderWorkflowSvg(admission, 'fr'));
 */
export function renderWorkflowSvg(def: WorkflowDefinition, locale: Locale = 'fr'): string {
  const l = layoutWorkflow(def, locale);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="13">`,
    `<title id="t">${esc(def.title[locale])} (${esc(def.id)}@${esc(def.version)})</title>`,
    `<desc id="d">${esc(l.edges.map((e) => `${e.from} → ${e.to} : ${e.label[locale]}`).join(' ; '))}</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#334155"/></marker></defs>',
  ];
  for (const n of [...l.nodes].sort((a, b) => a.depth - b.depth)) {
    const composite = l.nodes.some((c) => c.parent === n.id);
    const fill = composite
      ? n.kind === 'parallel'
        ? '#f1f5f9'
        : '#f8fafc'
      : n.kind === 'final'
        ? '#e2e8f0'
        : '#ffffff';
    const dash = n.kind === 'parallel' ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `<g data-state="${esc(n.id)}"><rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${composite ? 10 : 8}" fill="${fill}" stroke="#334155" stroke-width="${n.kind === 'final' ? 2.5 : 1.2}"${dash}/>`,
      `<text x="${n.x + (composite ? 10 : n.width / 2)}" y="${n.y + (composite ? 18 : n.height / 2 + 4)}" text-anchor="${composite ? 'start' : 'middle'}" fill="#0f172a"${composite ? ' font-weight="600"' : ''}>${esc(n.label[locale])}</text>${clock(n)}</g>`,
    );
  }
  for (const e of l.edges) {
    const d = e.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
    const stroke = e.kind === 'deadline' ? '#b45309' : '#334155';
    out.push(
      `<g data-event="${esc(e.event)}"><path d="${d}" fill="none" stroke="${stroke}" stroke-width="1.2"${e.guarded ? ' stroke-dasharray="4 3"' : ''} marker-end="url(#arrow)"/>`,
      `<text x="${e.labelAt.x.toFixed(1)}" y="${(e.labelAt.y + 4).toFixed(1)}" text-anchor="middle" font-size="11" fill="${stroke}">${esc(e.label[locale])}</text></g>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
