import { describe, expect, it } from 'vitest';
import { as, DAY, SAMPLE_HEALTH, seeded, value } from './fixtures.js';

const YEAR = 365 * DAY;

describe('retention', () => {
  it('archives after the active period, then deletes or anonymises per category, each step audited', async () => {
    const { engine, clock, store } = await seeded();
    expect((await engine.closeUserFile(as('nurse'), 'uf-1')).ok).toBe(false);
    const closed = await engine.closeUserFile(as('director'), 'uf-1', { at: '2026-03-02T09:00:00.000Z' });
    expect(value(closed).meta.phase).toBe('closed');
    expect(
      (await engine.retentionDue(as('director'))).ok && (await engine.retentionDue(as('director'))),
    ).toMatchObject({ value: [] });

    clock.advance(YEAR + DAY);
    const due = await engine.retentionDue(as('director'));
    expect(value(due).map((s) => s.step)).toEqual(['archive']);
    await engine.applyRetention(as('director'));
    // Intermediate archive: the care team no longer reads, the director (archive reader) does, nobody writes.
    expect((await engine.getUserFile(as('nurse'), 'uf-1')).ok).toBe(false);
    const dir = await engine.getUserFile(as('director'), 'uf-1');
    expect(value(dir).meta.phase).toBe('archived');
    const write = await engine.addItem(
      as('director'),
      'uf-1',
      'documents',
      { title: 'x' },
      { expectedVersion: dir.ok ? dir.value.version : 0 },
    );
    expect(!write.ok && write.error.code).toBe('archived');

    clock.advance(5 * YEAR + 2 * DAY);
    const five = await engine.applyRetention(as('director'), 'uf-1');
    expect(
      value(five)
        .map((s) => `${s.step}:${s.category}`)
        .sort(),
    ).toEqual(['anonymise:administrative', 'anonymise:support-plan', 'delete:social']);
    const rec = await store.get<{ file: Record<string, unknown> }>('userFiles', 'uf-1');
    expect(rec?.data.file.person).toEqual({ ins: { sex: 'F' } });
    expect(JSON.stringify(rec?.data.file)).not.toContain('Aime jardiner');
    expect((rec?.data.file.health as object) ?? null).toEqual(SAMPLE_HEALTH);

    clock.advance(20 * YEAR);
    await engine.applyRetention(as('director'));
    const final = await store.get<{ meta: { phase: string }; file: Record<string, unknown> }>(
      'userFiles',
      'uf-1',
    );
    expect(final?.data.meta.phase).toBe('anonymised');
    expect(JSON.stringify(final?.data.file)).not.toContain('pénicilline');
    const audit = await engine.readAudit(as('director'), { fileId: 'uf-1' });
    const steps = audit.ok
      ? audit.value
          .filter((e) => e.action === 'retention' && e.outcome === 'success')
          .map((e) => (e.details as { step: string }).step)
      : [];
    expect(steps).toEqual([
      'close',
      'archive',
      'anonymise',
      'delete',
      'anonymise',
      'delete',
      'delete',
      'delete',
      'delete',
    ]);
  });

  it('a litigation hold suspends every step until it is lifted', async () => {
    const { engine, clock } = await seeded();
    await engine.closeUserFile(as('director'), 'uf-1');
    await engine.setLitigationHold(as('director'), 'uf-1', { reason: 'Contentieux prud’homal 2026-114' });
    clock.advance(30 * YEAR);
    const due = await engine.retentionDue(as('director'));
    expect(value(due).every((s) => s.heldBy === 'Contentieux prud’homal 2026-114')).toBe(true);
    expect(
      (await engine.applyRetention(as('director'))).ok && (await engine.applyRetention(as('director'))),
    ).toMatchObject({ value: [] });
    const still = await engine.getUserFile(as('director'), 'uf-1');
    expect(value(still).meta).toMatchObject({ phase: 'closed', litigationHold: true });
    await engine.setLitigationHold(as('director'), 'uf-1', null);
    const applied = await engine.applyRetention(as('director'));
    expect(value(applied).length).toBe(8);
  });
});
