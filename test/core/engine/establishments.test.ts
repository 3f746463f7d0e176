import { describe, expect, it } from 'vitest';
import { defaultAccessPolicy, defaultEstablishmentConfig, loadEstablishmentConfig } from '@duikit/core';

const text = { fr: 'x', en: 'x' };

describe('the establishment configuration', () => {
  it('ships a configuration whose default care-team roles all exist, scoped to the care team', () => {
    expect(loadEstablishmentConfig(defaultEstablishmentConfig, defaultAccessPolicy)).toMatchObject({
      ok: true,
    });
    // The EHPAD's coordinating physician gives the opinion on every admission (CASF D312-158).
    expect(defaultEstablishmentConfig.categories.ehpad.defaultCareTeam.map((r) => r.role)).toContain(
      'coordinating-physician',
    );
  });

  it('names the place of each problem: shape, unknown role, a role that never needs a team', () => {
    const bad = loadEstablishmentConfig({ version: 1, categories: { ehpad: { title: text } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toContain('/categories/ehpad');
    const roles = loadEstablishmentConfig(
      {
        version: 1,
        categories: {
          ehpad: {
            title: text,
            defaultCareTeam: [
              { role: 'nobody', why: text },
              { role: 'director', why: text },
            ],
          },
        },
        establishments: { '690000013': { category: 'mas' } },
      },
      defaultAccessPolicy,
    );
    expect(roles.ok).toBe(false);
    if (!roles.ok)
      expect(roles.problems.map((p) => p.path)).toEqual([
        '/categories/ehpad/defaultCareTeam/0/role',
        '/categories/ehpad/defaultCareTeam/1/role',
        '/establishments/690000013/category',
      ]);
  });
});
