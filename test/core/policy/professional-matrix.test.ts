/**
 * The access matrix, written by hand from the professional rules — not read from
 * `access-policy.json` — and compared with what the engine decides for an actor in scope.
 *
 * Sources (domain.md §3.6, §6.3, table B):
 * - CSP L1110-4 and L1110-12: information is shared within the care team (équipe de soins) only,
 *   strictly what each needs; health data go to the health professionals of the team.
 * - CSP R1110-2: psychologists, social workers, educators and non-health employees of an ESSMS
 *   may share what their mission needs, not the whole file.
 * - CASF L311-3 4°/5°: confidentiality, and the person's right of access to everything about
 *   their support (export = a copy); the legal representative exercises it within the measure.
 * - Director: administration, contract and billing, signs the contract, the DIPC and the plan's
 *   amendment (D311); no medical data (table B, [K] unless also a health professional).
 * - Secretariat: administrative identity, contacts, document intake; no clinical content.
 * - DPO: audit trail and the register of rights requests; no care data (GDPR art. 38–39).
 *
 * Letters: r read, w write, s sign, e export. A missing category is no access at all.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, decide, defaultAccessPolicy, type CallContext, type UserFileMeta } from '@duikit/core';
import { as } from '../engine/fixtures.js';

const OWN_FILE = {
  administrative: 're',
  social: 're',
  financial: 're',
  health: 're',
  psychological: 're',
  'support-plan': 'rse',
  documents: 'rse',
};

const EXPECTED: Record<string, Partial<Record<(typeof CATEGORIES)[number], string>>> = {
  // Runs the establishment: administration, finances, contracts; signs the plan's amendment.
  director: {
    administrative: 'rwse',
    social: 'rw',
    financial: 'rwse',
    'support-plan': 'rs',
    documents: 'rwse',
  },
  // Health professional: opinion on admission, GIR validation, care project (D312-158).
  'coordinating-physician': {
    administrative: 'r',
    social: 'r',
    health: 'rwse',
    psychological: 'r',
    'support-plan': 'rws',
    documents: 'rws',
  },
  // Care file, evaluations, care plan; no financial data by default.
  'head-nurse': { administrative: 'r', social: 'r', health: 'rws', 'support-plan': 'rw', documents: 'rw' },
  nurse: { administrative: 'r', health: 'rw', 'support-plan': 'r', documents: 'r' },
  // Not a health professional (R1110-2): their own notes, the plan, no health data.
  psychologist: {
    administrative: 'r',
    social: 'r',
    psychological: 'rws',
    'support-plan': 'rw',
    documents: 'r',
  },
  educator: { administrative: 'r', social: 'rw', 'support-plan': 'rw', documents: 'r' },
  // Rights, resources, MDPH files, protection measures.
  'social-worker': {
    administrative: 'rw',
    social: 'rws',
    financial: 'rw',
    'support-plan': 'r',
    documents: 'rw',
  },
  secretariat: { administrative: 'rw', documents: 'rw' },
  // Right of access to everything about their support (copy = export); signs the plan and documents.
  person: OWN_FILE,
  // Exercises the person's rights within the measure (CASF L311-3).
  'legal-representative': OWN_FILE,
  dpo: {},
};
const LETTER = { read: 'r', write: 'w', sign: 's', export: 'e' } as const;
const NOW = '2026-03-02T09:00:00.000Z';

function meta(): UserFileMeta {
  return {
    establishment: '750000001',
    createdAt: NOW,
    careTeam: [
      'coordinating-physician',
      'head-nurse',
      'nurse',
      'psychologist',
      'educator',
      'social-worker',
    ].map((role) => ({ professionalId: `pro-${role}`, role, since: NOW })),
    representatives: [{ professionalId: 'pro-legal-representative', measure: 'tutelle', since: NOW }],
    objections: [],
    restrictions: [],
    phase: 'active',
    retentionDone: {},
  };
}
const ctxFor = (role: string): CallContext =>
  role === 'person'
    ? { ...as('person'), actor: { ...as('person').actor, professionalId: 'uf-1' } }
    : as(role);

describe('access matrix written from the professional rules (independent of access-policy.json)', () => {
  it('lists the same roles as the shipped policy', () => {
    expect(Object.keys(defaultAccessPolicy.roles).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = Object.keys(EXPECTED).flatMap((role) =>
    CATEGORIES.flatMap((category) =>
      (['read', 'write', 'sign', 'export'] as const).map((action) => [role, category, action] as const),
    ),
  );
  it.each(cases)('%s × %s × %s', (role, category, action) => {
    const allowed = (EXPECTED[role][category] ?? '').includes(LETTER[action]);
    const d = decide(
      defaultAccessPolicy,
      ctxFor(role),
      { fileId: 'uf-1', meta: meta() },
      category,
      action,
      NOW,
    );
    expect(d).toEqual(allowed ? { allowed: true, via: 'role' } : { allowed: false, reason: 'forbidden' });
  });
});

describe('break-the-glass (a health emergency outside the care team)', () => {
  const outside = { ...meta(), careTeam: [] };
  const grant = {
    professionalId: 'pro-nurse',
    fileId: 'uf-1',
    reason: 'Chute nocturne',
    grantedAt: NOW,
    expiresAt: '2026-03-02T13:00:00.000Z',
  };
  it('opens reading of administrative, health and support-plan data to the health roles only, never writing', () => {
    for (const role of ['coordinating-physician', 'head-nurse', 'nurse']) {
      const ctx = as(role, 'pro-nurse');
      const can = (c: (typeof CATEGORIES)[number], a: 'read' | 'write') =>
        decide(defaultAccessPolicy, ctx, { fileId: 'uf-1', meta: outside }, c, a, NOW, [grant]);
      // Only what the role itself may read, among the categories a grant opens.
      expect([role, can('health', 'read')]).toEqual([role, { allowed: true, via: 'break-glass' }]);
      expect([role, can('health', 'write')]).toEqual([role, { allowed: false, reason: 'not-in-care-team' }]);
      expect([role, can('psychological', 'read').allowed]).toEqual([role, false]);
      expect([role, can('financial', 'read').allowed]).toEqual([role, false]);
    }
  });
  it('does not exist for educators, psychologists, social workers, the secretariat or the DPO', () => {
    expect(defaultAccessPolicy.breakGlass.roles.sort()).toEqual([
      'coordinating-physician',
      'head-nurse',
      'nurse',
    ]);
    expect(defaultAccessPolicy.breakGlass.actions).toEqual(['read']);
    expect(defaultAccessPolicy.breakGlass.overridesObjection).toBe(false);
  });
});

describe('governance (written from the rules, not read from the file)', () => {
  it('the DPO reads the audit trail and the rights requests, and no care data', () => {
    const g = defaultAccessPolicy.governance;
    expect(g.auditReaders).toContain('dpo');
    expect(g.rightsRequestReaders).toContain('dpo');
    expect(defaultAccessPolicy.roles.dpo.permissions).toEqual({});
    // Care teams are managed by the director and the health managers, never the DPO.
    expect(defaultAccessPolicy.careTeam.managers.sort()).toEqual([
      'coordinating-physician',
      'director',
      'head-nurse',
    ]);
  });
});
