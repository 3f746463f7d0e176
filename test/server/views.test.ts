/**
 * What the screens need from the engine side, through the backend (the same service the server
 * answers with): payload forms, titles instead of codes, parallel regions, the default care team
 * and what each member may do, the audit page, and a timeline worded for people.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowInstanceView } from '@duikit/core';
import { createWorld, newFile, type World } from './world.js';

const DIRECTOR = 'demo-ehpad-director';
const SECRETARY = 'demo-ehpad-secretariat';
const PHYSICIAN = 'demo-ehpad-physician';
const HEAD_NURSE = 'demo-ehpad-head-nurse';
const NURSE = 'demo-ehpad-nurse';
const IME_DIRECTOR = 'demo-ime-director';
const today = '2026-03-02';

let w: World;
let fileId = '';
let instanceId = '';
let entered: WorkflowInstanceView;

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeAll(async () => {
  w = await createWorld();
  fileId = ok(await w.as(DIRECTOR).createUserFile({ file: newFile('VUES', 'Odette') as never })).id;
  instanceId = ok(
    await w.as(SECRETARY).startWorkflow({ definition: 'admission-ehpad', userFileId: fileId }),
  ).id;
  const send = async (who: string, type: string, payload?: Record<string, unknown>) =>
    ok(await w.as(who).sendEvent(instanceId, payload ? { type, payload } : { type }));
  await send(SECRETARY, 'SUBMIT_REQUEST', {
    channel: 'cerfa-14732',
    receivedOn: today,
    stayType: 'permanent',
  });
  await send(SECRETARY, 'COMPLETE');
  await send(PHYSICIAN, 'GIVE_MEDICAL_OPINION', { opinion: 'favourable', givenOn: today });
  await send(DIRECTOR, 'ACCEPT', { plannedEntryDate: today });
  entered = await send(DIRECTOR, 'ENTER', { entryDate: today });
});

describe('the default care team', () => {
  it('puts the EHPAD’s coordinating physician and head nurse in every new file’s team, by the configuration', async () => {
    const team = ok(await w.as(DIRECTOR).getCareTeam(fileId));
    // CASF D312-158: the coordinating physician gives the opinion on admissions.
    const defaults = team.members.filter((m) => m.byDefault).map((m) => m.professional.id);
    expect(defaults.sort()).toEqual([PHYSICIAN, HEAD_NURSE].sort());
    const physician = team.members.find((m) => m.professional.id === PHYSICIAN)!;
    expect(physician.professional).toMatchObject({
      name: 'Dr Karim Benali',
      roleTitle: { fr: 'Médecin coordonnateur' },
    });
    // What each may do, per category, from the policy: the physician writes health data, reads
    // administrative data, and writes nothing financial.
    const access = Object.fromEntries(physician.access.map((a) => [a.category, [a.read, a.write]]));
    expect(access).toMatchObject({
      health: [true, true],
      administrative: [true, false],
      financial: [false, false],
    });
    expect(physician.access.find((a) => a.category === 'health')?.title).toEqual({
      fr: 'Santé',
      en: 'Health',
    });
    expect(team.canManage).toBe(true);
    // Candidates: care-team roles of the establishment not in the team (the nurse), never staff
    // reaching files by their establishment (the secretariat) nor another establishment's.
    expect(team.candidates.map((c) => c.id)).toContain(NURSE);
    expect(team.candidates.map((c) => c.id)).not.toContain(SECRETARY);
    expect(team.candidates.every((c) => c.id.startsWith('demo-ehpad-'))).toBe(true);
    expect(team.managers).toContainEqual({ fr: 'Médecin coordonnateur', en: 'Coordinating physician' });
  });

  it('puts the IME’s educator and psychologist in a new IME file’s team', async () => {
    const ime = ok(
      await w.as(IME_DIRECTOR).createUserFile({ file: newFile('IMEVUE', 'Noa', '2014-05-01') as never }),
    );
    const team = ok(await w.as(IME_DIRECTOR).getCareTeam(ime.id));
    expect(
      team.members
        .filter((m) => m.byDefault)
        .map((m) => m.professional.role)
        .sort(),
    ).toEqual(['educator', 'psychologist']);
  });

  it('gives the professionals of the actor’s establishment with their role titles', async () => {
    const pros = ok(await w.as(DIRECTOR).getProfessionals());
    expect(pros.every((p) => p.id.startsWith('demo-ehpad-') && p.roleTitle)).toBe(true);
  });
});

describe('a step screen’s view', () => {
  it('shows the parallel contractualisation as one block per region, each with its title, step and own events', () => {
    expect(entered.state).toBe('contractualisation');
    expect(entered.stateTitle).toEqual({ fr: 'Entrée et contractualisation', en: 'Entry and contract' });
    expect(entered.step).toBeUndefined();
    const regions = Object.fromEntries((entered.regions ?? []).map((r) => [r.id, r]));
    expect(Object.keys(regions).sort()).toEqual([
      'contractualisation.contract',
      'contractualisation.trustedPerson',
      'contractualisation.welcome',
      // An EHPAD: the 15-day right of withdrawal runs beside the rest (CASF L311-4-1 II).
      'contractualisation.withdrawal',
    ]);
    const welcome = regions['contractualisation.welcome'];
    expect(welcome.title).toEqual({ fr: "Documents d'accueil", en: 'Welcome documents' });
    expect(welcome.step).toMatchObject({
      id: 'contractualisation.welcome.pending',
      form: 'entry-checklist@1.0.0',
    });
    expect(welcome.events.map((e) => e.type)).toEqual(['DELIVER_ENTRY_DOCUMENTS']);
    expect(welcome.events[0]).toMatchObject({ requiresForm: true, allowed: true });
    expect(regions['contractualisation.contract'].events.map((e) => e.type)).toContain('HAND_OVER_CONTRACT');
    // What belongs to no region stays at the top: planning the contract interview.
    expect(entered.events.map((e) => e.type)).toEqual(['PLAN_CONTRACT_INTERVIEW']);
    expect(entered.events[0].payload?.schema).toMatchObject({ required: ['date'] });
    expect(entered.events[0].roleTitles).toContainEqual({ fr: 'Secrétariat', en: 'Secretariat' });
  });

  it('gives each payload event its form and a refused event its reason in words', async () => {
    const view = ok(await w.as(DIRECTOR).getInstance(instanceId));
    const contract = view.regions!.find((r) => r.id === 'contractualisation.contract')!;
    const handOver = contract.events.find((e) => e.type === 'HAND_OVER_CONTRACT')!;
    expect(handOver.payload?.schema).toBeTruthy();
    const asSecretary = ok(await w.as(SECRETARY).getInstance(instanceId));
    const refused = asSecretary.regions!.flatMap((r) => r.events).find((e) => !e.allowed)!;
    expect(refused.reason).toMatch(/est réservé à : /);
    expect(refused.reason).not.toMatch(/director|HAND_OVER/);
  });

  it('saves a region’s draft by its step and shows it in that region only', async () => {
    const saved = await w.as(DIRECTOR).saveStepResponse(
      instanceId,
      { welcomeBooklet: true },
      {
        step: 'contractualisation.welcome.pending',
        expectedVersion: 0,
      },
    );
    expect(saved).toMatchObject({ ok: true, value: { version: 1 } });
    const view = ok(await w.as(DIRECTOR).getInstance(instanceId));
    const welcome = view.regions!.find((r) => r.id === 'contractualisation.welcome')!;
    expect(welcome.step).toMatchObject({ response: { welcomeBooklet: true }, responseVersion: 1 });
    const other = view.regions!.find((r) => r.id === 'contractualisation.trustedPerson')!;
    expect(other.step?.responseVersion).toBe(0);
    // Without `step`, the only step with a form is meant (the welcome documents' checklist).
    const implicit = await w
      .as(DIRECTOR)
      .saveStepResponse(instanceId, { charter: true }, { expectedVersion: 1 });
    expect(implicit).toMatchObject({ ok: true, value: { version: 2 } });
    const gone = await w
      .as(DIRECTOR)
      .saveStepResponse(instanceId, { x: 1 }, { step: 'preAdmission.request' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'wrong-state' } });
  });
});

describe('the audit page', () => {
  it('lists newest first, pages by cursor without gap or overlap, and words each entry', async () => {
    const first = ok(await w.as(DIRECTOR).getAudit({ limit: 4 }));
    const second = ok(await w.as(DIRECTOR).getAudit({ limit: 4, cursor: first.next }));
    const seqs = [...first.entries, ...second.entries].map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(8);
    expect(second.entries[0].seq).toBe(
      first.entries[3].seq - 1 - (first.entries[3].seq - 1 - second.entries[0].seq),
    );
    for (const e of [...first.entries, ...second.entries]) {
      expect(typeof e.summary === 'string' ? e.summary : e.summary.fr).not.toMatch(
        /\b(director|secretariat|care-team)\b/,
      );
      expect(e.actionTitle).toBeTruthy();
    }
  });

  it('filters by person, professional, action and dates, and names the person', async () => {
    const page = ok(
      await w.as(DIRECTOR).getAudit({ userFileId: fileId, professionalId: PHYSICIAN, actions: ['workflow'] }),
    );
    expect(page.entries.length).toBeGreaterThan(0);
    for (const e of page.entries) {
      expect(e).toMatchObject({ action: 'workflow', actor: { id: PHYSICIAN, name: 'Dr Karim Benali' } });
      expect(e.person?.displayName).toBe('Odette VUES');
    }
    expect(page.entries[0].summary).toContain("« Donner l'avis médical » envoyé");
    const none = ok(await w.as(DIRECTOR).getAudit({ userFileId: fileId, from: '2030-01-01' }));
    expect(none.entries).toEqual([]);
  });

  it('shows an IME director no EHPAD entry, and records every read of the page', async () => {
    const ime = ok(await w.as(IME_DIRECTOR).getAudit({ limit: 500 }));
    expect(ime.entries.some((e) => e.person?.userFileId === fileId)).toBe(false);
    expect(ime.entries.every((e) => !e.actor.id.startsWith('demo-ehpad-'))).toBe(true);
    const raw = ok(await w.as(IME_DIRECTOR).readAuditEntries({ actor: IME_DIRECTOR }));
    expect(raw.some((e) => e.action === 'audit-read' && e.details?.view === 'page')).toBe(true);
  });
});

describe('the timeline', () => {
  it('names actions, events, professionals and fields, never codes or JSON Pointers', async () => {
    await w.engine.workflows!.tick(new Date('2026-06-01T00:00:00Z'));
    const entries = ok(await w.as(DIRECTOR).getTimeline(fileId));
    const text = (v: unknown) => (typeof v === 'string' ? v : (v as { fr: string }).fr);
    const created = entries.find((e) => text(e.title) === 'Création du dossier')!;
    expect(created.detail).toContain('Statut du dossier');
    expect(created.detail).not.toMatch(/\//);
    expect(entries.map((e) => text(e.title))).toContain("Donner l'avis médical — Admission en EHPAD");
    const deadline = entries.find((e) => text(e.title).startsWith('Échéance'));
    expect(deadline?.actor).toMatchObject({ id: 'system', name: 'Système (échéance)' });
    for (const e of entries) expect(e.actor?.name).not.toMatch(/^(system|director|secretariat)$/);
  });
});

describe('days as a French reader counts them', () => {
  it('files an action at 23:30 UTC in winter under the next day, in the audit page and the timeline', async () => {
    const before = w.clock.now;
    // 7 December 2026 23:30 UTC is 8 December 00:30 in Paris (CET, UTC+1).
    w.clock.now = new Date('2026-12-07T23:30:00.000Z');
    try {
      const read = ok(await w.as(DIRECTOR).readUserFile(fileId));
      ok(
        await w.as(DIRECTOR).addItem(fileId, 'notes', {
          item: {
            id: 'n-nuit',
            personId: 'p-vues',
            at: '2026-12-07T23:30:00Z',
            author: { id: DIRECTOR, kind: 'professional' },
            category: 'administrative',
            text: 'Appel de nuit',
          },
          expectedVersion: read.version,
        }),
      );
      const on8 = ok(
        await w.as(DIRECTOR).getAudit({ userFileId: fileId, from: '2026-12-08', to: '2026-12-08' }),
      );
      expect(on8.entries.map((e) => e.at)).toContain('2026-12-07T23:30:00.000Z');
      const on7 = ok(
        await w.as(DIRECTOR).getAudit({ userFileId: fileId, from: '2026-12-07', to: '2026-12-07' }),
      );
      expect(on7.entries.map((e) => e.at)).not.toContain('2026-12-07T23:30:00.000Z');
      const line8 = ok(await w.as(DIRECTOR).getTimeline(fileId, { from: '2026-12-08', to: '2026-12-08' }));
      expect(line8.map((e) => e.at)).toContain('2026-12-07T23:30:00.000Z');
      const line7 = ok(await w.as(DIRECTOR).getTimeline(fileId, { from: '2026-12-07', to: '2026-12-07' }));
      expect(line7).toEqual([]);
    } finally {
      w.clock.now = before;
    }
  });
});
