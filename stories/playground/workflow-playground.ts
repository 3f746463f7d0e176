/**
 * `<duikit-workflow-playground>` (Storybook only): choose or paste a workflow definition, see its
 * diagram and its validation errors, and step through it as any role with a simulated clock.
 * The diagram is `<dui-workflow-diagram>`, with the simulated instance's current state highlighted.
 *
 * @example
 * html`<duikit-workflow-playground source="admission@1.0.0"></duikit-workflow-playground>`
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { STANDARD_ROLES, type AvailableEvent, type WorkflowDefinition } from '@duikit/core';
import { checkDefinition, playgroundSources, Simulation, type Checked } from './playground-model.js';
import { texts, type Texts } from './playground-texts.js';
import styles from './workflow-playground.styles.js';
import '../../packages/components/src/dui-workflow-diagram/dui-workflow-diagram.js';

export class WorkflowPlayground extends LitElement {
  static override styles = styles;

  /** Id of the definition shown first (`admission@1.0.0`…). */
  @property() source = 'admission@1.0.0';
  /** Text to show instead of a listed definition (a story's broken example). */
  @property() text?: string;
  /** `fr` (default) or `en`; otherwise the nearest `lang`. */
  @property() locale?: string;

  @state() private current = '';
  @state() private checked?: Checked;
  @state() private sim?: Simulation;
  @state() private simError = '';
  @state() private actingRole = 'director';
  @state() private events: AvailableEvent[] = [];
  @state() private payload = '{}';
  @state() private step = 'P1D';

  private readonly sources = playgroundSources();
  private timer?: ReturnType<typeof setTimeout>;

  private get language(): 'fr' | 'en' {
    const tag = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return tag?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  }

  private get t(): Texts {
    return texts(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The linter's messages follow the language chosen in the toolbar.
    if (changed.has('locale') && this.current) this.checked = checkDefinition(this.current, this.language);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const chosen = this.sources.find((s) => s.id === this.source) ?? this.sources[0];
    void this.load(this.text ?? chosen.text);
  }

  private async load(text: string) {
    this.current = text;
    this.checked = checkDefinition(text, this.language);
    await this.restart();
  }

  private async restart() {
    this.sim = undefined;
    this.simError = '';
    if (!this.checked?.ok) return;
    const sim = await Simulation.start(this.checked.definition);
    if (typeof sim === 'string') this.simError = sim;
    else this.sim = sim;
    await this.refresh();
  }

  private async refresh() {
    this.events = this.sim ? await this.sim.events(this.actingRole) : [];
    this.requestUpdate();
  }

  private onPick(e: Event) {
    const found = this.sources.find((s) => s.id === (e.target as HTMLSelectElement).value);
    if (found) void this.load(found.text);
  }

  private onEdit(e: Event) {
    const value = (e.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(value), 400);
  }

  private async send(ev: AvailableEvent) {
    if (!this.sim || !ev.allowed) return;
    let payload: unknown;
    try {
      payload = this.payload.trim() ? JSON.parse(this.payload) : undefined;
    } catch (err) {
      this.simError = `${this.t.payloadInvalid} ${(err as Error).message}`;
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
      this.simError = `${this.t.durationInvalid} « ${duration} »`;
    }
    await this.refresh();
  }

  override render() {
    const t = this.t;
    const c = this.checked;
    return html`
      <h2>${t.title}</h2>
      <div class="grid">
        <div>
          <label for="pick">${t.definition}</label>
          <select id="pick" @change=${this.onPick}>
            <option value="" ?selected=${this.text !== undefined}>${t.pasted}</option>
            ${this.sources.map(
              (s) =>
                html`<option value=${s.id} ?selected=${!this.text && s.id === this.source}>${s.label}</option>`,
            )}
          </select>
          <label for="json" style="margin-block-start: var(--dui-space-s, 0.5rem)">${t.json}</label>
          <textarea id="json" rows="18" spellcheck="false" .value=${live(this.current)} @input=${this.onEdit}></textarea>
        </div>
        <div>
          <div role="status" class="status ${c?.ok ? '' : 'invalid'}">
            ${
              c?.ok
                ? `${t.valid} ${c.definition.id}@${c.definition.version}${c.variantOf ? ` (${t.variantOf} ${c.variantOf})` : ''}`
                : `${c?.problems.length ?? 0} ${t.problems}`
            }
          </div>
          ${
            c && !c.ok
              ? html`<ul class="problems">
                ${c.problems.map((p) => html`<li><code>${p.pointer || '/'}</code> ${p.message}</li>`)}
              </ul>`
              : nothing
          }
          ${c?.ok ? this.renderDiagram(c.definition) : nothing}
        </div>
      </div>
      ${c?.ok ? this.renderSimulation(t) : nothing}
    `;
  }

  private renderDiagram(def: WorkflowDefinition) {
    // The diagram highlights one state: the first active leaf (parallel states have several).
    // It is laid out at its natural width inside one keyboard-scrollable region of ours.
    const current = this.sim?.instance.states[0] ?? '';
    return html`<h3>${this.t.diagram}</h3>
      <div class="diagram" tabindex="0" role="region" aria-label=${this.t.diagram}>
        <dui-workflow-diagram .definition=${def} current=${current} lang=${this.t.locale}></dui-workflow-diagram>
      </div>`;
  }

  private renderSimulation(t: Texts) {
    const sim = this.sim;
    const fmt = new Intl.DateTimeFormat(t.locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    });
    return html`<section aria-labelledby="sim-title">
      <h3 id="sim-title">${t.simulation}</h3>
      ${this.simError ? html`<p class="refused" role="alert">${this.simError}</p>` : nothing}
      ${
        sim
          ? html`<div class="grid">
            <div>
              <p>${t.now} <strong><time datetime=${sim.now.toISOString()}>${fmt.format(sim.now)}</time></strong></p>
              <div class="row">
                ${['P1D', 'P7D', 'P1M'].map((d) => html`<button @click=${() => this.advance(d)}>+ ${t.durations[d]}</button>`)}
              </div>
              <div class="row">
                <div>
                  <label for="step">${t.customDuration}</label>
                  <input id="step" .value=${live(this.step)} @input=${(e: Event) => (this.step = (e.target as HTMLInputElement).value)} size="8" />
                </div>
                <button @click=${() => this.advance(this.step)}>${t.advance}</button>
                <button @click=${() => this.restart()}>${t.restart}</button>
              </div>
              <p>
                ${t.state} <strong>${sim.instance.states.join(', ')}</strong>
                ${sim.instance.status === 'done' ? html` — ${t.done} (${sim.instance.outcome ?? '—'})` : nothing}
              </p>
              <label for="role">${t.role}</label>
              <select id="role" @change=${(e: Event) => ((this.actingRole = (e.target as HTMLSelectElement).value), void this.refresh())}>
                ${STANDARD_ROLES.map((r) => html`<option value=${r} ?selected=${r === this.actingRole}>${r}</option>`)}
              </select>
              <label for="payload" style="margin-block-start: var(--dui-space-s, 0.5rem)">${t.payload}</label>
              <textarea id="payload" rows="3" spellcheck="false" .value=${live(this.payload)} @input=${(e: Event) => (this.payload = (e.target as HTMLTextAreaElement).value)}></textarea>
              <h4>${t.events}</h4>
              ${this.events.length === 0 ? html`<p class="muted">${t.noEvent}</p>` : nothing}
              <ul>
                ${this.events.map(
                  (ev) => html`<li>
                    <button class=${ev.allowed ? 'primary' : ''} aria-disabled=${ev.allowed ? 'false' : 'true'} @click=${() => this.send(ev)}>
                      ${ev.title[t.locale]} <code>${ev.event}</code>
                    </button>
                    ${ev.reason ? html`<span class="reason">${ev.reason.message}</span>` : nothing}
                  </li>`,
                )}
              </ul>
            </div>
            <div>${this.renderDeadlines(sim, fmt, t)}</div>
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderDeadlines(sim: Simulation, fmt: Intl.DateTimeFormat, t: Texts) {
    return html`<table>
        <caption>${t.deadlines}</caption>
        <thead><tr><th scope="col">${t.deadline}</th><th scope="col">${t.due}</th><th scope="col">${t.status}</th></tr></thead>
        <tbody>
          ${
            sim.instance.deadlines.length === 0
              ? html`<tr><td colspan="3" class="muted">${t.noDeadline}</td></tr>`
              : nothing
          }
          ${sim.instance.deadlines.map(
            (d) =>
              html`<tr><th scope="row">${d.deadlineId} <span class="muted">(${d.state})</span></th><td>${fmt.format(new Date(d.dueAt))}</td><td>${d.status === 'fired' ? t.fired : t.pending}</td></tr>`,
          )}
        </tbody>
      </table>
      <h4>${t.log}</h4>
      <ol class="log">
        ${sim.log.map((l) => html`<li class=${l.kind === 'refused' ? 'refused' : ''}>${fmt.format(new Date(l.at))} — ${t.entry(l)}</li>`)}
      </ol>
      <details>
        <summary>${t.data}</summary>
        <pre>${JSON.stringify(sim.instance.snapshot.context, null, 2)}</pre>
      </details>`;
  }
}

if (!customElements.get('duikit-workflow-playground'))
  customElements.define('duikit-workflow-playground', WorkflowPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'duikit-workflow-playground': WorkflowPlayground;
  }
}
