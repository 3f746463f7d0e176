/**
 * Which document an admission hands over and who signs it (CASF D311): a contrat de séjour in the
 * categories of L312-1 I it lists (1°, 2°, 5° to 10°, 12°, 13°, III) when the planned stay exceeds
 * two months; a DIPC for categories 3°, 4°, 11°, stays of two months or less, support at home, a
 * minor under a judicial educational measure, or when the person refuses to sign the contract.
 * The contract is signed by the person or their legal representative and by the director; the
 * DIPC by the director.
 */
import { describe, expect, it } from 'vitest';
import { standardWorkflowFiles, type WorkflowVariant } from '@duikit/core';
import { ctxFor } from './fixtures.js';
import { ADULT_FILE, enter, legalRuntime } from './legal-fixtures.js';

/** The document the engine hands over when the director does not name one. */
async function handedOver(
  definition: string,
  request: Record<string, unknown>,
  rt = legalRuntime('2026-04-01T08:00:00Z'),
) {
  const id = await enter(rt, definition, request);
  const inst = await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
  return (inst.snapshot.context as { contract: { documentType: string } }).contract.documentType;
}

// A service of category 4° of L312-1 I (child protection service at home), a DIPC category.
const category4: WorkflowVariant = {
  id: 'admission-cat4',
  version: '1.0.0',
  extends: 'admission@1.0.0',
  title: { fr: 'Catégorie 4°', en: 'Category 4°' },
  patch: { appliesTo: ['cat4'], parameters: { l312Category: '4' } },
};

describe('contrat de séjour or DIPC (CASF D311)', () => {
  it.each([
    ['admission-ehpad@1.0.0', { stayType: 'permanent' }, 'contrat-sejour'],
    ['admission-ehpad@1.0.0', { stayType: 'temporary', plannedStayMonths: 2 }, 'dipc'],
    ['admission-ehpad@1.0.0', { stayType: 'temporary', plannedStayMonths: 3 }, 'contrat-sejour'],
    ['admission-ehpad@1.0.0', { stayType: 'temporary' }, 'dipc'],
    ['admission-ehpad@1.0.0', { stayType: 'permanent', plannedStayMonths: 1 }, 'dipc'],
    ['admission-ime@1.0.0', { stayType: 'permanent' }, 'contrat-sejour'],
    ['admission-ime@1.0.0', { stayType: 'permanent', judicialEducationalMeasure: true }, 'dipc'],
    ['admission-mas@1.0.0', { stayType: 'permanent' }, 'contrat-sejour'],
    ['admission-ssiad@1.0.0', { stayType: 'permanent' }, 'dipc'],
  ])('%s with %j hands over a %s', async (definition, request, expected) => {
    expect(await handedOver(definition, request)).toBe(expected);
  });

  it('a category 4° service hands over a DIPC even for a long stay', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z', ADULT_FILE, {
      ...standardWorkflowFiles,
      variants: [...standardWorkflowFiles.variants, category4],
    });
    expect(await handedOver('admission-cat4@1.0.0', { stayType: 'permanent' }, rt)).toBe('dipc');
  });

  it('refuses the other document, naming D311', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0', { stayType: 'permanent' });
    const r = await rt.runtime.send(ctxFor('director'), id, {
      type: 'HAND_OVER_CONTRACT',
      payload: { documentType: 'dipc' },
    });
    expect(r).toMatchObject({ ok: false, reason: { code: 'guard' } });
    expect(!r.ok && r.reason.message).toContain('D311');
    const ok = await rt.send(id, 'director', 'HAND_OVER_CONTRACT', { documentType: 'contrat-sejour' });
    expect(ok.states).toContain('contractualisation.contract.awaitingSignature');
  });
});

describe('signatories (CASF D311)', () => {
  it('a contract needs the person or their legal representative, and the director', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0', { stayType: 'permanent' });
    await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    for (const signatories of [['director'], ['person'], ['legal-representative']]) {
      const r = await rt.runtime.send(ctxFor('director'), id, {
        type: 'SIGN_CONTRACT',
        payload: { signedOn: '2026-04-20', signatories },
      });
      expect([signatories, r.ok || r.reason.code]).toEqual([signatories, 'guard']);
    }
    const signed = await rt.send(id, 'director', 'SIGN_CONTRACT', {
      signedOn: '2026-04-20',
      signatories: ['legal-representative', 'director'],
    });
    expect(signed.states).toContain('contractualisation.contract.signed');
  });

  it('a DIPC is signed by the director alone', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ssiad@1.0.0', { stayType: 'permanent' });
    await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    const person = await rt.runtime.send(ctxFor('director'), id, {
      type: 'SIGN_CONTRACT',
      payload: { signedOn: '2026-04-20', signatories: ['person'] },
    });
    expect(person).toMatchObject({ ok: false, reason: { code: 'guard' } });
    const signed = await rt.send(id, 'director', 'SIGN_CONTRACT', {
      signedOn: '2026-04-20',
      signatories: ['director'],
    });
    expect(signed.states).toContain('contractualisation.contract.signed');
  });

  it('a refused signature leads to a DIPC, without firing the handover deadline again', async () => {
    const rt = legalRuntime('2026-04-01T08:00:00Z');
    const id = await enter(rt, 'admission-ehpad@1.0.0', { stayType: 'permanent' });
    rt.clock.set('2026-04-27T08:00:00Z'); // the handover was late: 25 April was the last day
    expect((await rt.runtime.tick()).map((f) => f.deadlineId)).toEqual(['contractHandover']);
    await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    const refused = await rt.send(id, 'director', 'REFUSE_CONTRACT');
    expect(refused.states).toContain('contractualisation.contract.handover');
    const dipc = await rt.send(id, 'director', 'HAND_OVER_CONTRACT', {});
    expect(dipc.snapshot.context).toMatchObject({
      contract: { documentType: 'dipc', signatureRefused: true },
    });
    expect(await rt.runtime.tick()).toEqual([]);
    // The person refused the contract: a DIPC has no withdrawal period (L311-4-1 II concerns the contract).
    expect(dipc.states).toContain('contractualisation.withdrawal.closed');
  });
});
