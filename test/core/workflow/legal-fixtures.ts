/**
 * Helpers of the legal-deadline tests: a runtime over the shipped workflows with a clock the test
 * moves, a notifier that keeps what it was told, and the three-point check every legal deadline
 * passes (the day before, the last day at 23:59 Paris, the day after).
 */
import { expect } from 'vitest';
import {
  createMemoryStore,
  createWorkflowRuntime,
  standardWorkflowFiles,
  type WorkflowInstance,
  type WorkflowNotification,
  type WorkflowRegistryInput,
} from '@duikit/core';
import { ctxFor, manualClock } from './fixtures.js';

/** An adult, with valid CDAPH orientations to an IME (183) and a MAS (255). */
export const ADULT_FILE = {
  person: { ins: { birthDate: '1950-02-01' } },
  rights: {
    mdph: {
      decisions: ['183', '255'].map((category, i) => ({
        id: `d${i}`,
        date: '2025-12-01',
        kind: 'attribution',
        category,
        openingDate: '2026-01-01',
        expiryDate: '2030-12-31',
      })),
    },
  },
};

/** A runtime over the shipped workflows; `file` is the user file guards read. */
export function legalRuntime(
  startAt: string,
  file: unknown = ADULT_FILE,
  registry: WorkflowRegistryInput = standardWorkflowFiles,
) {
  const clock = manualClock(startAt);
  const notes: WorkflowNotification[] = [];
  const runtime = createWorkflowRuntime({
    store: createMemoryStore(),
    registry,
    clock: clock.now,
    notifier: (n) => void notes.push(n),
    userFile: async () => file,
  });
  const send = async (id: string, role: string, type: string, payload?: unknown) => {
    const r = await runtime.send(ctxFor(role), id, { type, payload });
    if (!r.ok) throw new Error(`${type} as ${role}: ${r.reason.code} ${r.reason.message}`);
    return r.instance;
  };
  const start = async (definition: string, fileId = 'file-1') => {
    const r = await runtime.start(ctxFor('secretariat'), { definition, fileId });
    if (!r.ok) throw new Error(r.reason.message);
    return r.instance.id;
  };
  const get = async (id: string) => {
    const r = await runtime.get(ctxFor('director'), id);
    if (!r.ok) throw new Error(r.reason.message);
    return r.instance;
  };
  return { runtime, clock, notes, send, start, get };
}

export type LegalRuntime = ReturnType<typeof legalRuntime>;

/** The stored due instant of a deadline (it must be armed). */
export function dueOf(inst: WorkflowInstance, deadlineId: string): string | undefined {
  return inst.deadlines.find((d) => d.deadlineId === deadlineId)?.dueAt;
}

/**
 * The three-point check of one legal deadline. All instants are literal UTC instants the test
 * computed by hand from the law and Paris time (CEST = UTC+2 from the last Sunday of March to the
 * last Sunday of October, CET = UTC+1 otherwise).
 */
export async function firesOnce(
  rt: LegalRuntime,
  c: {
    id: string;
    deadlineId: string;
    /** The due instant: 00:00 Paris the day after the last allowed day. */
    dueAt: string;
    dayBefore: string;
    /** 23:59 Paris on the last allowed day. */
    lastMinute: string;
    dayAfter: string;
    /** The task that must then be overdue: its state and a role that sees it. */
    overdueTask?: { state: string; role: string };
    /** The notification (English text) the deadline sends. */
    notification: string;
  },
) {
  expect(dueOf(await rt.get(c.id), c.deadlineId)).toBe(c.dueAt);
  const deadlinesFired = async () =>
    (await rt.runtime.tick()).filter((f) => f.kind === 'deadline' && f.deadlineId === c.deadlineId);
  const told = () => rt.notes.filter((n) => n.kind === 'notify' && n.message.en === c.notification).length;
  rt.clock.set(c.dayBefore);
  expect(await deadlinesFired()).toEqual([]);
  rt.clock.set(c.lastMinute);
  expect(await deadlinesFired()).toEqual([]);
  expect(told()).toBe(0);
  rt.clock.set(c.dayAfter);
  expect(await deadlinesFired()).toMatchObject([{ dueAt: c.dueAt, handled: true }]);
  expect(told()).toBe(1);
  if (c.overdueTask) {
    const tasks = await rt.runtime.tasks({
      actor: { role: c.overdueTask.role, establishment: '750000001' },
      fileId: (await rt.get(c.id)).fileId,
    });
    expect(tasks.find((t) => t.instanceId === c.id && t.state === c.overdueTask!.state)).toMatchObject({
      overdue: true,
    });
  }
  // Fired once: later ticks send nothing more.
  expect(await deadlinesFired()).toEqual([]);
  rt.clock.set(new Date(new Date(c.dayAfter).getTime() + 3 * 86_400_000).toISOString());
  expect(await deadlinesFired()).toEqual([]);
  expect(told()).toBe(1);
}

/** Request, completeness, (EHPAD: medical opinion), decision and entry on 10 April 2026. */
export async function enter(rt: LegalRuntime, definition: string, request: Record<string, unknown> = {}) {
  const id = await rt.start(definition);
  await rt.send(id, 'secretariat', 'SUBMIT_REQUEST', {
    channel: 'other',
    receivedOn: '2026-04-01',
    stayType: 'permanent',
    ...request,
  });
  await rt.send(id, 'secretariat', 'COMPLETE');
  if (definition.startsWith('admission-ehpad'))
    await rt.send(id, 'coordinating-physician', 'GIVE_MEDICAL_OPINION', {
      opinion: 'favourable',
      givenOn: '2026-04-02',
    });
  await rt.send(id, 'director', 'ACCEPT', { plannedEntryDate: '2026-04-10' });
  await rt.send(id, 'secretariat', 'ENTER', { entryDate: '2026-04-10' });
  return id;
}

/** A support plan (admitted 10 April 2026) brought to `proposed`; the clock then on 15 June 2026. */
export async function proposedPlan(rt: LegalRuntime) {
  const r = await rt.runtime.start(
    { actor: { professionalId: 'd', role: 'director', establishment: '750000001' }, purpose: 'test' },
    { definition: 'support-plan@1.0.0', fileId: 'file-1', data: { admissionDate: '2026-04-10' } },
  );
  if (!r.ok) throw new Error(r.reason.message);
  const id = r.instance.id;
  await rt.send(id, 'educator', 'RECORD_EXPECTATIONS', {
    expectations: [{ text: 'Sortir au marché', origin: 'person' }],
    collectedOn: '2026-05-02',
  });
  await rt.send(id, 'educator', 'ANALYSE_NEEDS', { needs: ['1.3.4.1'] });
  await rt.send(id, 'educator', 'PROPOSE', {
    objectives: [{ domain: 'vie sociale', text: 'Marché le samedi' }],
  });
  rt.clock.set('2026-06-15T09:00:00Z');
  return id;
}
