/**
 * Health data are kept by CSP R1112-7 (applied by analogy to the health part of an ESSMS file):
 * twenty years from the last stay (al. 1), extended to the 28th birthday (al. 2), or ten years
 * from a death within ten years of the last stay (al. 3). Every expected instant is computed by
 * hand: the whole last day is kept, deletion is due at 00:00 Paris the day after.
 */
import { describe, expect, it } from 'vitest';
import { defaultRetentionRules, retentionEnd, type UserFileMeta } from '@duikit/core';
import { as, seeded, value } from './fixtures.js';

const meta = (closedAt: string): UserFileMeta => ({
  establishment: '750000001',
  createdAt: '2020-01-01T00:00:00Z',
  closedAt,
  careTeam: [],
  representatives: [],
  objections: [],
  restrictions: [],
  phase: 'closed',
  retentionDone: {},
});
const file = (birthDate: string, death?: string) => ({
  person: { ins: { birthDate } },
  ...(death ? { discharges: [{ death: { dateTime: death } }] } : {}),
});
const health = defaultRetentionRules.categories.health;

describe('health data retention (CSP R1112-7)', () => {
  it('twenty years after the last stay: support ended 2 March 2026, kept through 2 March 2046', () => {
    expect(retentionEnd(health, meta('2026-03-02T09:00:00Z'), file('1941-05-12'))).toEqual({
      dueAt: '2046-03-02T23:00:00Z', // 3 March 2046 00:00 CET
      source: expect.stringContaining('R1112-7 al. 1'),
    });
  });

  it('until the 28th birthday when later: born 1 April 2020, support ended 2 March 2026', () => {
    // 2 March 2046 < 1 April 2048 (28th birthday): kept through 1 April 2048.
    expect(retentionEnd(health, meta('2026-03-02T09:00:00Z'), file('2020-04-01'))).toEqual({
      dueAt: '2048-04-01T22:00:00Z', // 2 April 2048 00:00 CEST
      source: expect.stringContaining('R1112-7 al. 2'),
    });
  });

  it('ten years after a death within ten years of the last stay: died 1 March 2026', () => {
    expect(
      retentionEnd(health, meta('2026-03-02T09:00:00Z'), file('1941-05-12', '2026-03-01T04:30:00Z')),
    ).toEqual({
      dueAt: '2036-03-01T23:00:00Z', // 2 March 2036 00:00 CET
      source: expect.stringContaining('R1112-7 al. 3'),
    });
  });

  it('a death more than ten years after the last stay keeps the twenty years', () => {
    // Last stay 2 March 2026; ten years = 2 March 2036; death 1 May 2037 is later.
    expect(
      retentionEnd(health, meta('2026-03-02T09:00:00Z'), file('1941-05-12', '2037-05-01T10:00:00Z'))?.dueAt,
    ).toBe('2046-03-02T23:00:00Z');
  });

  it('psychological data follow the same periods; each period names its source', () => {
    const psy = defaultRetentionRules.categories.psychological;
    expect(retentionEnd(psy, meta('2026-03-02T09:00:00Z'), file('1941-05-12'))?.dueAt).toBe(
      '2046-03-02T23:00:00Z',
    );
    for (const p of health.retain!.longestOf) expect(p.source).toMatch(/CSP R1112-7/);
    expect(health.retain!.afterDeath!.source).toMatch(/CSP R1112-7 al\. 3/);
  });

  it('the engine deletes health data at 00:00 Paris on 3 March 2046, not a minute before', async () => {
    const { engine, clock } = await seeded();
    await engine.closeUserFile(as('director'), 'uf-1', { at: '2026-03-02T09:00:00.000Z' });
    const healthStep = async () =>
      value(await engine.retentionDue(as('director'))).find((s) => s.category === 'health');
    clock.set('2046-03-02T22:59:00Z'); // 23:59 Paris on the last day kept
    expect(await healthStep()).toBeUndefined();
    clock.set('2046-03-02T23:00:00Z');
    expect(await healthStep()).toMatchObject({
      step: 'delete',
      dueAt: '2046-03-02T23:00:00.000Z',
      source: expect.stringContaining('R1112-7 al. 1'),
    });
  });
});
