import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { as, makeEngine, value } from './fixtures.js';

const example = JSON.parse(
  readFileSync(
    new URL('../../../schemas/examples/user-file/valid/active-ehpad.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

/** The example's person as a new admission: provisional identity, history to be written by the engine. */
function newPerson() {
  const { identityHistory: _h, ...person } = structuredClone(example.person) as Record<string, unknown>;
  return { ...person, identityStatus: 'PROV' };
}

describe('engine: schema validation by default', () => {
  it('stores a valid file and refuses an invalid write, naming the field, storing nothing', async () => {
    const { engine } = await makeEngine({ validateUserFile: undefined });
    const created = await engine.createUserFile(
      as('director'),
      { person: newPerson(), stays: example.stays },
      { id: 'DUI-0042' },
    );
    if (!created.ok) throw new Error(JSON.stringify(created.error.details));
    const bad = await engine.updateUserFile(
      as('director'),
      'DUI-0042',
      { person: { ins: { sex: 'X' } } },
      { expectedVersion: created.value.version },
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toMatchObject({ code: 'invalid', path: '/person/ins/sex' });
    expect(bad.error.details?.[0].message).toMatch(/Valeur non prévue/);
    const again = await engine.getUserFile(as('director'), 'DUI-0042');
    expect(value(again).version).toBe(created.value.version);
  });

  it('refuses an invalid new file', async () => {
    const { engine } = await makeEngine({ validateUserFile: undefined });
    const r = await engine.createUserFile(as('director'), { notes: [] });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid', path: '/person' });
  });
});
