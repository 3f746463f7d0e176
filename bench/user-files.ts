/**
 * The user files the scale benchmarks seed (`bench/postgres.bench.ts`): ≈2 KB each, written
 * straight through the store in transactions of 1,000 (the measured calls go through the engine).
 */
import type { StorePort } from '@duikit/core';

export const FINESS = '750000001';
const AT = '2026-03-02T09:00:00.000Z';

/** Files 0..LISTED-1 also have `pro-list` in their care team: that nurse's list at every size. */
export const LISTED = 30;

/**
 * A ≈2 KB stored user file with `pro-nurse` in its care team.
 *
 * @example
 * await store.put('userFiles', 'uf-1', stored(1), null);
 */
export const stored = (i: number) => ({
  meta: {
    establishment: FINESS,
    createdAt: AT,
    careTeam: [
      { professionalId: 'pro-nurse', role: 'nurse', since: AT },
      ...(i < LISTED ? [{ professionalId: 'pro-list', role: 'nurse', since: AT }] : []),
    ],
    representatives: [],
    objections: [],
    restrictions: [],
    phase: 'active',
    retentionDone: {},
  },
  file: {
    person: { id: `p-${i}`, identityStatus: 'PROV', ins: { birthName: `NOM${i}`, birthDate: '1941-05-12' } },
    documents: Array.from({ length: 6 }, (_, d) => ({
      id: `d${d}`,
      title: `Document ${d}`,
      summary: 'x'.repeat(150),
    })),
    notes: [{ id: 'n1', text: 'Aime jardiner', category: 'social' }],
  },
});

/**
 * Seeds files `from..to` straight through the store, 1,000 per transaction.
 *
 * @example
 * await seed(store, 0, 100_000);
 */
export async function seed(store: StorePort, from: number, to: number) {
  for (let i = from; i < to; i += 1_000) {
    const n = Math.min(1_000, to - i);
    await store.transaction(async (tx) => {
      await Promise.all(
        Array.from({ length: n }, (_, k) => tx.put('userFiles', `uf-${i + k}`, stored(i + k), null)),
      );
    });
  }
}
