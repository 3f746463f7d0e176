import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  DuiBackend,
  LaidOutNode,
  WorkflowDefinition,
  WorkflowInstanceView,
  WorkflowLayout,
} from '@duikit/core';
import { DIAGRAM_FONT, layoutWorkflow } from '@duikit/core/layout';
import { BackendCallController, ScreenContextController } from '../controllers/index.js';
import styles from './dui-workflow-diagram.styles.js';

/** The state a JSON Pointer into a definition is in (`/states/a/states/b/…` → `a.b`), if any. */
export function stateOfPointer(pointer: string): string | undefined {
  const parts = pointer.split('/');
  const path: string[] = [];
  for (let i = 1; i + 1 < parts.length && parts[i] === 'states'; i += 2)
    path.push(parts[i + 1].replace(/~1/g, '/').replace(/~0/g, '~'));
  return path.length ? path.join('.') : undefined;
}

const taskGlyph = (x: number, y: number) =>
  svg`<circle cx=${x} cy=${y - 2} r="2.3" /><path d=${`M${x - 4} ${y + 4.5}q4 -6 8 0`} />`;
const clockGlyph = (x: number, y: number) =>
  svg`<circle cx=${x} cy=${y} r="5.5" /><path d=${`M${x} ${y - 3}v3h2.5`} />`;
const problemGlyph = (x: number, y: number) =>
  svg`<circle cx=${x} cy=${y + 7} r="7" /><path d=${`M${x} ${y + 3}v4.5M${x} ${y + 9.5}v1`} />`;

/**
 * A workflow definition drawn as an SVG (states, transitions, deadlines) with the layout of
 * core's `layoutWorkflow` (dagre), the current state highlighted when given an instance or a
 * `current` state. The SVG is one image with a title and summary; a text description lists
 * every state with its transitions, deadlines and task roles, for screen readers and anyone
 * who prefers text (RGAA 1.3: an informative image has a text alternative).
 *
 * @summary An accessible diagram of a workflow definition, for configurators.
 *
 * @csspart svg - The diagram.
 * @csspart legend - The legend of the marks (task, deadline, final state, parallel region…).
 * @csspart description - The text description.
 *
 * @cssprop --dui-color-primary - The current state.
 * @cssprop --dui-color-warning - Deadline transitions.
 * @cssprop --dui-color-error - States with a problem.
 *
 * @example
 * <dui-workflow-diagram instance-id="wi-001"></dui-workflow-diagram>
 * <dui-workflow-diagram definition-ref="admission-ehpad@1" current="contract"></dui-workflow-diagram>
 */
export class DuiWorkflowDiagram extends LitElement {
  static override styles = styles;

  /** Backend to use when there is no `<dui-provider>` above. */
  @property({ attribute: false }) backend?: DuiBackend;
  /** The definition to draw, given directly (no backend needed). */
  @property({ attribute: false }) definition?: WorkflowDefinition;
  /** The definition to load through the backend (`id@version`). */
  @property({ attribute: 'definition-ref' }) definitionRef = '';
  /** An instance whose definition and current state to show. */
  @property({ attribute: 'instance-id' }) instanceId = '';
  /** The current state path (overrides the instance's), e.g. `contract`. */
  @property() current = '';
  /**
   * Problems to show on the states they are in (`pointer` into the definition file, e.g. from
   * the linter): the state is outlined and marked, the messages are its tooltip and listed in text.
   */
  @property({ attribute: false }) problems: { pointer: string; message: string }[] = [];

  /** @internal */
  @state() private loadError?: string;

  /** @internal */
  private readonly screen = new ScreenContextController(this, () => void this.load());
  /** @internal */
  private readonly instance = new BackendCallController<WorkflowInstanceView>(this, () =>
    this.instanceId ? this.screen.backend?.getInstance(this.instanceId) : undefined,
  );
  /** @internal */
  private readonly loaded = new BackendCallController<WorkflowDefinition>(this, () => {
    const ref = this.definitionRef || this.instance.value?.definition;
    return ref ? this.screen.backend?.getWorkflowDefinition(ref) : undefined;
  });

  /** Loads the instance and/or the definition through the backend. */
  async load(): Promise<void> {
    if (this.instanceId) await this.instance.run();
    if (!this.definition && (this.definitionRef || this.instance.value)) await this.loaded.run();
    this.loadError = this.instance.error?.message ?? this.loaded.error?.message;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const inputs = ['instanceId', 'definitionRef'].some(
      (k) => changed.has(k) && changed.get(k) !== undefined,
    );
    if (inputs && this.screen.backend) void this.load();
  }

  private get def(): WorkflowDefinition | undefined {
    return this.definition ?? this.loaded.value;
  }

  private get currentPath(): string {
    return this.current || this.instance.value?.state || '';
  }

  /** The messages of the problems located in state `id` (not in its children). */
  private problemsAt(id: string): string[] {
    return this.problems.filter((p) => stateOfPointer(p.pointer) === id).map((p) => p.message);
  }

  /** True for the current state and its ancestors (a compound state contains the current leaf). */
  private isCurrent(id: string): boolean {
    const c = this.currentPath;
    return !!c && (c === id || c.startsWith(id + '.'));
  }

  override render() {
    const t = this.screen.t;
    if (this.loadError)
      return html`<p class="alert" role="alert">${t('screens.error', { message: this.loadError })}</p>`;
    const def = this.def;
    if (!def) return html`<p role="status">${t('screens.loading')}</p>`;
    const locale = this.screen.locale;
    const layout = layoutWorkflow(def, locale);
    const current = layout.nodes.filter((n) => this.isCurrent(n.id)).at(-1);
    const title = t('diagram.title', { workflow: `${def.title[locale]} (${def.id}@${def.version})` });
    const summary = current
      ? t('diagram.desc', {
          states: layout.nodes.length,
          transitions: layout.edges.length,
          current: current.label[locale],
        })
      : t('diagram.descNoCurrent', { states: layout.nodes.length, transitions: layout.edges.length });
    return html`<figure>
      <div class="canvas" tabindex="0" role="region" aria-label=${title}>${this.renderSvg(layout, title, summary)}</div>
      <figcaption>${title}. ${summary}</figcaption>
      ${this.renderLegend()}
      ${this.renderDescription(layout)}
    </figure>`;
  }

  private renderSvg(l: WorkflowLayout, title: string, summary: string) {
    const locale = this.screen.locale;
    const nodes = [...l.nodes].sort((a, b) => a.depth - b.depth);
    const composite = new Set(l.nodes.filter((n) => n.parent).map((n) => n.parent!));
    return html`<svg
      part="svg"
      role="img"
      aria-labelledby="svg-title svg-desc"
      width=${l.width}
      height=${l.height}
      viewBox="0 0 ${l.width} ${l.height}"
    >
      <title id="svg-title">${title}</title>
      <desc id="svg-desc">${summary}</desc>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" class="arrow" />
        </marker>
      </defs>
      ${nodes.map((n) => this.renderNode(n, composite.has(n.id)))}
      ${l.edges.map(
        (e) => svg`<g class="edge edge--${e.kind}" data-event=${e.event} data-from=${e.from} data-to=${e.to}>
          <path d=${e.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')}
            class=${e.guarded ? 'guarded' : ''} marker-end="url(#arrow)" />
          <text x=${e.labelAt.x.toFixed(1)} y=${(e.labelAt.y + 4).toFixed(1)} text-anchor="middle" class="edge-label">${e.label[locale]}</text>
        </g>`,
      )}
    </svg>`;
  }

  private renderNode(n: LaidOutNode, composite: boolean) {
    const problems = this.problemsAt(n.id);
    const cls = [
      'node',
      `node--${n.kind}`,
      composite ? 'node--composite' : '',
      this.isCurrent(n.id) ? 'node--current' : '',
      problems.length ? 'node--problem' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const right = n.x + n.width;
    return svg`<g class=${cls} data-state=${n.id}>
      ${problems.length ? svg`<title>${problems.join('\n')}</title>` : nothing}
      <rect x=${n.x} y=${n.y} width=${n.width} height=${n.height} rx=${composite ? 10 : 8} />
      <text text-anchor="middle">${n.lines.map(
        (line, i) =>
          svg`<tspan x=${n.titleAt.x.toFixed(1)} y=${(n.titleAt.y + 4.5 + i * DIAGRAM_FONT.line).toFixed(1)}>${line}</tspan>`,
      )}</text>
      ${n.task && !composite ? svg`<g class="mark task-mark">${taskGlyph(n.x + 9, n.y + 9)}</g>` : nothing}
      ${n.deadlines.length ? svg`<g class="mark clock">${clockGlyph(right - 9, n.y + 9)}</g>` : nothing}
      ${problems.length ? svg`<g class="mark problem-mark">${problemGlyph(composite ? right - 24 : n.x + n.width / 2, n.y)}</g>` : nothing}
    </g>`;
  }

  /** The legend of the marks, as text with the same small drawings (hidden from assistive tech). */
  private renderLegend() {
    const t = this.screen.t;
    const item = (cls: string, glyph: unknown, key: string) =>
      html`<li class=${cls}><svg aria-hidden="true" width="28" height="18" viewBox="0 0 28 18">${glyph}</svg>${t(key)}</li>`;
    return html`<ul class="legend" part="legend" aria-label=${t('diagram.legend')}>
      ${item('legend-task', svg`<rect x="2" y="2" width="24" height="14" rx="3" class="box" /><g class="mark">${taskGlyph(9, 9)}</g>`, 'diagram.legend.task')}
      ${item('legend-deadline', svg`<path d="M2 9h14" class="deadline-line" /><g class="clock">${clockGlyph(21, 9)}</g>`, 'diagram.legend.deadline')}
      ${item('legend-final', svg`<rect x="2" y="2" width="24" height="14" rx="3" class="box final" />`, 'diagram.legend.final')}
      ${item('legend-parallel', svg`<rect x="2" y="2" width="24" height="14" rx="3" class="box parallel" />`, 'diagram.legend.parallel')}
      ${item('legend-guarded', svg`<path d="M2 9h24" class="guarded-line" />`, 'diagram.legend.guarded')}
      ${this.problems.length ? item('legend-problem', svg`<g class="problem-mark">${problemGlyph(14, 2)}</g>`, 'diagram.legend.problem') : nothing}
    </ul>`;
  }

  private renderDescription(l: WorkflowLayout) {
    const t = this.screen.t;
    const locale = this.screen.locale;
    const label = new Map(l.nodes.map((n) => [n.id, n.label[locale]]));
    return html`<details part="description">
      <summary>${t('diagram.list')}</summary>
      <ul>
        ${l.nodes.map((n) => {
          const out = l.edges.filter((e) => e.from === n.id);
          const problems = this.problemsAt(n.id);
          const tags = [
            problems.length ? t('diagram.problems', { count: problems.length }) : '',
            this.isCurrent(n.id) ? t('diagram.current') : '',
            n.initial && !n.parent ? t('diagram.initial') : '',
            n.kind === 'final' ? t('diagram.final') : '',
          ].filter(Boolean);
          return html`<li data-state=${n.id} aria-current=${this.isCurrent(n.id) ? 'step' : nothing}>
            <strong>${n.label[locale]}</strong>${tags.length ? ` (${tags.join(', ')})` : ''}
            ${
              out.length || n.deadlines.length || n.task || problems.length
                ? html`<ul>
                  ${problems.map((m) => html`<li class="problem">${m}</li>`)}
                  ${n.task ? html`<li>${t('diagram.task', { roles: n.task.roles.join(', ') })}</li>` : nothing}
                  ${n.deadlines.map(
                    (d) =>
                      html`<li>${t('diagram.deadline', { label: d.title[locale], duration: d.duration })}</li>`,
                  )}
                  ${out.map(
                    (e) =>
                      html`<li>${t('diagram.goesTo', { event: e.label[locale], target: label.get(e.to) ?? e.to })}</li>`,
                  )}
                </ul>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </details>`;
  }
}
