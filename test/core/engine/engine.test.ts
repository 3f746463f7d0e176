import { describe, expect, it } from 'vitest';
import {
  as,
  makeEngine,
  note,
  SAMPLE_HEALTH,
  sampleFile,
  samplePerson,
  seeded,
  versionOf,
  value,
} from './fixtures.js';

describe('engine: user files', () => {
  it('creates a file and reads it back filtered for the director (no health, no psychological)', async () => {
    const { engine } = await seeded();
    const r = await engine.getUserFile(as('director'), 'uf-1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.file.health).toBeUndefined();
    expect((r.value.file.person as { ins: { birthName: string } }).ins.birthName).toBe('MARTIN');
    expect((r.value.file.notes as { id: string }[]).map((n) => n.id)).toEqual(['n1']);
    const pointers = r.value.restricted.map((m) => m.pointer);
    expect(pointers).toContain('/health');
    expect(pointers).toContain('/notes/1');
    expect(pointers).toContain('/assessments/0');
    expect(r.value.restricted.find((m) => m.pointer === '/health')).toMatchObject({
      category: 'health',
      reason: 'forbidden',
    });
  });

  it('gives the nurse health but not finances nor psychological notes', async () => {
    const { engine } = await seeded();
    const r = await engine.getUserFile(as('nurse'), 'uf-1');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.file.health).toEqual(SAMPLE_HEALTH);
    expect((r.value.file.rights as Record<string, unknown> | undefined)?.bankDetails).toBeUndefined();
    expect(r.value.file.notes).toBeUndefined();
    expect(r.value.restricted.some((m) => m.pointer === '/rights/bankDetails')).toBe(true);
  });

  it('refuses a nurse who is not in the care team, with a reason, and audits the refusal', async () => {
    const { engine } = await seeded();
    const r = await engine.getUserFile(as('nurse', 'pro-other-nurse'), 'uf-1');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('forbidden');
    expect(r.error.message).toMatch(/équipe/);
    const audit = await engine.readAudit(as('director'), { actor: 'pro-other-nurse' });
    expect(value(audit).map((e) => [e.action, e.outcome])).toEqual([['read', 'refused']]);
  });

  it('refuses a stale write with a conflict and keeps the stored data', async () => {
    const { engine } = await seeded();
    const v = await versionOf(engine);
    const first = await engine.addItem(as('nurse'), 'uf-1', 'notes', note('Chute', 'health'), {
      expectedVersion: v,
    });
    expect(first.ok).toBe(true);
    const stale = await engine.addItem(as('nurse'), 'uf-1', 'notes', note('Autre', 'health'), {
      expectedVersion: v,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('conflict');
    const read = await engine.getUserFile(as('nurse'), 'uf-1');
    expect(read.ok && (read.value.file.notes as { text: string }[]).map((n) => n.text)).toEqual(['Chute']);
  });

  it('refuses a write touching a category the role may not write, naming the place', async () => {
    const { engine } = await seeded();
    const v = await versionOf(engine);
    const r = await engine.updateUserFile(
      as('educator'),
      'uf-1',
      { health: { advanceDirectives: { location: 'Chez son fils' } } },
      { expectedVersion: v },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ code: 'forbidden', path: '/health/advanceDirectives/location' });
    expect(await versionOf(engine)).toBe(v);
  });

  it('updates one item by id without touching hidden items', async () => {
    const { engine } = await seeded();
    const v = await versionOf(engine);
    const r = await engine.updateItem(
      as('educator'),
      'uf-1',
      'notes',
      'n1',
      { text: 'Aime jardiner et lire' },
      { expectedVersion: v },
    );
    expect(r.ok).toBe(true);
    const psy = await engine.getUserFile(as('psychologist'), 'uf-1');
    expect(psy.ok && (psy.value.file.notes as { id: string; text: string }[]).map((n) => n.text)).toEqual([
      'Aime jardiner et lire',
      'Entretien psychologique',
    ]);
  });

  it('rejects a merge patch that reaches a prototype', async () => {
    const { engine } = await seeded();
    const v = await versionOf(engine);
    const r = await engine.updateUserFile(
      as('director'),
      'uf-1',
      JSON.parse('{"rights":{"__proto__":{"x":1}}}'),
      { expectedVersion: v },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid', path: '/rights/__proto__' });
  });

  it('lists files with names only for roles that read administrative data', async () => {
    const { engine } = await seeded();
    await engine.createUserFile(
      as('director'),
      { person: { ...(sampleFile().person as object), id: 'p-2' } },
      { id: 'uf-2' },
    );
    const dir = await engine.listUserFiles(as('director'));
    expect(value(dir).map((s) => [s.id, s.displayName])).toEqual([
      ['uf-1', 'Jeanne MARTIN'],
      ['uf-2', 'Jeanne MARTIN'],
    ]);
    const nurse = await engine.listUserFiles(as('nurse'));
    expect(value(nurse).map((s) => s.id)).toEqual(['uf-1']);
  });

  it('keeps a timeline of changes, without reads, filtered by category', async () => {
    const { engine } = await seeded();
    await engine.addItem(
      as('nurse'),
      'uf-1',
      'notes',
      { text: 'Soin', category: 'health' },
      { expectedVersion: await versionOf(engine) },
    );
    const nurse = await engine.timeline(as('nurse'), 'uf-1');
    expect(value(nurse).map((i) => i.action)).toContain('write');
    const secretariat = await engine.timeline(as('secretariat'), 'uf-1');
    expect(value(secretariat).some((i) => i.action === 'write')).toBe(false);
  });

  it('throws for programmer mistakes with a how-to-fix message', async () => {
    const { engine } = await seeded();
    await expect(
      engine.addItem(as('director'), 'uf-1', 'health', {}, { expectedVersion: 1 }),
    ).rejects.toThrow(/setPart/);
    await expect(makeEngine({ auditRetention: '12 months' })).rejects.toThrow(/ISO 8601/);
  });
});

describe('engine: nested categories', () => {
  it('checks the categories inside an added object, not only its top', async () => {
    const { engine } = await makeEngine();
    const ok1 = await engine.createUserFile(as('secretariat'), { person: samplePerson() }, { id: 'a' });
    expect(ok1.ok).toBe(true);
    const r = await engine.createUserFile(
      as('secretariat'),
      {
        person: {
          ...samplePerson(),
          entourage: [{ id: 'rp-9', roles: ['family'], lastName: 'MARTIN', firstName: 'Paul' }],
        },
      },
      { id: 'b' },
    );
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect(!r.ok && r.error.message).toMatch(/sociale/);
  });
});
