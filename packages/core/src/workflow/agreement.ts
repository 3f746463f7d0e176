/**
 * The agreement on a support plan (CASF L311-3 3°, D311): whose it is (the person, or their
 * legal representative with the mandate that allows it), when and how it was given (signature,
 * oral agreement before a witness), or the disagreement with the opinion expressed. The
 * establishment's own signature is recorded too, but never stands for the person's agreement:
 * a plan is agreed only when the person's side agrees.
 */
import type { Actor } from '../actor.js';
import type { SupportPlanAgreementInput } from '../generated/types.js';
import { mandateHolds } from './legal-guards.js';

/** The bases on which a legal representative consents for the person. */
export type RepresentationMandate = NonNullable<SupportPlanAgreementInput['representative']>['mandate'];

/**
 * An agreement or disagreement as the screens record it: the contract's
 * `SupportPlanAgreementInput` (schemas/api/support-plan-view.schema.json), its one declaration.
 */
export type PlanAgreementInput = SupportPlanAgreementInput;

/** A refusal: the i18n key and the JSON Pointer of the field at fault. */
export interface AgreementProblem {
  key: string;
  path: string;
}

const MANDATES: readonly string[] = [
  'parentalAuthority',
  'tutelle',
  'habilitationFamiliale',
  'mandatProtectionFuture',
];

/**
 * Checks an agreement against the rules of law and the user file; `undefined` when it holds.
 *
 * @example
 * agreementProblem({ party: 'person', agreed: true }, { role: 'director', file, today: '2026-06-15' });
 * // { key: 'law.agreement.methodRequired', path: '/method' }
 */
export function agreementProblem(
  a: PlanAgreementInput,
  o: { role: string; file: unknown; today: string },
): AgreementProblem | undefined {
  const on = a.on ?? o.today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || on > o.today) return { key: 'law.agreement.date', path: '/on' };
  if (o.role === 'person' && a.party !== 'person') return { key: 'law.agreement.partyRole', path: '/party' };
  if (o.role === 'legal-representative' && a.party !== 'legalRepresentative')
    return { key: 'law.agreement.partyRole', path: '/party' };
  if (!a.agreed && !a.opinion?.trim()) return { key: 'law.agreement.opinionRequired', path: '/opinion' };
  if (a.party === 'structure') return undefined;
  if (a.party === 'legalRepresentative') {
    const r = a.representative;
    if (!r?.name?.trim()) return { key: 'law.agreement.representativeName', path: '/representative/name' };
    if (!MANDATES.includes(r.mandate) || !mandateHolds(o.file, r.mandate, on))
      return { key: 'law.agreement.mandate', path: '/representative/mandate' };
  }
  if (a.agreed) {
    if (a.method !== 'signature' && a.method !== 'oral-witnessed')
      return { key: 'law.agreement.methodRequired', path: '/method' };
    if (a.method === 'oral-witnessed' && !a.witness?.name?.trim())
      return { key: 'law.agreement.witnessRequired', path: '/witness/name' };
  }
  return undefined;
}

/**
 * The stored agreement (`schemas/support-plan.schema.json#/$defs/agreement`).
 *
 * @example
 * storedAgreement(input, actor, '2026-06-15');
 */
export function storedAgreement(a: PlanAgreementInput, actor: Actor, today: string): Record<string, unknown> {
  return {
    party: a.party === 'structure' ? 'establishment' : a.party,
    decision: a.agreed ? 'agrees' : 'refuses',
    at: a.on ?? today,
    by: {
      id: actor.professionalId,
      kind:
        actor.role === 'person'
          ? 'person'
          : actor.role === 'legal-representative'
            ? 'legalRepresentative'
            : 'professional',
      ...(actor.name ? { name: actor.name } : {}),
    },
    ...(a.agreed && a.party !== 'structure' && a.method ? { method: a.method } : {}),
    ...(a.agreed && a.method === 'oral-witnessed' && a.witness ? { witness: a.witness } : {}),
    ...(a.party === 'legalRepresentative' && a.representative ? { representative: a.representative } : {}),
    ...(a.opinion?.trim() ? { comment: a.opinion.trim() } : {}),
  };
}

/**
 * The plan's status after its agreements: the person's side decides (its latest decision);
 * the establishment's signature alone changes nothing.
 *
 * @example
 * statusAfter([{ party: 'establishment', decision: 'agrees' }]); // undefined
 */
export function statusAfter(agreements: Record<string, unknown>[]): 'agreed' | 'disagreed' | undefined {
  const own = agreements.filter((x) => x.party === 'person' || x.party === 'legalRepresentative').at(-1);
  if (!own) return undefined;
  return own.decision === 'refuses' ? 'disagreed' : 'agreed';
}

/**
 * The support-plan workflow event that carries the same agreement (`AGREE` or `DISAGREE`), or
 * `undefined` for the establishment's signature.
 *
 * @example
 * workflowEvent({ party: 'person', agreed: true, method: 'signature' }, '2026-06-15');
 */
export function workflowEvent(
  a: PlanAgreementInput,
  today: string,
): { type: 'AGREE' | 'DISAGREE'; payload: Record<string, unknown> } | undefined {
  if (a.party === 'structure') return undefined;
  const common = {
    party: a.party,
    on: a.on ?? today,
    ...(a.representative
      ? {
          representativeName: a.representative.name,
          mandate: {
            kind: a.representative.mandate,
            ...(a.representative.reference ? { reference: a.representative.reference } : {}),
          },
        }
      : {}),
  };
  if (!a.agreed) return { type: 'DISAGREE', payload: { ...common, opinion: a.opinion?.trim() ?? '' } };
  return {
    type: 'AGREE',
    payload: {
      ...common,
      method: a.method,
      ...(a.witness ? { witness: a.witness } : {}),
      ...(a.opinion?.trim() ? { comment: a.opinion.trim() } : {}),
    },
  };
}
