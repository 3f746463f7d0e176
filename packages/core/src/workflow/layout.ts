/**
 * Diagram layout with dagre (compound graph: composite states contain their children). Texts
 * are wrapped to fit their boxes, a composite's title is a box of its own at its top (so the
 * composite is as wide as its title), edges leaving or entering a composite start or end on its
 * border, and edge labels are moved off every line and box. The SVG string rendering
 * (`duikit diagram --format svg`) is in layout-svg.ts; `<dui-workflow-diagram>` draws its own.
 */
import dagre from '@dagrejs/dagre';
import type { Locale } from '../i18n/index.js';
import { workflowGraph, type WorkflowGraphEdge, type WorkflowGraphNode } from './graph.js';
import { clipPolyline, placeLabels, textWidth, wrapText, type Point, type Rect } from './layout-geometry.js';
import type { WorkflowDefinition } from './types.js';

/** A node with its box (top-left corner, in px) and its title wrapped into lines. */
export interface LaidOutNode extends WorkflowGraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
  /** The title in the layout's locale, one entry per line. */
  lines: string[];
  /** Centre of the first title line (composites: the top of the box). */
  titleAt: Point;
}

/** An edge with its polyline and the box of its label. */
export interface LaidOutEdge extends WorkflowGraphEdge {
  points: Point[];
  /** Centre of the label. */
  labelAt: Point;
  labelBox: Rect;
}

/** A laid-out diagram. */
export interface WorkflowLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

/** Font sizes (px) the boxes are measured for: states, composite titles (bold), edge labels. */
export const DIAGRAM_FONT = { state: 13, title: 14, label: 11, line: 16 } as const;
const MAX_TEXT = 180;
const PAD = { x: 14, y: 10, marks: 18 };

/**
 * Lays a definition out top to bottom. Edges that start or end on a composite state are laid out
 * from its initial leaf (dagre links leaves only), then clipped to the composite's border; `from`
 * and `to` keep the logical states.
 *
 * @example
 * const { width, height, nodes, edges } = layoutWorkflow(admission, 'fr');
 */
export function layoutWorkflow(def: WorkflowDefinition, locale: Locale = 'fr'): WorkflowLayout {
  const graph = workflowGraph(def);
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 44, edgesep: 16, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const kids = (id: string) => graph.nodes.filter((n) => n.parent === id);
  const lines = new Map<string, string[]>();
  for (const n of graph.nodes) {
    const composite = kids(n.id).length > 0;
    const text = wrapText(n.label[locale], composite ? DIAGRAM_FONT.title : DIAGRAM_FONT.state, MAX_TEXT);
    lines.set(n.id, text);
    const wide = Math.max(
      ...text.map((l) => textWidth(l, composite ? DIAGRAM_FONT.title : DIAGRAM_FONT.state)),
    );
    const height = text.length * DIAGRAM_FONT.line + 2 * PAD.y;
    if (composite) {
      // The title is a box of its own, first inside the composite.
      g.setNode(n.id, {});
      g.setNode(`${n.id}::title`, { width: wide + 2 * PAD.x, height: height - PAD.y });
      g.setParent(`${n.id}::title`, n.id);
    } else {
      const marks = (n.task ? PAD.marks : 0) + (n.deadlines.length ? PAD.marks : 0);
      g.setNode(n.id, { width: Math.max(96, wide + 2 * PAD.x + marks), height });
    }
    if (n.parent) g.setParent(n.id, n.parent);
  }
  // A composite's edges attach to its initial leaf, or, for "done" edges, to a final leaf.
  const leafOf = (id: string, final = false): string => {
    const children = kids(id);
    if (children.length === 0) return id;
    const pick = final
      ? (children.find((k) => k.kind === 'final') ?? children.at(-1)!)
      : (children.find((k) => k.initial) ?? children[0]);
    return leafOf(pick.id, final);
  };
  for (const n of graph.nodes) {
    const children = kids(n.id);
    const first = n.kind === 'parallel' ? children : children.filter((k) => k.initial).slice(0, 1);
    for (const k of first)
      g.setEdge(`${n.id}::title`, leafOf(k.id), { weight: 4, minlen: 1 }, `${n.id}::title`);
  }
  const ends = (e: WorkflowGraphEdge) => [leafOf(e.from, e.kind === 'done'), leafOf(e.to)] as const;
  for (const e of graph.edges) {
    const text = e.label[locale];
    const width = textWidth(text, DIAGRAM_FONT.label) + 6;
    g.setEdge(...ends(e), { label: text, width, height: 16, labelpos: 'r', labeloffset: 6 }, e.id);
  }
  dagre.layout(g);
  const depth = (n: WorkflowGraphNode): number => (n.parent ? 1 + depth(byId.get(n.parent)!) : 0);
  const boxOf = (id: string): Rect => {
    const b = g.node(id) as Rect;
    return { x: b.x - b.width / 2, y: b.y - b.height / 2, width: b.width, height: b.height };
  };
  const nodes: LaidOutNode[] = graph.nodes.map((n) => {
    const composite = kids(n.id).length > 0;
    const box = boxOf(n.id);
    const title = composite ? boxOf(`${n.id}::title`) : box;
    const text = lines.get(n.id)!;
    const titleAt = {
      x: title.x + title.width / 2,
      y: title.y + title.height / 2 - ((text.length - 1) * DIAGRAM_FONT.line) / 2,
    };
    return { ...n, ...box, depth: depth(n), lines: text, titleAt };
  });
  const boxes = new Map(nodes.map((n) => [n.id, n as Rect]));
  const routed = graph.edges.map((e) => {
    const [v, w] = ends(e);
    const lab = g.edge(v, w, e.id) as { points?: Point[]; x?: number; y?: number; width: number };
    const from = v !== e.from ? boxes.get(e.from) : undefined;
    const to = w !== e.to ? boxes.get(e.to) : undefined;
    return {
      e,
      points: clipPolyline(lab.points ?? [], from, to),
      at: { x: lab.x ?? 0, y: lab.y ?? 0 },
      width: lab.width,
    };
  });
  const leaves = nodes.filter((n) => kids(n.id).length === 0).map((n) => n as Rect);
  const titles = nodes.filter((n) => kids(n.id).length > 0).map((n) => boxOf(`${n.id}::title`));
  const labels = placeLabels(
    routed.map((r) => ({ x: r.at.x - r.width / 2, y: r.at.y - 8, width: r.width, height: 16 })),
    routed.map((r) => r.points),
    [...leaves, ...titles],
  );
  const edges: LaidOutEdge[] = routed.map((r, i) => ({
    ...r.e,
    points: r.points,
    labelBox: labels[i],
    labelAt: { x: labels[i].x + labels[i].width / 2, y: labels[i].y + labels[i].height / 2 },
  }));
  const all = [...nodes, ...labels];
  const width = Math.max(...all.map((b) => b.x + b.width)) + 16;
  const height = Math.max(...all.map((b) => b.y + b.height)) + 16;
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
