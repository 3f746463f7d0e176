import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  createMemoryStore,
  GENESIS_HASH,
  hashEntry,
  queryAuditEntries,
  type AuditChainer,
  type AuditEntry,
  type StorePort,
} from '@duikit/core';
import { as, makeEngine, minimalFile, seeded } from '../engine/fixtures.js';

/** A memory store whose audit entries the test can tamper with, as an attacker with disk access would. */
function tamperable() {
  const inner = createMemoryStore();
  const entries: AuditEntry[] = [];
  const store: StorePort = {
    ...inner,
    appendAudit: async (e) => {
      const entry = typeof e === 'function' ? e(entries.at(-1)) : e;
      entries.push(structuredClone(entry) as unknown as AuditEntry);
      return entry;
    },
    queryAudit: async (q) => queryAuditEntries(entries as never, q),
    // The inner store keeps the records; the entries of a transaction come here, after its commit.
    transaction: async (fn) => {
      const chained: AuditChainer[] = [];
      const r = await inner.transaction((tx) => fn({ ...tx, appendAudit: (c) => void chained.push(c) }));
      for (const c of chained) await store.appendAudit(c);
      return r;
    },
    readAudit: async (from = 0, limit = Infinity) =>
      entries
        .filter((e) => e.seq >= from)
        .slice(0, limit)
        .map((e) => structuredClone(e)) as never,
    // The entries live here as objects: verifyAudit() reads them so (not the inner store's lines).
    readAuditLines: undefined,
    lastAudit: async () => structuredClone(entries.at(-1)) as never,
    pruneAudit: async (before) => {
      const n = entries.filter((e) => e.seq < before).length;
      entries.splice(0, n);
      return n;
    },
  };
  return { store, entries };
}

describe('audit trail', () => {
  it('records who, role, when, what, why and outcome for reads, writes, exports and refusals', async () => {
    const { engine } = await seeded();
    await engine.getUserFile(as('nurse'), 'uf-1');
    await engine.getUserFile(as('nurse', 'stranger'), 'uf-1');
    await engine.exportUserFile(as('director'), 'uf-1', 'json');
    const r = await engine.readAudit(as('director'));
    if (!r.ok) throw new Error(r.error.message);
    const read = r.value.find((e) => e.action === 'read' && e.actor.professionalId === 'pro-nurse')!;
    expect(read).toMatchObject({
      actor: { role: 'nurse', establishment: '750000001' },
      fileId: 'uf-1',
      purpose: 'care',
      outcome: 'success',
    });
    expect(read.categories).toContain('health');
    expect(read.pointers).toContain('/health');
    expect((read.details as { withheld: string[] }).withheld).toContain('/rights/bankDetails');
    expect(read.at).toBe('2026-03-02T09:00:00.000Z');
    expect(r.value.find((e) => e.actor.professionalId === 'stranger')).toMatchObject({
      outcome: 'refused',
      reason: 'forbidden',
    });
    expect(r.value.some((e) => e.action === 'export')).toBe(true);
    expect(r.value.find((e) => e.action === 'create')?.pointers).toContain('/person');
    expect(r.value.find((e) => e.action === 'create')?.categories).toEqual(
      expect.arrayContaining(['administrative', 'social', 'financial']),
    );
  });

  it('only audit readers read the audit, and that read is itself audited', async () => {
    const { engine } = await seeded();
    expect((await engine.readAudit(as('nurse'))).ok).toBe(false);
    const r = await engine.readAudit(as('director'), { fileId: 'uf-1', limit: 1 });
    expect(r.ok && r.value).toHaveLength(1);
    const again = await engine.readAudit(as('director'));
    const actions = again.ok ? again.value.map((e) => `${e.action}:${e.outcome}`) : [];
    expect(actions).toContain('audit-read:refused');
    expect(actions).toContain('audit-read:success');
  });

  it('hash-chains entries; verifyAudit reports the first broken one after tampering', async () => {
    const { store, entries } = tamperable();
    const { engine } = await makeEngine({ store });
    await engine.createUserFile(as('director'), minimalFile(), { id: 'f' });
    for (let i = 0; i < 5; i++) await engine.getUserFile(as('director'), 'f');
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: 6 });
    expect(entries[0].prevHash).toBe(GENESIS_HASH);
    expect(entries[1].prevHash).toBe(entries[0].hash);

    const original = structuredClone(entries[3]);
    entries[3].purpose = 'curiosity';
    expect(await engine.verifyAudit()).toEqual({
      ok: false,
      checked: 3,
      firstBroken: { seq: 4, reason: 'hash-mismatch' },
    });

    // Rehashed: its MAC (under the store's key) no longer verifies, before the next link breaks.
    entries[3] = { ...entries[3], hash: hashEntry(entries[3]) };
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: 4, reason: 'bad-mac' });

    entries[3] = original;
    entries.splice(2, 1);
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: 4, reason: 'sequence-gap' });
  });

  it('alerts when the chain is broken', async () => {
    const { store, entries } = tamperable();
    const alerts: string[] = [];
    const { engine } = await makeEngine({ store, onAlert: (a) => alerts.push(a.kind) });
    await engine.createUserFile(as('director'), minimalFile(), { id: 'f' });
    entries[0].outcome = 'refused';
    await engine.verifyAudit();
    expect(alerts).toEqual(['audit-broken']);
  });

  it('chains onto the stored trail when an engine restarts', async () => {
    const { store } = tamperable();
    const first = await makeEngine({ store });
    await first.engine.createUserFile(as('director'), minimalFile(), { id: 'f' });
    const second = await makeEngine({ store });
    await second.engine.getUserFile(as('director'), 'f');
    expect(await second.engine.verifyAudit()).toEqual({ ok: true, checked: 2 });
  });

  it('hashes canonical JSON, so a store that reorders keys does not break the chain', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"e":3,"f":2}]},"b":1}',
    );
  });

  it('prunes entries older than the retention; the cut is audited and the chain still verifies', async () => {
    const { store, entries } = tamperable();
    const { engine, clock } = await makeEngine({ store, auditRetention: 'P12M' });
    await engine.createUserFile(as('director'), minimalFile(), { id: 'f' });
    await engine.getUserFile(as('director'), 'f');
    clock.advance(400 * 24 * 3600 * 1000);
    await engine.getUserFile(as('director'), 'f');
    expect((await engine.pruneAudit(as('nurse'))).ok).toBe(false);
    const r = await engine.pruneAudit(as('director'));
    expect(r.ok && r.value.removed).toBe(2);
    expect(entries[0].seq).toBe(3);
    expect(entries.at(-1)?.action).toBe('audit-prune');
    expect(await engine.verifyAudit()).toMatchObject({ ok: true });
    // Removing entries without an audited cut is detected.
    entries.splice(0, 1);
    expect((await engine.verifyAudit()).firstBroken).toEqual({ seq: 4, reason: 'broken-link' });
  });

  it('exports FHIR R4 AuditEvent resources', async () => {
    const { engine } = await seeded();
    await engine.breakGlass(as('nurse', 'pro-night'), 'uf-1', 'Chute nocturne, besoin des antécédents');
    const r = await engine.exportAuditFhir(as('director'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const events = r.value.entry.map((e) => e.resource);
    expect(events.every((e) => e.resourceType === 'AuditEvent')).toBe(true);
    const bg = events.find((e) => (e.subtype as { code: string }[])[0].code === 'break-glass')!;
    expect(bg).toMatchObject({
      action: 'E',
      outcome: '0',
      purposeOfEvent: [{ coding: [{ code: 'BTG' }], text: 'care' }],
      agent: [{ who: { identifier: { value: 'pro-night' } }, requestor: true }],
      entity: [{ what: { reference: 'Patient/uf-1' } }, {}],
    });
    expect(typeof bg.recorded).toBe('string');
  });
});
