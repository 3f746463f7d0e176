import { describe, expect, it } from 'vitest';
import {
  defaultAccessPolicy,
  loadAccessPolicy,
  loadRetentionRules,
  defaultRetentionRules,
} from '@duikit/core';

describe('policy and retention configuration', () => {
  it('loads the shipped files', () => {
    expect(defaultAccessPolicy.roles.director.scope).toBe('establishment');
    expect(defaultRetentionRules.categories.health.end).toBe('delete');
  });

  it('names the place of a schema error', () => {
    const bad = structuredClone(defaultAccessPolicy) as unknown as {
      roles: { nurse: { permissions: { health: string[] } } };
    };
    bad.roles.nurse.permissions.health = ['read', 'fly'];
    const r = loadAccessPolicy(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('/roles/nurse/permissions/health/1');
  });

  it('refuses a role named in governance but not defined', () => {
    const r = loadAccessPolicy({
      ...defaultAccessPolicy,
      governance: { ...defaultAccessPolicy.governance, auditReaders: ['auditor'] },
    });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: '/governance/auditReaders/0',
          message: 'Unknown role "auditor": define it under /roles first.',
        },
      ],
    });
  });

  it('refuses a retention duration that is not ISO 8601', () => {
    const r = loadRetentionRules({ ...defaultRetentionRules, activeAfterClose: '1 year' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path).toBe('/activeAfterClose');
  });
});
