import { describe, expect, it } from 'vitest';
import { as, makeEngine } from './fixtures.js';

const traits = {
  birthName: 'MARTIN',
  birthFirstNames: ['Jeanne'],
  birthDate: '1941-05-12',
  sex: 'F',
  birthPlace: { code: '75056' },
};
const ins = { ...traits, matricule: '241057505612345', oid: '1.2.250.1.213.1.4.8' };

async function withFile(mode: 'production' | 'test' = 'production') {
  const made = await makeEngine({ mode });
  const r = await made.engine.createUserFile(
    as('secretariat'),
    { person: { id: 'p', ins: traits, identityStatus: 'PROV' } },
    { id: 'f' },
  );
  if (!r.ok) throw new Error(r.error.message);
  return { ...made, version: r.value.version };
}

describe('identity vigilance', () => {
  it('writes the INS only with all five traits, naming the missing trait', async () => {
    const { engine, version } = await withFile();
    const { birthPlace: _bp, ...four } = ins;
    const r = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins: four, identityStatus: 'RECUP' },
      { expectedVersion: version, evidence: 'insiService' },
    );
    expect(!r.ok && r.error).toMatchObject({ code: 'identity-vigilance', path: '/person/ins/birthPlace' });
  });

  it('needs INSi for RECUP, a document for VALI, both for QUAL; the history is kept by the engine', async () => {
    const { engine, version } = await withFile();
    const noEvidence = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins, identityStatus: 'QUAL' },
      { expectedVersion: version },
    );
    expect(!noEvidence.ok && noEvidence.error.key).toBe('engine.identity.qualNeedsInsi');
    const recup = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins, identityStatus: 'RECUP' },
      { expectedVersion: version, evidence: 'insiService' },
    );
    if (!recup.ok) throw new Error(recup.error.message);
    const qualNoDoc = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'QUAL' },
      { expectedVersion: recup.value.version, evidence: 'other' },
    );
    expect(!qualNoDoc.ok && qualNoDoc.error.key).toBe('engine.identity.qualNeedsDocument');
    const qual = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityStatus: 'QUAL' },
      { expectedVersion: recup.value.version, evidence: 'identityCard', statusReason: 'CNI présentée' },
    );
    if (!qual.ok) throw new Error(qual.error.message);
    const history = (
      qual.value.file.person as {
        identityHistory: { status: string; evidence?: string; by: { id: string } }[];
      }
    ).identityHistory;
    expect(history.map((h) => [h.status, h.evidence])).toEqual([
      ['PROV', undefined],
      ['RECUP', 'insiService'],
      ['QUAL', 'identityCard'],
    ]);
    expect(history[2].by.id).toBe('pro-secretariat');
    // A caller cannot rewrite the history.
    const rewrite = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { identityHistory: [] },
      { expectedVersion: qual.value.version },
    );
    expect(
      rewrite.ok && (rewrite.value.file.person as { identityHistory: unknown[] }).identityHistory,
    ).toHaveLength(3);
    const audit = await engine.readAudit(as('director'), { fileId: 'f' });
    expect(
      audit.ok && audit.value.filter((e) => e.action === 'identity-status').map((e) => e.details),
    ).toEqual([
      { from: 'PROV', to: 'RECUP' },
      { from: 'RECUP', to: 'QUAL' },
    ]);
  });

  it('records INSi + document at once as RECUP then QUAL', async () => {
    const { engine, version } = await withFile();
    const r = await engine.updateIdentity(
      as('secretariat'),
      'f',
      { ins, identityStatus: 'QUAL' },
      { expectedVersion: version, evidence: ['insiService', 'passport'] },
    );
    expect(
      r.ok &&
        (r.value.file.person as { identityHistory: { status: string }[] }).identityHistory.map(
          (h) => h.status,
        ),
    ).toEqual(['PROV', 'RECUP', 'QUAL']);
  });

  it('refuses the test and demo OIDs in production, accepts them in test mode', async () => {
    for (const oid of ['1.2.250.1.213.1.4.10', '1.2.250.1.213.1.4.11']) {
      const prod = await withFile('production');
      const r = await prod.engine.updateIdentity(
        as('secretariat'),
        'f',
        { ins: { ...ins, oid }, identityStatus: 'RECUP' },
        { expectedVersion: prod.version, evidence: 'insiService' },
      );
      expect(!r.ok && r.error).toMatchObject({
        code: 'identity-vigilance',
        path: '/person/ins/oid',
        params: { oid },
      });
      const test = await withFile('test');
      const ok = await test.engine.updateIdentity(
        as('secretariat'),
        'f',
        { ins: { ...ins, oid }, identityStatus: 'RECUP' },
        { expectedVersion: test.version, evidence: 'insiService' },
      );
      expect(ok.ok).toBe(true);
    }
  });

  it('applies the same rules to a generic merge patch (no way around them)', async () => {
    const { engine, version } = await withFile();
    const r = await engine.updateUserFile(
      as('secretariat'),
      'f',
      { person: { ins: { matricule: ins.matricule, oid: ins.oid }, identityStatus: 'QUAL' } },
      { expectedVersion: version },
    );
    expect(!r.ok && r.error.code).toBe('identity-vigilance');
  });
});
