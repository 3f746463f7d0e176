import { describe, expect, it } from 'vitest';
import {
  layoutWorkflow,
  leafPaths,
  renderWorkflowSvg,
  standardWorkflowFiles,
  toMermaid,
  workflowGraph,
} from '@duikit/core';

const discharge = standardWorkflowFiles.definitions.find((d) => d.id === 'discharge')!;
const admission = standardWorkflowFiles.definitions.find((d) => d.id === 'admission')!;

describe('workflow diagrams', () => {
  it('builds a layout-free graph with deadlines, outcomes and deadline edges', () => {
    const g = workflowGraph(discharge);
    expect(g.nodes.find((n) => n.id === 'ongoing.notice')).toMatchObject({
      parent: 'ongoing',
      kind: 'atomic',
      deadlines: [{ id: 'notice', duration: 'P1M', event: 'NOTICE_ENDED' }],
    });
    expect(g.nodes.find((n) => n.id === 'archived')).toMatchObject({ kind: 'final', outcome: 'archived' });
    expect(g.edges.filter((e) => e.kind === 'deadline').map((e) => `${e.from}->${e.to}`)).toEqual([
      'ongoing.notice->ongoing.effectiveExit',
    ]);
  });

  it('writes Mermaid with nested and parallel states', () => {
    const text = toMermaid(admission, 'en');
    expect(text.startsWith('stateDiagram-v2\n  [*] --> preAdmission\n')).toBe(true);
    expect(text).toContain('  state contractualisation {\n    [*] --> contractualisation_contract\n');
    expect(text).toContain('\n    --\n    [*] --> contractualisation_trustedPerson\n');
    expect(text).toContain(
      '      contractualisation_withdrawal_open --> contractualisation_withdrawal_closed : ⏱ End of the withdrawal period\n',
    );
    expect(text).toContain(
      '  contractualisation_withdrawal_open --> withdrawn : Exercise the right of withdrawal',
    );
    expect(text).toContain('preAdmission_decision --> preAdmission_plannedEntry : Accept the admission [?]');
  });

  it('lays out nodes inside their parents, without overlaps between siblings', () => {
    const l = layoutWorkflow(admission);
    const byId = new Map(l.nodes.map((n) => [n.id, n]));
    for (const n of l.nodes) {
      if (!n.parent) continue;
      const p = byId.get(n.parent)!;
      expect(
        n.x >= p.x &&
          n.y >= p.y &&
          n.x + n.width <= p.x + p.width + 0.5 &&
          n.y + n.height <= p.y + p.height + 0.5,
        n.id,
      ).toBe(true);
    }
    const leaves = l.nodes.filter((n) => !l.nodes.some((c) => c.parent === n.id));
    for (const a of leaves) {
      for (const b of leaves) {
        if (a === b) continue;
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    expect(l.edges.every((e) => e.points.length >= 2)).toBe(true);
  });

  it('renders a standalone SVG with a title and a text alternative', () => {
    const svg = renderWorkflowSvg(discharge, 'fr');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img" aria-labelledby="t d"/);
    expect(svg).toContain('<title id="t">Sortie et clôture du dossier (discharge@1.0.0)</title>');
    expect(svg).toContain('ongoing.notice → ongoing.effectiveExit : Fin du préavis');
    expect(svg.match(/<g data-state=/g)).toHaveLength(workflowGraph(discharge).nodes.length);
  });
});

// Leaves of a state value, by hand from xstate's shape: strings are atomic states, objects hold
// the active children (every region of a parallel state), an empty object is a state with none.
describe('leafPaths', () => {
  it('names each active leaf by its dotted path, in the order of the value', () => {
    expect(leafPaths('request')).toEqual(['request']);
    expect(leafPaths({ contract: 'handover' })).toEqual(['contract.handover']);
    expect(leafPaths({ a: { p: 'x', q: { r: 's' } }, b: 'c' })).toEqual(['a.p.x', 'a.q.r.s', 'b.c']);
    expect(leafPaths({ a: {} })).toEqual(['a']);
    expect(leafPaths({})).toEqual(['']);
    expect(leafPaths('x', ['root', 'sub'])).toEqual(['root.sub.x']);
    expect(leafPaths(undefined)).toEqual([]);
  });
});
