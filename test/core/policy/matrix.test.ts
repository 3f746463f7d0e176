import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  POLICY_ACTIONS,
  allowedActions,
  decide,
  defaultAccessPolicy,
  type CallContext,
  type UserFileMeta,
} from '@duikit/core';
import { as, seeded } from '../engine/fixtures.js';

const policy = defaultAccessPolicy;
const NOW = '2026-03-02T09:00:00.000Z';
const FILE = 'uf-1';

/** A file meta that puts each role's actor in scope: care team, representative, own file. */
function metaFor(): UserFileMeta {
  return {
    establishment: '750000001',
    createdAt: NOW,
    careTeam: Object.entries(policy.roles)
      .filter(([, r]) => r.scope === 'care-team')
      .map(([role]) => ({ professionalId: `pro-${role}`, role, since: NOW })),
    representatives: [{ professionalId: 'pro-legal-representative', measure: 'tutelle', since: NOW }],
    objections: [],
    restrictions: [],
    phase: 'active',
    retentionDone: {},
  };
}

const actorFor = (role: string): CallContext =>
  role === 'person' ? { ...as('person'), actor: { ...as('person').actor, professionalId: FILE } } : as(role);

describe('access policy matrix (shipped policy)', () => {
  const cases = Object.keys(policy.roles).flatMap((role) =>
    CATEGORIES.flatMap((category) => POLICY_ACTIONS.map((action) => [role, category, action] as const)),
  );

  it.each(cases)('%s × %s × %s follows workflows/config/access-policy.json', (role, category, action) => {
    const expected = (policy.roles[role].permissions[category] ?? []).includes(action);
    const d = decide(policy, actorFor(role), { fileId: FILE, meta: metaFor() }, category, action, NOW);
    expect(d.allowed).toBe(expected);
    if (!expected) expect(d).toEqual({ allowed: false, reason: 'forbidden' });
  });

  it('covers every role × category × action (the matrix is not empty by accident)', () => {
    expect(cases.length).toBe(Object.keys(policy.roles).length * 7 * 4);
    expect(Object.keys(policy.roles).sort()).toEqual([
      'coordinating-physician',
      'director',
      'dpo',
      'educator',
      'head-nurse',
      'legal-representative',
      'nurse',
      'person',
      'psychologist',
      'secretariat',
      'social-worker',
    ]);
  });

  it('out of scope, every role is refused everything, with the care-team reason', () => {
    const meta = { ...metaFor(), careTeam: [], representatives: [], establishment: '750000002' };
    for (const role of Object.keys(policy.roles)) {
      const ctx = as(role, 'someone-else');
      for (const c of CATEGORIES)
        for (const a of allowedActions(policy, role, meta.establishment, c)) {
          expect(decide(policy, ctx, { fileId: FILE, meta }, c, a, NOW)).toEqual({
            allowed: false,
            reason: 'not-in-care-team',
          });
        }
    }
  });

  it('engine reads return exactly the readable categories of each role', async () => {
    const { engine } = await seeded();
    await engine.addRepresentative(as('director'), 'uf-1', {
      professionalId: 'pro-legal-representative',
      measure: 'tutelle',
    });
    for (const role of Object.keys(policy.roles)) {
      const ctx = role === 'person' ? actorFor('person') : as(role);
      const r = await engine.getUserFile(ctx, 'uf-1');
      const readable = CATEGORIES.filter((c) => policy.roles[role].permissions[c]?.includes('read'));
      if (readable.length === 0) {
        // A role that reads no category (the DPO) is refused the file, not shown an empty one.
        expect([role, !r.ok && r.error.code]).toEqual([role, 'forbidden']);
        continue;
      }
      if (!r.ok) throw new Error(`${role}: ${r.error.message}`);
      const withheld = new Set(r.value.restricted.map((m) => m.category));
      for (const c of CATEGORIES)
        expect([role, c, withheld.has(c)]).toEqual([role, c, !readable.includes(c)]);
      for (const c of CATEGORIES)
        expect([role, c, await engine.can(ctx, 'uf-1', c, 'write')]).toEqual([
          role,
          c,
          !!policy.roles[role].permissions[c]?.includes('write'),
        ]);
    }
  });

  it('applies per-establishment overrides', () => {
    const overridden = {
      ...policy,
      establishments: {
        '750000001': { roles: { educator: { permissions: { health: ['read' as const] } } } },
      },
    };
    expect(allowedActions(overridden, 'educator', '750000001', 'health')).toEqual(['read']);
    expect(allowedActions(overridden, 'educator', '750000002', 'health')).toEqual([]);
  });
});
