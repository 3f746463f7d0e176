/**
 * Listing the files an actor may open reads only the files the role's scope reaches (ADR 0030):
 * the store is asked by an indexed condition (establishment, care-team membership,
 * representation, the person's own file) and returns those records alone, while the result is
 * the one the access decision gives for every file.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type StorePort, type StoreQuery } from '@duikit/core';
import { FINESS, OTHER_FINESS, as, makeEngine } from './fixtures.js';

const AT = '2026-03-01T00:00:00.000Z';
const N = 60;

/** A stored file: the nurse in files 3 (closed), 17 and 41 (left on 1 March); r-1 represents 17. */
const stored = (i: number) => ({
  meta: {
    establishment: i % 10 === 9 ? OTHER_FINESS : FINESS,
    createdAt: AT,
    careTeam: [
      { professionalId: `pro-${i}`, role: 'nurse', since: AT },
      ...([3, 17, 41].includes(i)
        ? [{ professionalId: 'pro-nurse', role: 'nurse', since: AT, ...(i === 41 ? { until: AT } : {}) }]
        : []),
    ],
    representatives: i === 17 ? [{ professionalId: 'r-1', since: AT }] : [],
    objections: [],
    restrictions: [],
    phase: i === 3 ? 'closed' : 'active',
    retentionDone: {},
  },
  file: { person: { id: `p-${i}`, ins: { birthName: `NOM${i}`, birthFirstNames: ['Ada'] } } },
});

/** A memory store that counts the user-file records its queries hand back. */
function counting(): { store: StorePort; returned: () => number } {
  const inner = createMemoryStore();
  let n = 0;
  const store: StorePort = {
    ...inner,
    async query<T>(collection: string, q?: StoreQuery<T>) {
      const out = await inner.query<T>(collection, q);
      if (collection === 'userFiles') n += out.length;
      return out;
    },
  };
  return { store, returned: () => n };
}

async function setUp() {
  const { store, returned } = counting();
  for (let i = 0; i < N; i++) await store.put('userFiles', `uf-${i}`, stored(i), null);
  const { engine } = await makeEngine({ store, validateUserFile: false });
  const list = async (ctx: ReturnType<typeof as>, q = {}) => {
    const before = returned();
    const r = await engine.listUserFiles(ctx, q);
    if (!r.ok) throw new Error(r.error.message);
    return { ids: r.value.map((s) => s.id), read: returned() - before };
  };
  return { list };
}

describe('listing user files by scope', () => {
  it('reads only a care-team member’s files, and still applies the decision to each', async () => {
    const { list } = await setUp();
    // 41 is still in the index (membership ended), so it is read, then refused by the decision.
    expect(await list(as('nurse'))).toEqual({ ids: ['uf-3', 'uf-17'], read: 3 });
    expect(await list(as('nurse'), { phase: 'active' })).toEqual({ ids: ['uf-17'], read: 2 });
    expect(await list(as('nurse', 'pro-8'))).toEqual({ ids: ['uf-8'], read: 1 });
    expect(await list(as('nurse', 'pro-nobody'))).toEqual({ ids: [], read: 0 });
  });

  it('reads only the establishment’s files for an establishment role', async () => {
    const { list } = await setUp();
    const mine = Array.from({ length: N }, (_, i) => i).filter((i) => i % 10 !== 9);
    const r = await list(as('director'));
    expect([...r.ids].sort()).toEqual(mine.map((i) => `uf-${i}`).sort());
    expect(r.read).toBe(mine.length); // 54 of 60
  });

  it('reads only the represented person’s file for a legal representative, and the person’s own', async () => {
    const { list } = await setUp();
    expect(await list(as('legal-representative', 'r-1'))).toEqual({ ids: ['uf-17'], read: 1 });
    // The person's professional id is their file's id: one record read, no query.
    expect(await list(as('person', 'uf-5'))).toEqual({ ids: ['uf-5'], read: 0 });
    expect(await list(as('person', 'uf-3'), { phase: 'active' })).toEqual({ ids: [], read: 0 });
    // A role the policy does not know reads nothing (it could open no file).
    expect(await list(as('ghost'))).toEqual({ ids: [], read: 0 });
  });
});
