import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  DuiBackend,
  LaidOutNode,
  WorkflowDefinition,
  WorkflowInstanceView,
  WorkflowLayout,
} from '@duikit/core';
import { layoutWorkflow } from '@duikit/core/layout';
import { BackendCallController, ScreenContextController } from '../controllers/index.js';
import styles from './dui-workflow-diagram.styles.js';

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
 * @csspart description - The text description.
 *
 * @cssprop --dui-color-primary - The current state.
 * @cssprop --dui-color-warning - Deadline transitions.
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
        (e) => svg`<g class="edge edge--${e.kind}" data-event=${e.event}>
          <path d=${e.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')}
            class=${e.guarded ? 'guarded' : ''} marker-end="url(#arrow)" />
          <text x=${e.labelAt.x.toFixed(1)} y=${(e.labelAt.y + 4).toFixed(1)} text-anchor="middle" class="edge-label">${e.label[locale]}</text>
        </g>`,
      )}
    </svg>`;
  }

  private renderNode(n: LaidOutNode, composite: boolean) {
    const locale = this.screen.locale;
    const cls = [
      'node',
      `node--${n.kind}`,
      composite ? 'node--composite' : '',
      this.isCurrent(n.id) ? 'node--current' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return svg`<g class=${cls} data-state=${n.id}>
      <rect x=${n.x} y=${n.y} width=${n.width} height=${n.height} rx=${composite ? 10 : 8} />
      <text x=${n.x + (composite ? 10 : n.width / 2)} y=${n.y + (composite ? 18 : n.height / 2 + 4)}
        text-anchor=${composite ? 'start' : 'middle'}>${n.label[locale]}</text>
      ${
        n.deadlines.length
          ? svg`<g class="clock"><circle cx=${n.x + n.width - 9} cy=${n.y + 9} r="5.5" />
            <path d="M${n.x + n.width - 9} ${n.y + 6}v3h2.5" /></g>`
          : nothing
      }
    </g>`;
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
          const tags = [
            this.isCurrent(n.id) ? t('diagram.current') : '',
            n.initial && !n.parent ? t('diagram.initial') : '',
            n.kind === 'final' ? t('diagram.final') : '',
          ].filter(Boolean);
          return html`<li data-state=${n.id} aria-current=${this.isCurrent(n.id) ? 'step' : nothing}>
            <strong>${n.label[locale]}</strong>${tags.length ? ` (${tags.join(', ')})` : ''}
            ${
              out.length || n.deadlines.length || n.task
                ? html`<ul>
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
