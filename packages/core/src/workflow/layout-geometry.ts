/**
 * The geometry of a diagram that dagre leaves to us: how wide a text is (estimated without a
 * DOM, on the generous side so it always fits its box), wrapping a title into lines, clipping an
 * edge to the border of the composite state it logically leaves or enters, and placing edge
 * labels where they cross no line and no box.
 */

/** A point. */
export interface Point {
  x: number;
  y: number;
}

/** A box by its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// Widths in em of a sans-serif face, rounded up: narrow, wide, capitals, the rest.
const NARROW = new Set("iljtfr'’.,:;|!() ");
const WIDE = new Set('mwMW@%');

/**
 * The width of a text in px at a font size, estimated generously (system-ui and Arial fit).
 *
 * @example
 * textWidth('Décision', 13); // ≈ 60
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch !== ch.toLowerCase()) em += 0.72;
    else em += 0.58;
  }
  return Math.ceil(em * size);
}

/**
 * Splits a text into lines no wider than `max` px (a word longer than `max` keeps its own line).
 *
 * @example
 * wrapText('Information sur la personne de confiance', 13, 150); // ['Information sur la', 'personne de confiance']
 */
export function wrapText(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const inside = (p: Point, r: Rect) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/** Where segment a→b crosses the border of `r`, the crossing nearest to `a`. */
function borderCrossing(a: Point, b: Point, r: Rect): Point | undefined {
  let best: { t: number; p: Point } | undefined;
  const edges: [Point, Point][] = [
    [
      { x: r.x, y: r.y },
      { x: r.x + r.width, y: r.y },
    ],
    [
      { x: r.x + r.width, y: r.y },
      { x: r.x + r.width, y: r.y + r.height },
    ],
    [
      { x: r.x, y: r.y + r.height },
      { x: r.x + r.width, y: r.y + r.height },
    ],
    [
      { x: r.x, y: r.y },
      { x: r.x, y: r.y + r.height },
    ],
  ];
  for (const [c, d] of edges) {
    const hit = intersection(a, b, c, d);
    if (hit && (!best || hit.t < best.t)) best = hit;
  }
  return best?.p;
}

function intersection(a: Point, b: Point, c: Point, d: Point): { t: number; p: Point } | undefined {
  const den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
  if (den === 0) return undefined;
  const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
  const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return undefined;
  return { t, p: { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) } };
}

/**
 * The part of a polyline after it leaves `from` (when given) and before it enters `to`: an edge
 * dagre routed from a leaf inside a composite state then starts on the composite's border.
 *
 * @example
 * clipPolyline(points, preAdmissionBox, undefined); // starts where the line leaves pre-admission
 */
export function clipPolyline(points: Point[], from?: Rect, to?: Rect): Point[] {
  let out = points;
  if (from) {
    const i = out.findIndex((p) => !inside(p, from));
    if (i > 0) {
      const cross = borderCrossing(out[i - 1], out[i], from);
      out = cross ? [cross, ...out.slice(i)] : out.slice(i - 1);
    }
  }
  if (to) {
    const j = out.findIndex((p) => inside(p, to));
    if (j > 0) {
      const cross = borderCrossing(out[j - 1], out[j], to);
      out = cross ? [...out.slice(0, j), cross] : out.slice(0, j + 1);
    }
  }
  return out;
}

/** Whether segment a→b passes through box `r` (grown by `pad`). */
export function segmentHitsRect(a: Point, b: Point, r: Rect, pad = 0): boolean {
  const g = { x: r.x - pad, y: r.y - pad, width: r.width + 2 * pad, height: r.height + 2 * pad };
  if (inside(a, g) || inside(b, g)) return true;
  return borderCrossing(a, b, g) !== undefined;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Moves each label box to the nearest free place: crossing no edge, no other label, no leaf box
 * (composite boxes are backgrounds and may hold labels). Candidates spiral out from where dagre
 * put the label; the first free one wins.
 *
 * @example
 * placeLabels(labels, edges.map((e) => e.points), leafBoxes);
 */
export function placeLabels(labels: Rect[], lines: Point[][], boxes: Rect[]): Rect[] {
  const placed: Rect[] = [];
  const free = (r: Rect) =>
    !lines.some((pts) => pts.some((p, i) => i > 0 && segmentHitsRect(pts[i - 1], p, r, 1))) &&
    !boxes.some((b) => overlaps(r, b)) &&
    !placed.some((b) => overlaps(r, b));
  for (const label of labels) {
    let chosen = label;
    search: for (let ring = 0; ring <= 14; ring++) {
      const d = ring * 6;
      const moves =
        ring === 0
          ? [[0, 0]]
          : [
              [d, 0],
              [-d, 0],
              [0, -d],
              [0, d],
              [d, -d],
              [-d, -d],
              [d, d],
              [-d, d],
            ];
      for (const [dx, dy] of moves) {
        const r = { ...label, x: label.x + dx, y: label.y + dy };
        if (free(r)) {
          chosen = r;
          break search;
        }
      }
    }
    placed.push(chosen);
  }
  return placed;
}
