/**
 * The register of rights requests (GDPR art. 12(3): an answer within one month of receipt,
 * extendable once by two months within the first month) and erasure with its exceptions (art. 17).
 * The DPO reads the register and the audit trail, never the file. Dates computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { as, seeded, value } from './fixtures.js';

const person = { ...as('person'), actor: { ...as('person').actor, professionalId: 'uf-1' } };

async function withRequest(kind: 'access' | 'erasure' = 'access', receivedOn = '2026-03-02') {
  const made = await seeded();
  const r = await made.engine.rightsRequests.record(person, 'uf-1', {
    kind,
    receivedOn,
    requester: { party: 'person' },
  });
  return { ...made, request: value(r) };
}

describe('register of rights requests', () => {
  it('received 2 March 2026: answer due by 2 April; due soon a week before, overdue from 3 April 00:00 Paris', async () => {
    const { engine, clock, request } = await withRequest();
    expect(request).toMatchObject({
      kind: 'access',
      dueOn: '2026-04-02',
      status: 'open',
      deadline: 'on-time',
    });
    const seen = async () => value(await engine.rightsRequests.list(as('dpo'))).map((r) => r.deadline);
    clock.set('2026-03-26T21:59:00Z'); // 26 March 22:59 Paris: more than a week left
    expect(await seen()).toEqual(['on-time']);
    clock.set('2026-03-26T22:00:00Z'); // 27 March 00:00 Paris: the last week
    expect(await seen()).toEqual(['due-soon']);
    clock.set('2026-04-02T21:59:00Z'); // 23:59 Paris on the last day
    expect(await seen()).toEqual(['due-soon']);
    clock.set('2026-04-02T22:00:00Z'); // 3 April 00:00 Paris
    expect(await seen()).toEqual(['overdue']);
  });

  it('one month from 31 January is 28 February', async () => {
    const { request } = await withRequest('access', '2026-01-31');
    expect(request.dueOn).toBe('2026-02-28');
  });

  it('the DPO reads the register and the audit trail, not the file; no care data in the register', async () => {
    const { engine } = await withRequest();
    const list = value(await engine.rightsRequests.list(as('dpo')));
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list)).not.toMatch(/MARTIN|Jeanne|pénicilline|Anxiété/);
    expect(Object.keys(list[0]).sort()).toEqual(
      [
        'deadline',
        'dueOn',
        'establishment',
        'fileId',
        'id',
        'kind',
        'receivedOn',
        'recordedAt',
        'recordedBy',
        'requester',
        'status',
      ].sort(),
    );
    const file = await engine.getUserFile(as('dpo'), 'uf-1');
    expect(!file.ok && file.error.code).toBe('forbidden');
    expect(
      value(await engine.readAudit(as('dpo'), { fileId: 'uf-1' })).some((e) => e.action === 'rights-request'),
    ).toBe(true);
  });

  it('who may record and read: the person for their file, rights officers; not a nurse', async () => {
    const { engine } = await seeded();
    const nurse = await engine.rightsRequests.record(as('nurse'), 'uf-1', {
      kind: 'access',
      receivedOn: '2026-03-02',
      requester: { party: 'person' },
    });
    expect(!nurse.ok && nurse.error.code).toBe('forbidden');
    const sw = await engine.rightsRequests.record(as('social-worker'), 'uf-1', {
      kind: 'rectification',
      receivedOn: '2026-03-01',
      requester: { party: 'legalRepresentative', name: 'UDAF 75' },
    });
    expect(value(sw).dueOn).toBe('2026-04-01');
    const list = await engine.rightsRequests.list(as('nurse'));
    expect(!list.ok && list.error.code).toBe('forbidden');
    expect(value(await engine.rightsRequests.list(person)).map((r) => r.kind)).toEqual(['rectification']);
    const future = await engine.rightsRequests.record(person, 'uf-1', {
      kind: 'access',
      receivedOn: '2026-03-03',
      requester: { party: 'person' },
    });
    expect(!future.ok && future.error).toMatchObject({ code: 'invalid', path: '/receivedOn' });
  });

  it('extends once by two months within the first month, with a reason; answers', async () => {
    const { engine, clock, request } = await withRequest();
    const noReason = await engine.rightsRequests.settle(as('director'), request.id, {
      extend: { reason: ' ' },
    });
    expect(!noReason.ok && noReason.error.code).toBe('invalid');
    const extended = value(
      await engine.rightsRequests.settle(as('director'), request.id, {
        extend: { reason: 'Dossier volumineux' },
      }),
    );
    expect(extended).toMatchObject({
      dueOn: '2026-06-02',
      extension: { reason: 'Dossier volumineux', on: '2026-03-02' },
    });
    const twice = await engine.rightsRequests.settle(as('director'), request.id, {
      extend: { reason: 'Encore' },
    });
    expect(!twice.ok && twice.error.key).toBe('law.rights.noExtension');
    clock.set('2026-05-10T08:00:00Z');
    const answered = value(
      await engine.rightsRequests.settle(as('dpo'), request.id, { answer: { outcome: 'granted' } }),
    );
    expect(answered).toMatchObject({
      status: 'answered',
      deadline: 'answered',
      answer: { outcome: 'granted', on: '2026-05-10' },
    });
  });

  it('no extension after the first month', async () => {
    const { engine, clock, request } = await withRequest();
    clock.set('2026-04-02T22:00:00Z');
    const late = await engine.rightsRequests.settle(as('director'), request.id, {
      extend: { reason: 'Trop tard' },
    });
    expect(!late.ok && late.error.key).toBe('law.rights.noExtension');
  });
});

describe('erasure (GDPR art. 17) and its legal exceptions', () => {
  it('refuses everything while the person is supported (art. 17(1)(a), 17(3)(b))', async () => {
    const { engine, request } = await withRequest('erasure');
    const r = value(await engine.rightsRequests.erase(as('director'), request.id));
    expect(r.decisions.every((d) => !d.erased && d.exception === 'ongoing-support')).toBe(true);
    expect(r.request).toMatchObject({ status: 'answered', answer: { outcome: 'refused' } });
    expect(value(await engine.getUserFile(as('director'), 'uf-1')).file.notes).toBeDefined();
  });

  it('keeps everything under a litigation hold (art. 17(3)(e))', async () => {
    const { engine, request } = await withRequest('erasure');
    await engine.closeUserFile(as('director'), 'uf-1', { at: '2026-03-02T09:00:00.000Z' });
    await engine.setLitigationHold(as('director'), 'uf-1', { reason: 'Contentieux 2026-114' });
    const r = value(await engine.rightsRequests.erase(as('director'), request.id));
    expect(new Set(r.decisions.map((d) => d.exception))).toEqual(new Set(['legal-claims']));
  });

  it('after support, erases what is past its period and keeps the rest until its legal date', async () => {
    const { engine, clock, store } = await seeded();
    // Support ended 2 March 2026: active base 1 year, then 5 years (administrative, social,
    // support plan), 10 years (financial, documents), and health and psychological data until
    // 2 March 2046 (CSP R1112-7 al. 1). On 3 March 2032 the five-year categories are past.
    await engine.closeUserFile(as('director'), 'uf-1', { at: '2026-03-02T09:00:00.000Z' });
    clock.set('2032-03-03T09:00:00Z');
    const request = value(
      await engine.rightsRequests.record(as('director'), 'uf-1', {
        kind: 'erasure',
        receivedOn: '2032-03-03',
        requester: { party: 'person' },
      }),
    );
    const r = value(await engine.rightsRequests.erase(as('director'), request.id));
    expect(r.decisions.map((d) => [d.category, d.erased, d.exception ?? null, d.until ?? null])).toEqual([
      ['administrative', true, null, null],
      ['social', true, null, null],
      ['financial', false, 'legal-obligation', '2037-03-02T09:00:00.000Z'],
      ['health', false, 'legal-obligation', '2046-03-02T23:00:00.000Z'],
      ['psychological', false, 'legal-obligation', '2046-03-02T23:00:00.000Z'],
      ['support-plan', true, null, null],
      ['documents', false, 'legal-obligation', '2037-03-02T09:00:00.000Z'],
    ]);
    expect(r.decisions.find((d) => d.category === 'health')?.source).toMatch(/17\(3\)\(b\).*R1112-7 al\. 1/);
    expect(r.request.answer?.outcome).toBe('partly');
    const stored = await store.get<{ file: Record<string, unknown> }>('userFiles', 'uf-1');
    expect(JSON.stringify(stored?.data.file)).not.toContain('Aime jardiner');
    expect(stored?.data.file.health).toBeDefined();
  });
});
