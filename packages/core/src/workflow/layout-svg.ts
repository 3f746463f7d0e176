/**
 * A diagram as a standalone SVG string (no DOM), for `duikit diagram --format svg`.
 */
import type { Locale } from '../i18n/index.js';
import { DIAGRAM_FONT, layoutWorkflow, type LaidOutNode } from './layout.js';
import type { WorkflowDefinition } from './types.js';

/** A node's title lines, centred on its title point. */
const tspans = (n: LaidOutNode) =>
  n.lines
    .map(
      (l, i) =>
        `<tspan x="${n.titleAt.x.toFixed(1)}" y="${(n.titleAt.y + 4.5 + i * DIAGRAM_FONT.line).toFixed(1)}">${esc(l)}</tspan>`,
    )
    .join('');

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
      `<text text-anchor="middle" fill="#0f172a" font-size="${composite ? DIAGRAM_FONT.title : DIAGRAM_FONT.state}"${composite ? ' font-weight="600"' : ''}>${tspans(n)}</text>${clock(n)}</g>`,
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
