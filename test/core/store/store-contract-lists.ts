/**
 * The `contains` condition of the store contract (ADR 0030), run against every store by
 * `storeContract`: membership in the values at a path, on the declared lists of user files (care
 * team, representatives: an index in memory and lowdb, GIN-indexed array columns in PostgreSQL)
 * and on undeclared paths. Expected ids are worked out by hand from the seed.
 */
import { describe, expect, it } from 'vitest';
import { cursorOf, type StorePort, type StoreQuery } from '@duikit/core';

const E1 = '750000001';
const E2 = '750000002';
const TEAM = 'meta.careTeam.professionalId';
const REPS = 'meta.representatives.professionalId';
const pad = (i: number) => `f${String(i).padStart(2, '0')}`;
const ids = (...is: number[]) => is.map(pad);

/** A user file: members by id; establishment E1 for even i; archived when i % 4 === 3. */
const file = (i: number, team: string[], reps: string[] = []) => ({
  meta: {
    establishment: i % 2 ? E2 : E1,
    phase: i % 4 === 3 ? 'archived' : 'active',
    careTeam: team.map((professionalId) => ({ professionalId, role: 'nurse', since: '2026-01-01' })),
    representatives: reps.map((professionalId) => ({ professionalId })),
  },
  file: {},
});

/** 12 files: p1 in i % 3 ∈ {0, 1}, p2 in i % 3 ∈ {1, 2}; r1 represents f05. */
async function seed(store: StorePort) {
  for (let i = 0; i < 12; i++) {
    const team = [...(i % 3 !== 2 ? ['p1'] : []), ...(i % 3 !== 0 ? ['p2'] : [])];
    await store.put('userFiles', pad(i), file(i, team, i === 5 ? ['r1'] : []), null);
  }
}

/**
 * Registers the `contains` cases for one store.
 *
 * @example
 * listsContract('memory', async () => createMemoryStore());
 */
export function listsContract(name: string, open: () => Promise<StorePort>) {
  describe(`store contract (contains): ${name}`, () => {
    const listed = async (store: StorePort, where: StoreQuery['where'], c = 'userFiles') =>
      (await store.query(c, { where, orderBy: 'id' })).map((r) => r.id);

    it('lists the records whose declared list holds a value, with other conditions, counts and pages', async () => {
      const store = await open();
      try {
        await seed(store);
        expect(await listed(store, { [TEAM]: { contains: 'p1' } })).toEqual(ids(0, 1, 3, 4, 6, 7, 9, 10));
        expect(await listed(store, { [TEAM]: { contains: 'p1' }, 'meta.establishment': E1 })).toEqual(
          ids(0, 4, 6, 10),
        );
        expect(await listed(store, { [TEAM]: { contains: 'p1' }, 'meta.phase': 'archived' })).toEqual(
          ids(3, 7),
        );
        expect(await listed(store, { [REPS]: { contains: 'r1' } })).toEqual(ids(5));
        expect(await listed(store, { [TEAM]: { contains: 'nobody' } })).toEqual([]);
        // A representative is not a care-team member: the lists are apart.
        expect(await listed(store, { [TEAM]: { contains: 'r1' } })).toEqual([]);
        expect(await store.count('userFiles', { where: { [TEAM]: { contains: 'p2' } } })).toBe(8);
        expect(
          await store.count('userFiles', { where: { [TEAM]: { contains: 'p2' }, 'meta.establishment': E2 } }),
        ).toBe(4); // 1, 5, 7, 11
        const q: StoreQuery = { where: { [TEAM]: { contains: 'p2' } }, orderBy: 'id', limit: 3 };
        const pages: string[][] = [];
        for (let page = await store.query('userFiles', q); page.length;) {
          pages.push(page.map((r) => r.id));
          page = await store.query('userFiles', { ...q, after: cursorOf(page.at(-1)!, q) });
        }
        expect(pages).toEqual([ids(1, 2, 4), ids(5, 7, 8), ids(10, 11)]);
      } finally {
        await store.close();
      }
    });

    it('keeps the lists true across updates, deletes, duplicates and rolled-back transactions', async () => {
      const store = await open();
      try {
        await seed(store);
        await store.put('userFiles', 'f00', file(0, ['p2']), 1); // p1 leaves f00
        await store.delete('userFiles', 'f01', 1);
        await store.put('userFiles', 'f12', file(12, ['p3', 'p3']), null);
        expect(await listed(store, { [TEAM]: { contains: 'p1' } })).toEqual(ids(3, 4, 6, 7, 9, 10));
        expect(await listed(store, { [TEAM]: { contains: 'p2' } })).toEqual(ids(0, 2, 4, 5, 7, 8, 10, 11));
        expect(await listed(store, { [TEAM]: { contains: 'p3' } })).toEqual(ids(12));
        expect(await store.count('userFiles', { where: { [TEAM]: { contains: 'p3' } } })).toBe(1);
        await expect(
          store.transaction(async (tx) => {
            await tx.put('userFiles', 'f02', file(2, ['p2', 'p9']), 1);
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        expect(await listed(store, { [TEAM]: { contains: 'p9' } })).toEqual([]);
        await store.transaction(async (tx) => {
          await tx.put('userFiles', 'f02', file(2, ['p9']), 1);
        });
        expect(await listed(store, { [TEAM]: { contains: 'p9' } })).toEqual(ids(2));
        expect(await listed(store, { [TEAM]: { contains: 'p2' } })).toEqual(ids(0, 4, 5, 7, 8, 10, 11));
      } finally {
        await store.close();
      }
    });

    it('answers contains on undeclared paths: arrays flattened at every step, strings only', async () => {
      const store = await open();
      try {
        await store.put('notes', 'a', { tags: ['x', 'y'] }, null);
        await store.put('notes', 'b', { tags: 'x' }, null);
        await store.put('notes', 'c', { tags: [1, 'z'] }, null);
        await store.put('notes', 'd', { visits: [{ by: 'v1' }, { by: ['v2', 'v3'] }] }, null);
        await store.put('notes', 'e', { visits: { by: 'v3' } }, null);
        expect(await listed(store, { tags: { contains: 'x' } }, 'notes')).toEqual(['a', 'b']);
        expect(await listed(store, { tags: { contains: 'z' } }, 'notes')).toEqual(['c']);
        expect(await listed(store, { tags: { contains: '1' } }, 'notes')).toEqual([]);
        expect(await listed(store, { 'visits.by': { contains: 'v3' } }, 'notes')).toEqual(['d', 'e']);
        expect(await listed(store, { 'visits.by': { contains: 'v1' } }, 'notes')).toEqual(['d']);
        expect(await store.count('notes', { where: { tags: { contains: 'y' } } })).toBe(1);
      } finally {
        await store.close();
      }
    });
  });
}
