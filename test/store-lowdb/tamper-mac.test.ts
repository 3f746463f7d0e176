/**
 * ADR 0028: `verifyAudit()` recomputes every link and hash but checks only the MAC that closes
 * the chain (with the signed head) and the anchor's; the MACs before a break are checked to name
 * the first forged entry. What a change to an entry in the middle of a signed lowdb trail gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { as } from '../core/engine/fixtures.js';
import { N, hashBroken, moveHead, rechain, rewrite, runningTrail } from './audit-trail.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
const running = async () => {
  const trail = await runningTrail(cleanups);
  expect(await trail.engine.verifyAudit()).toEqual({ ok: true, checked: N });
  return trail;
};
const MIDDLE = 60; // seq 60 is at index 59

describe('a middle entry of a signed trail changed (running lowdb store)', () => {
  it('its content changed, its hash left: the hash names it', async () => {
    const { dir, engine, entries } = await running();
    entries[MIDDLE - 1] = { ...entries[MIDDLE - 1], purpose: 'curiosity' };
    rewrite(dir, entries);
    expect(await engine.verifyAudit()).toEqual(hashBroken(MIDDLE));
  });

  it('its content changed and the chain rehashed on, old MACs kept: the first forged MAC is named', async () => {
    const { dir, engine, entries } = await running();
    entries[MIDDLE - 1] = { ...entries[MIDDLE - 1], purpose: 'curiosity' };
    const forged = rechain(entries, MIDDLE - 1, true);
    rewrite(dir, forged);
    // Every link and hash holds; the head (or the last MAC) no longer matches, and the walk
    // back through the MACs names the first entry the key never signed.
    const expected = { ok: false, checked: MIDDLE - 1, firstBroken: { seq: MIDDLE, reason: 'bad-mac' } };
    expect(await engine.verifyAudit()).toEqual(expected);
    moveHead(dir, forged.at(-1)!, entries.at(-1)!.mac);
    expect(await engine.verifyAudit()).toEqual(expected);
  });

  it('the last entry’s MAC replaced: named, as the MAC that closes the chain', async () => {
    const { dir, engine, entries } = await running();
    entries[N - 1] = { ...entries[N - 1], mac: entries[N - 2].mac };
    rewrite(dir, entries);
    expect(await engine.verifyAudit()).toEqual({
      ok: false,
      checked: N - 1,
      firstBroken: { seq: N, reason: 'bad-mac' },
    });
  });

  it('only its MAC changed: not seen by verifyAudit, because nothing it records changed', async () => {
    const { dir, engine, entries } = await running();
    entries[MIDDLE - 1] = { ...entries[MIDDLE - 1], mac: entries[MIDDLE].mac };
    rewrite(dir, entries);
    // The entry's content, order and place are still proven by the hashes up to the signed
    // head; only its MAC can no longer prove it alone (ADR 0028, "What is not detected").
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N });
    // The chain goes on and stays verifiable.
    await engine.getUserFile(as('director'), 'f');
    expect(await engine.verifyAudit()).toEqual({ ok: true, checked: N + 1 });
  });
});
