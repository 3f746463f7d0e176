/**
 * The workflow playground's logic: every offered definition checks clean, mistakes are named by
 * place, and the simulation runs the guide example through events and a moved clock.
 */
import { describe, it, expect } from 'vitest';
import {
  checkDefinition,
  playgroundSources,
  Simulation,
  SIMULATION_START,
} from '../../stories/playground/playground-model.js';
import visitRequest from '../../stories/playground/visit-request.workflow.json';

const guide = JSON.stringify(visitRequest);

describe('checkDefinition', () => {
  it('accepts every standard workflow, variant and the guide example', () => {
    for (const source of playgroundSources()) {
      const checked = checkDefinition(source.text);
      expect(checked.ok ? [] : checked.problems, source.id).toEqual([]);
    }
  });

  it('resolves a variant against the standard workflows', () => {
    const ehpad = playgroundSources().find((s) => s.id === 'admission-ehpad@1.0.0')!;
    const checked = checkDefinition(ehpad.text);
    expect(checked.ok && checked.variantOf).toBe('admission@1.0.0');
    expect(checked.ok && checked.definition.parameters?.requiresMedicalOpinion).toBe(true);
  });

  it('names the line and column of a JSON syntax error', () => {
    const checked = checkDefinition('{\n  "id": "x",\n  oops\n}');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0].message).toMatch(/^JSON invalide \(ligne 3, colonne \d+\)/);
  });

  it("reports the linter's problems with their JSON Pointer", () => {
    const broken = structuredClone(visitRequest) as {
      states: { scheduled: { on: Record<string, unknown> } };
    };
    broken.states.scheduled.on.VISIT_DONE = { target: 'nowhere' };
    const checked = checkDefinition(JSON.stringify(broken));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toContainEqual(
      expect.objectContaining({ pointer: expect.stringMatching(/^\/states\/scheduled\/on\/VISIT_DONE/) }),
    );
  });
});

describe('Simulation', () => {
  it('refuses an event for a role that may not send it, and sends it for one that may', async () => {
    const checked = checkDefinition(guide);
    if (!checked.ok) throw new Error('guide example should check clean');
    const sim = await Simulation.start(checked.definition);
    if (typeof sim === 'string') throw new Error(sim);
    expect(sim.instance.states).toEqual(['requested']);
    const forNurse = await sim.events('nurse');
    expect(forNurse.find((e) => e.event === 'SCHEDULE')?.allowed).toBe(false);
    expect(await sim.send('nurse', 'SCHEDULE', { visitDate: '2026-03-05' })).toBe(false);
    expect(sim.log.at(-1)?.kind).toBe('refused');
    expect(await sim.send('secretariat', 'SCHEDULE', { visitDate: '2026-03-05' })).toBe(true);
    expect(sim.instance.states).toEqual(['scheduled']);
  });

  it('fires the reminder and the deadline when the clock passes them', async () => {
    const checked = checkDefinition(guide);
    if (!checked.ok) throw new Error('guide example should check clean');
    const sim = await Simulation.start(checked.definition);
    if (typeof sim === 'string') throw new Error(sim);
    expect((await sim.advance('P9D')).map((f) => f.kind)).toEqual(['reminder']);
    expect((await sim.advance('P1D')).map((f) => `${f.kind}:${f.event}`)).toEqual([
      'deadline:APPOINTMENT_OVERDUE',
    ]);
    expect(sim.now.toISOString()).toBe(
      new Date(Date.parse(SIMULATION_START) + 10 * 86_400_000).toISOString(),
    );
    expect(sim.log.map((l) => l.kind)).toEqual(['start', 'clock', 'reminder', 'clock', 'deadline']);
  });
});
