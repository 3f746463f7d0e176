import { describe, expect, it } from 'vitest';
import type { CallContext } from '@duikit/core';
import { as, DAY, note, SAMPLE_HEALTH, seeded, versionOf, value } from '../engine/fixtures.js';

const person: CallContext = {
  actor: { professionalId: 'uf-1', role: 'person', establishment: '750000001' },
  purpose: 'rights-request',
};
const rep: CallContext = {
  actor: { professionalId: 'rep-1', role: 'legal-representative', establishment: '750000001' },
  purpose: 'rights-request',
};
const outsider = as('nurse', 'pro-night-nurse');

describe('the person, the representative, break-the-glass', () => {
  it('the person reads all of their own file, and nobody else’s', async () => {
    const { engine } = await seeded();
    const own = await engine.getUserFile(person, 'uf-1');
    expect(value(own).restricted).toEqual([]);
    expect(value(own).file.health).toEqual(SAMPLE_HEALTH);
    const other = await engine.getUserFile(
      { ...person, actor: { ...person.actor, professionalId: 'uf-2' } },
      'uf-1',
    );
    expect(other.ok).toBe(false);
  });

  it('the representative reads only while the measure runs', async () => {
    const { engine, clock } = await seeded();
    expect((await engine.getUserFile(rep, 'uf-1')).ok).toBe(false);
    const until = new Date(clock.now().getTime() + 30 * DAY).toISOString();
    await engine.addRepresentative(as('director'), 'uf-1', {
      professionalId: 'rep-1',
      measure: 'tutelle',
      until,
    });
    const r = await engine.getUserFile(rep, 'uf-1');
    expect(value(r).restricted).toEqual([]);
    clock.advance(31 * DAY);
    expect((await engine.getUserFile(rep, 'uf-1')).ok).toBe(false);
  });

  it('break-the-glass needs an allowed role and a reason, is flagged, time-limited and alerted', async () => {
    const alerts: unknown[] = [];
    const { engine, clock } = await seeded({ onAlert: (a) => alerts.push(a) });
    expect((await engine.getUserFile(outsider, 'uf-1')).ok).toBe(false);
    const short = await engine.breakGlass(outsider, 'uf-1', 'urgence');
    expect(!short.ok && short.error.code).toBe('break-glass-refused');
    const educator = await engine.breakGlass(
      as('educator', 'pro-x'),
      'uf-1',
      'Chute nocturne, besoin des antécédents',
    );
    expect(!educator.ok && educator.error.key).toBe('engine.error.breakGlassRole');
    const granted = await engine.breakGlass(outsider, 'uf-1', 'Chute nocturne, besoin des antécédents');
    expect(value(granted).expiresAt).toBe('2026-03-02T13:00:00.000Z');
    expect(alerts).toHaveLength(1);
    const r = await engine.getUserFile(outsider, 'uf-1');
    expect(value(r).breakGlass).toBe(true);
    expect(value(r).file.health).toEqual(SAMPLE_HEALTH);
    // The grant opens reading only, and only the configured categories.
    expect(value(r).restricted.some((m) => m.category === 'social')).toBe(true);
    const write = await engine.addItem(outsider, 'uf-1', 'notes', note('x', 'health'), {
      expectedVersion: await versionOf(engine),
    });
    expect(write.ok).toBe(false);
    const audit = await engine.readAudit(as('director'), { actor: 'pro-night-nurse' });
    const flagged = audit.ok ? audit.value.filter((e) => e.breakGlass) : [];
    expect(flagged.map((e) => e.action)).toEqual(['break-glass', 'read']);
    expect(flagged[0].reason).toBe('Chute nocturne, besoin des antécédents');
    clock.advance(4 * 3600 * 1000 + 1);
    expect((await engine.getUserFile(outsider, 'uf-1')).ok).toBe(false);
  });

  it('a break-the-glass reason on the call opens the grant on the way', async () => {
    const { engine } = await seeded();
    const r = await engine.getUserFile(
      { ...outsider, breakGlass: { reason: 'Malaise, appel du SAMU en cours' } },
      'uf-1',
    );
    expect(value(r).breakGlass).toBe(true);
  });

  it('the person’s objection hides a category from the named roles, even in the care team and under break-the-glass', async () => {
    const { engine } = await seeded();
    const o = await engine.object(person, 'uf-1', {
      categories: ['health'],
      roles: ['nurse'],
      reason: 'Je ne veux pas',
    });
    expect(o.ok).toBe(true);
    const nurse = await engine.getUserFile(as('nurse'), 'uf-1');
    expect(value(nurse).restricted.find((m) => m.pointer === '/health')?.reason).toBe('objection');
    const head = await engine.getUserFile(as('head-nurse'), 'uf-1');
    expect(value(head).file.health).toEqual(SAMPLE_HEALTH);
    await engine.breakGlass(outsider, 'uf-1', 'Chute nocturne, besoin des antécédents');
    const bg = await engine.getUserFile(outsider, 'uf-1');
    expect(value(bg).file.health).toBeUndefined();
    expect((await engine.object(as('educator'), 'uf-1', { categories: ['social'] })).ok).toBe(false);
    await engine.object(person, 'uf-1', null);
    const after = await engine.getUserFile(as('nurse'), 'uf-1');
    expect(value(after).file.health).toEqual(SAMPLE_HEALTH);
  });

  it('restriction freezes a category: nobody writes it, only the person and the director read it', async () => {
    const { engine } = await seeded();
    await engine.restrict(person, 'uf-1', { categories: ['health'], reason: 'Contestation de l’exactitude' });
    const w = await engine.updateUserFile(
      as('nurse'),
      'uf-1',
      { health: { allergies: [] } },
      { expectedVersion: await versionOf(engine) },
    );
    expect(!w.ok && w.error.code).toBe('restricted');
    const nurse = await engine.getUserFile(as('nurse'), 'uf-1');
    expect(value(nurse).restricted.find((m) => m.pointer === '/health')?.reason).toBe('restricted');
    const own = await engine.getUserFile(person, 'uf-1');
    expect(value(own).file.health).toEqual(SAMPLE_HEALTH);
  });

  it('only care-team managers change the team', async () => {
    const { engine } = await seeded();
    const r = await engine.addCareTeamMember(as('nurse'), 'uf-1', { professionalId: 'x', role: 'nurse' });
    expect(!r.ok && r.error.code).toBe('forbidden');
    await engine.removeCareTeamMember(as('director'), 'uf-1', 'pro-nurse');
    expect((await engine.getUserFile(as('nurse'), 'uf-1')).ok).toBe(false);
  });
});
