/**
 * Issue 14, point 5: a break-the-glass reason is read later by whoever audits the access, so it
 * must say something a person can read. Invisible characters (zero-width spaces and joiners,
 * bidi marks, the BOM) pass `trim()` but are not words.
 */
import { describe, expect, it } from 'vitest';
import { isVisibleReason, visibleText } from '@duikit/core';
import { as, seeded } from '../engine/fixtures.js';

const outsider = as('nurse', 'pro-night-nurse');
const REASON = 'Chute nocturne, besoin des antécédents';

describe('a break-the-glass reason needs visible words', () => {
  const invisible: [string, string][] = [
    ['20 zero-width spaces', '\u200b'.repeat(20)],
    ['zero-width joiners and non-joiners', '\u200d\u200c'.repeat(12)],
    ['bidi marks and a BOM', '\u202e\u200f\u200e\ufeff'.repeat(6)],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2007'.repeat(8)],
    ['digits and punctuation, no letters', '1234567890 - 1234567890 !!'],
    ['a few letters padded with invisible ones', `Chute${'\u200b'.repeat(20)}`],
  ];

  for (const [what, reason] of invisible) {
    it(`refuses ${what}, and audits the refusal`, async () => {
      const { engine } = await seeded();
      const r = await engine.breakGlass(outsider, 'uf-1', reason);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.key).toBe('engine.error.breakGlassReason');
      expect((await engine.getUserFile(outsider, 'uf-1')).ok).toBe(false);
      const audit = await engine.readAudit(as('director'), { fileId: 'uf-1' });
      const last = audit.ok ? audit.value.filter((e) => e.action === 'break-glass').at(-1) : undefined;
      expect(last).toMatchObject({ outcome: 'refused', actor: { professionalId: 'pro-night-nurse' } });
    });
  }

  it('grants a reason in words, and records it as it reads (invisible characters dropped)', async () => {
    const { engine } = await seeded();
    const r = await engine.breakGlass(outsider, 'uf-1', `\u200b${REASON.replace(' ', ' \u200d')}\ufeff`);
    expect(r.ok).toBe(true);
    const audit = await engine.readAudit(as('director'), { fileId: 'uf-1' });
    const last = audit.ok ? audit.value.filter((e) => e.action === 'break-glass').at(-1) : undefined;
    expect(last?.reason).toBe(REASON);
  });

  it('words the refusal in French and English', async () => {
    const { engine } = await seeded();
    const r = await engine.breakGlass(outsider, 'uf-1', '\u200b'.repeat(20));
    expect(!r.ok && r.error.message).toMatch(/toutes lettres|in words/);
  });

  it('sees text as a reader does', () => {
    expect(visibleText('\u200bChute\u00a0\u00a0nocturne\u200d ')).toBe('Chute nocturne');
    // NFKC folds full-width letters to the ones a reader recognises.
    expect(visibleText('ＣＨＵＴＥ')).toBe('CHUTE');
    expect(isVisibleReason('\u200b'.repeat(40), 15)).toBe(false);
    expect(isVisibleReason(REASON, 15)).toBe(true);
  });
});
