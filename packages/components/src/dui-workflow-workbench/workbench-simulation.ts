/**
 * The workbench's simulation panel: act as any role, send the events it may send (a refusal
 * says why), move the simulated clock, see the deadlines and the log, export a scenario.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  STANDARD_ROLES,
  type AvailableEvent,
  type DueItem,
  type Locale,
  type SimulationLogEntry,
  type Translate,
  type WorkflowSimulation,
} from '@duikit/core';

/** What the panel shows and what it calls back. */
export interface SimulationView {
  sim: WorkflowSimulation;
  t: Translate;
  locale: Locale;
  role: string;
  payload: string;
  step: string;
  events: AvailableEvent[];
  due: DueItem[];
  exported?: { href: string; file: string };
  onRole: (role: string) => void;
  onPayload: (text: string) => void;
  onStep: (text: string) => void;
  send: (ev: AvailableEvent) => void;
  advance: (duration: string) => void;
  restart: () => void;
  exportScenario: () => void;
}

function logLine(t: Translate, l: SimulationLogEntry): string {
  const params = {
    event: l.event ?? '',
    role: l.role ?? '',
    states: l.states ?? '',
    reason: l.reason?.message ?? '',
    duration: l.duration ?? '',
    deadline: l.deadline ?? '',
  };
  return t(`workbench.log.${l.kind}`, params);
}

/**
 * The panel.
 *
 * @example
 * html`${renderSimulation(view)}`
 */
export function renderSimulation(v: SimulationView) {
  const { sim, t } = v;
  const fmt = new Intl.DateTimeFormat(v.locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  });
  const inst = sim.instance;
  return html`<section class="simulation" aria-labelledby="sim-title">
    <h3 id="sim-title">${t('workbench.simulation')}</h3>
    <div class="columns">
      <div>
        <p role="status">${t('workbench.now', { date: fmt.format(sim.now) })}</p>
        <div class="row">
          ${['P1D', 'P7D', 'P1M'].map(
            (d) =>
              html`<button type="button" @click=${() => v.advance(d)}>${t('workbench.advanceBy', { duration: d })}</button>`,
          )}
        </div>
        <div class="row">
          <label for="step">${t('workbench.duration')}</label>
          <input id="step" size="8" .value=${live(v.step)} @input=${(e: Event) => v.onStep((e.target as HTMLInputElement).value)} />
          <button type="button" @click=${() => v.advance(v.step)}>${t('workbench.advance')}</button>
          <button type="button" @click=${v.restart}>${t('workbench.restart')}</button>
        </div>
        <p class="state">
          ${t('workbench.state', { states: inst.states.join(', ') })}
          ${inst.status === 'done' ? html` — ${t('workbench.done', { outcome: inst.outcome ?? '—' })}` : nothing}
        </p>
        <label for="role">${t('workbench.role')}</label>
        <select id="role" @change=${(e: Event) => v.onRole((e.target as HTMLSelectElement).value)}>
          ${STANDARD_ROLES.map((r) => html`<option value=${r} ?selected=${r === v.role}>${r}</option>`)}
        </select>
        <label for="payload">${t('workbench.payload')}</label>
        <textarea id="payload" rows="3" spellcheck="false" .value=${live(v.payload)}
          @input=${(e: Event) => v.onPayload((e.target as HTMLTextAreaElement).value)}></textarea>
        <h4>${t('workbench.events')}</h4>
        ${v.events.length === 0 ? html`<p class="muted">${t('workbench.noEvent')}</p>` : nothing}
        <ul class="events">
          ${v.events.map(
            (ev) => html`<li>
              <button type="button" class=${ev.allowed ? 'primary' : ''} aria-disabled=${ev.allowed ? 'false' : 'true'}
                data-event=${ev.event} @click=${() => v.send(ev)}>${ev.title[v.locale]} <code>${ev.event}</code></button>
              ${ev.reason ? html`<span class="reason">${ev.reason.message}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      <div>
        <table>
          <caption>${t('workbench.deadlines')}</caption>
          <thead><tr><th scope="col">${t('workbench.deadline')}</th><th scope="col">${t('workbench.due')}</th><th scope="col">${t('workbench.status')}</th></tr></thead>
          <tbody>
            ${v.due.length === 0 ? html`<tr><td colspan="3">${t('workbench.noDeadline')}</td></tr>` : nothing}
            ${v.due.map(
              (
                d,
              ) => html`<tr class="due--${d.status}" data-deadline=${d.deadlineId}><th scope="row">${d.title[v.locale]}</th>
                <td>${fmt.format(new Date(d.dueAt))}</td><td>${t(`workbench.status.${d.status}`)}</td></tr>`,
            )}
          </tbody>
        </table>
        <h4>${t('workbench.log')}</h4>
        <ol class="log">${sim.log.map((l) => html`<li class=${l.kind}>${fmt.format(new Date(l.at))} — ${logLine(t, l)}</li>`)}</ol>
        <button type="button" class="primary" @click=${v.exportScenario}>${t('workbench.export')}</button>
        ${
          v.exported
            ? html`<p role="status"><a href=${v.exported.href} download=${v.exported.file}>${t('workbench.exported', { file: v.exported.file })}</a></p>`
            : nothing
        }
      </div>
    </div>
  </section>`;
}
