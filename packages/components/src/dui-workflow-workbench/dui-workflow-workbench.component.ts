import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  refOf,
  standardWorkflowFiles,
  WorkflowSimulation,
  type AvailableEvent,
  type DueItem,
  type WorkflowDefinition,
} from '@duikit/core';
import { ScreenContextController } from '../controllers/index.js';
import { emit } from '../events/emit.js';
import { checkText, type Checked, type WorkbenchLibrary } from './workbench-model.js';
import { renderSimulation } from './workbench-simulation.js';
import styles from './dui-workflow-workbench.styles.js';
import '../dui-workflow-diagram/dui-workflow-diagram.js';
import './dui-workflow-workbench.events.js';

const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/**
 * The configurator's workbench: open a workflow or variant file (or pick a standard one), edit
 * it with live validation (the problems listed with their line, and outlined in the diagram),
 * then simulate it as any role with a clock that moves on demand, and export the simulation as a
 * scenario for `duikit test`. It runs on an in-memory engine; nothing is sent anywhere.
 *
 * Not registered by `@duikit/components`: import `@duikit/components/dui-workflow-workbench`.
 *
 * @summary Open, check, draw and simulate a workflow definition.
 *
 * @event dui-scenario-export - A scenario was exported; `detail.scenario` and `detail.text`.
 *
 * @csspart editor - The JSON text area.
 * @csspart problems - The list of problems.
 *
 * @cssprop --dui-color-error - Problems.
 * @cssprop --dui-color-primary - Allowed events, buttons.
 *
 * @example
 * <dui-workflow-workbench source="admission@1.0.0"></dui-workflow-workbench>
 */
export class DuiWorkflowWorkbench extends LitElement {
  static override styles = styles;

  /** `id@version` of the standard definition or variant shown first. */
  @property() source = 'admission@1.0.0';
  /** A text to show instead (a file's content). */
  @property() text?: string;
  /** The definitions, variants and forms a text may use (default: the standard files). */
  @property({ attribute: false }) library: WorkbenchLibrary = standardWorkflowFiles;

  @state() private current = '';
  @state() private checked: Checked = { problems: [] };
  @state() private sim?: WorkflowSimulation;
  @state() private simError = '';
  @state() private actingRole = 'director';
  @state() private payload = '{}';
  @state() private step = 'P15D';
  @state() private events: AvailableEvent[] = [];
  @state() private due: DueItem[] = [];
  @state() private exported?: { href: string; file: string };
  @query('#editor') private editor?: HTMLTextAreaElement;

  private readonly screen = new ScreenContextController(this);
  private timer?: ReturnType<typeof setTimeout>;

  private get sources() {
    return [...this.library.definitions, ...this.library.variants].map((d) => ({ id: refOf(d), doc: d }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('source') || changed.has('library')) {
      const chosen = this.sources.find((s) => s.id === this.source)?.doc;
      void this.load(this.text ?? (chosen ? pretty(chosen) : ''));
    }
  }

  /** Checks a text now (the editor waits for a pause in typing), and restarts the simulation. */
  async load(text: string): Promise<void> {
    this.current = text;
    this.checked = checkText(text, this.screen.locale, this.library);
    await this.restart();
  }

  private definitionToRun(): WorkflowDefinition | undefined {
    return this.checked.problems.length === 0 ? this.checked.definition : undefined;
  }

  private async restart() {
    this.sim = undefined;
    this.simError = '';
    this.exported = undefined;
    const def = this.definitionToRun();
    if (!def) return;
    const others = this.library.definitions.filter((d) => refOf(d) !== refOf(def));
    const started = await WorkflowSimulation.start({
      registry: { definitions: [def, ...others], forms: this.library.forms, lint: false },
      definition: refOf(def),
    });
    if (started instanceof WorkflowSimulation) this.sim = started;
    else this.simError = this.screen.t('workbench.startRefused', { reason: started.message });
    await this.refresh();
  }

  private async refresh() {
    this.events = this.sim ? await this.sim.events(this.actingRole) : [];
    this.due = this.sim ? await this.sim.due() : [];
    this.requestUpdate();
  }

  private async openFile(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) await this.load(await file.text());
  }

  private onEdit(e: Event) {
    const value = (e.target as HTMLTextAreaElement).value;
    this.current = value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(value), 300);
  }

  /** Puts the editor's caret at a line and column. */
  private goTo(line: number, column = 1) {
    const ed = this.editor;
    if (!ed) return;
    const lines = ed.value.split('\n');
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    ed.focus();
    ed.setSelectionRange(offset, offset);
  }

  private async send(ev: AvailableEvent) {
    if (!this.sim || !ev.allowed) return;
    let payload: unknown;
    try {
      payload =
        this.payload.trim() && this.payload.trim() !== '{}'
          ? JSON.parse(this.payload)
          : ev.payload
            ? {}
            : undefined;
    } catch {
      this.simError = this.screen.t('workbench.payloadInvalid');
      return;
    }
    this.simError = '';
    await this.sim.send(this.actingRole, ev.event, payload);
    await this.refresh();
  }

  private async advance(duration: string) {
    if (!this.sim) return;
    try {
      await this.sim.advance(duration);
      this.simError = '';
    } catch {
      this.simError = this.screen.t('workbench.durationInvalid', { duration });
    }
    await this.refresh();
  }

  private async exportScenario() {
    if (!this.sim) return;
    const scenario = await this.sim.toScenario(this.screen.t('workbench.exportTitle'));
    const text = pretty({ $schema: '../node_modules/@duikit/schemas/scenario.schema.json', ...scenario });
    if (this.exported) URL.revokeObjectURL(this.exported.href);
    const file = `${scenario.workflow.split('@')[0]}.scenario.json`;
    this.exported = { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), file };
    emit(this, 'dui-scenario-export', { scenario, text });
  }

  override render() {
    const t = this.screen.t;
    const c = this.checked;
    const ref = c.definition ? refOf(c.definition) : '';
    return html`<h2>${t('workbench.title')}</h2>
      <div class="toolbar">
        <div><label for="file">${t('workbench.open')}</label><input id="file" type="file" accept=".json,application/json" @change=${(e: Event) => void this.openFile(e)} /></div>
        <div><label for="source">${t('workbench.source')}</label>
          <select id="source" @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
            <option value="">${t('workbench.pasted')}</option>
            ${this.sources.map((s) => html`<option value=${s.id} ?selected=${!this.text && s.id === this.source}>${s.id}</option>`)}
          </select></div>
      </div>
      <div class="columns">
        <div><label for="editor">${t('workbench.editor')}</label>
          <textarea id="editor" part="editor" rows="24" spellcheck="false" .value=${live(this.current)} @input=${(e: Event) => this.onEdit(e)}
            aria-describedby="status" aria-invalid=${c.problems.length ? 'true' : 'false'}></textarea></div>
        <div>
          <p id="status" role="status" class="status ${c.problems.length ? 'invalid' : ''}">
            ${c.problems.length ? t('workbench.invalid', { count: c.problems.length }) : t('workbench.valid', { ref })}
            ${c.variantOf ? ` (${t('workbench.variantOf', { base: c.variantOf })})` : ''}
          </p>
          ${c.problems.length ? this.renderProblems() : nothing}
          ${
            c.definition
              ? html`<h3>${t('workbench.diagram')}</h3>
            <dui-workflow-diagram lang=${this.screen.locale} .definition=${c.definition} .problems=${c.problems.map((p) => ({ pointer: p.inDefinition, message: p.message }))}
              current=${this.sim?.instance.states[0] ?? ''}></dui-workflow-diagram>`
              : nothing
          }
        </div>
      </div>
      ${this.simError ? html`<p class="alert" role="alert">${this.simError}</p>` : nothing}
      ${this.sim ? renderSimulation(this.simulationView()) : nothing}`;
  }

  private pick(id: string) {
    const found = this.sources.find((s) => s.id === id);
    if (found) void this.load(pretty(found.doc));
  }

  private renderProblems() {
    const t = this.screen.t;
    return html`<h3>${t('workbench.problems')}</h3>
      <ul class="problems" part="problems">
        ${this.checked.problems.map(
          (p) => html`<li>
            ${
              p.line
                ? html`<button type="button" class="link"
                @click=${() => this.goTo(p.line!, p.column)}>
              ${t('workbench.at', { line: p.line, column: p.column ?? 1 })}</button>`
                : nothing
            }
            <code>${p.pointer}</code> ${p.message}
          </li>`,
        )}
      </ul>`;
  }

  private simulationView() {
    return {
      sim: this.sim!,
      t: this.screen.t,
      locale: this.screen.locale,
      role: this.actingRole,
      payload: this.payload,
      step: this.step,
      events: this.events,
      due: this.due,
      exported: this.exported,
      onRole: (r: string) => ((this.actingRole = r), void this.refresh()),
      onPayload: (p: string) => (this.payload = p),
      onStep: (s: string) => (this.step = s),
      send: (ev: AvailableEvent) => void this.send(ev),
      advance: (d: string) => void this.advance(d),
      restart: () => void this.restart(),
      exportScenario: () => void this.exportScenario(),
    };
  }
}
