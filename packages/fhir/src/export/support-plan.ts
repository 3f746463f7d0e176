/**
 * The support plan (projet personnalisé) as `tddui-careplan-projet-personnalise`, with its
 * expectations (`tddui-goal-attente`), needs (`tddui-service-request-besoin`, SERAFIN-PH J285),
 * objectives (`tddui-goal-objectif`) and the agreements (`tddui-consent-accord`).
 */
import { terminologyLabel, type PlanAgreement, type SupportPlanRecord } from '@duikit/core';
import { IDENTIFIER_SYSTEMS, businessId, identifier } from '../tddui/identifiers.js';
import { DISCRIMINATOR_CS, SD, SERAFIN, TDDUI_BASE } from '../tddui/urls.js';
import { clean, type BundleBuilder } from './context.js';
import { addProfessional } from './organization.js';

const PLAN_STATUS: Record<SupportPlanRecord['status'], string> = {
  draft: 'draft',
  inPreparation: 'draft',
  proposed: 'draft',
  agreed: 'active',
  active: 'active',
  underReview: 'on-hold',
  closed: 'completed',
  superseded: 'revoked',
};

const GOAL_STATUS = {
  planned: 'planned',
  inProgress: 'active',
  achieved: 'completed',
  partlyAchieved: 'completed',
  notAchieved: 'completed',
  abandoned: 'cancelled',
} as const;

const OPINION = {
  agrees: 'D’accord',
  partlyAgrees: 'Partiellement d’accord',
  disagrees: 'Pas d’accord',
  unableToExpress: 'Ne peut pas s’exprimer',
};
const ORIGIN = {
  person: 'Usager',
  family: 'Famille',
  entourage: 'Entourage',
  legalRepresentative: 'Représentant légal',
  professional: 'Professionnel',
} as Record<string, string>;

const discriminated = (code: string) => ({
  url: `${SD}tddui-discriminator`,
  valueCodeableConcept: { coding: [{ system: DISCRIMINATOR_CS, code }] },
});
const note = (code: string, text: string | undefined) => text && { extension: [discriminated(code)], text };
const serafin = (code: string) => ({
  system: SERAFIN,
  code,
  display: terminologyLabel('serafinPh', code, 'fr'),
});

/** Adds the agreement; `accordStructure` for the establishment, `accordUsager` otherwise. */
function addAgreement(b: BundleBuilder, plan: SupportPlanRecord, a: PlanAgreement, i: number) {
  const performer =
    a.party === 'establishment'
      ? b.ref('organization')
      : (addProfessional(b, a.by)?.role ?? b.ref('patient'));
  const url = b.add(
    `agreement:${plan.id}:${i}`,
    clean({
      resourceType: 'Consent',
      status: a.decision === 'refuses' ? 'rejected' : 'active',
      scope: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }],
      },
      category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
      patient: b.ref('patient'),
      dateTime: a.at,
      performer: [performer],
      policyRule: { text: 'Projet personnalisé (CASF L311-3, D311)' },
      provision: { type: a.decision === 'refuses' ? 'deny' : 'permit' },
    }),
    'tddui-consent-accord',
  );
  return {
    extension: [discriminated(a.party === 'establishment' ? 'accordStructure' : 'accordUsager')],
    reference: url,
  };
}

/**
 * Adds each support plan the guide can carry: one the establishment agreed to (the profile needs
 * the structure's agreement); the others are listed.
 *
 * @example
 * addSupportPlans(b, 'U-0042', file.supportPlans ?? []);
 */
export function addSupportPlans(b: BundleBuilder, personId: string, plans: SupportPlanRecord[]): void {
  const { finess } = b.options;
  plans.forEach((plan, p) => {
    const at = `/supportPlans/${p}`;
    if (!(plan.agreements ?? []).some((a) => a.party === 'establishment')) {
      b.skip(at, 'not-mapped', {
        fr: 'Projet personnalisé sans accord de la structure : le profil TDDUI exige cet accord (supportingInfo[accordStructure] 1..*), il sera transmis une fois accordé.',
        en: 'Support plan without the establishment’s agreement: the TDDUI profile requires it (supportingInfo[accordStructure] 1..*); it is sent once agreed.',
      });
      return;
    }
    const key = `plan:${plan.id}`;
    const supportingInfo = (plan.agreements ?? []).map((a, i) => addAgreement(b, plan, a, i));
    b.add(
      key,
      clean({
        resourceType: 'CarePlan',
        identifier: [identifier('projetPersonnalise', finess, personId, plan.id)],
        status: PLAN_STATUS[plan.status],
        intent: 'plan',
        title: `Projet personnalisé${plan.version ? ` (version ${plan.version})` : ''}`,
        description: plan.lifeProject,
        subject: b.ref('patient'),
        period: plan.period,
        author: addProfessional(b, plan.referent)?.role,
        supportingInfo,
      }),
      'tddui-careplan-projet-personnalise',
    );
    const planRef = { url: `${SD}tddui-careplan-reference`, valueReference: b.ref(key) };
    for (const e of plan.expectations ?? [])
      b.add(
        `expectation:${plan.id}:${e.id}`,
        clean({
          resourceType: 'Goal',
          extension: [planRef],
          identifier: [identifier('attente', finess, personId, e.id)],
          lifecycleStatus: 'accepted',
          description: { text: e.text },
          subject: b.ref('patient'),
          startDate: e.expressedAt,
          note: [note('origineAttente', ORIGIN[e.origin] ?? e.origin)],
        }),
        'tddui-goal-attente',
      );
    for (const n of plan.needs ?? [])
      b.add(
        `need:${plan.id}:${n.id}`,
        clean({
          resourceType: 'ServiceRequest',
          identifier: [
            {
              type: {
                coding: [
                  { system: `${TDDUI_BASE}/CodeSystem/tddui-service-request-identifier`, code: 'BES' },
                ],
              },
              system: IDENTIFIER_SYSTEMS.besoin,
              value: businessId('besoin', finess, personId, n.id),
            },
          ],
          status: 'active',
          intent: 'plan',
          category: [{ coding: [serafin(n.code)] }],
          code: {
            coding: [serafin(n.code)],
            text: n.description ?? terminologyLabel('serafinPh', n.code, 'fr'),
          },
          subject: b.ref('patient'),
          basedOn: [b.ref(key)],
        }),
        'tddui-service-request-besoin',
      );
    for (const o of plan.objectives ?? [])
      b.add(
        `objective:${plan.id}:${o.id}`,
        clean({
          resourceType: 'Goal',
          extension: [planRef],
          identifier: [identifier('objectif', finess, personId, o.id)],
          lifecycleStatus:
            o.status === 'abandoned'
              ? 'cancelled'
              : o.status === 'planned' || !o.status
                ? 'planned'
                : 'active',
          achievementStatus:
            o.status && GOAL_STATUS[o.status] === 'completed'
              ? {
                  coding: [
                    {
                      system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
                      code: o.status === 'achieved' ? 'achieved' : 'not-achieved',
                    },
                  ],
                }
              : undefined,
          priority: o.priority
            ? {
                coding: [
                  {
                    system: 'http://terminology.hl7.org/CodeSystem/goal-priority',
                    code: `${o.priority}-priority`,
                  },
                ],
              }
            : undefined,
          category: o.domain ? [{ coding: [serafin(o.domain)] }] : undefined,
          description: { text: o.description ?? o.title },
          subject: b.ref('patient'),
          startDate: o.startDate,
          target:
            o.targetDate || o.expectedResult
              ? // R4 gol-1: a target detail needs a measure; the expected result is described, not coded.
                [
                  {
                    measure: o.expectedResult ? { text: 'Résultat attendu' } : undefined,
                    dueDate: o.targetDate,
                    detailString: o.expectedResult,
                  },
                ]
              : undefined,
          expressedBy: addProfessional(b, o.referent)?.role,
          addresses: (o.needIds ?? []).map((id) => b.ref(`need:${plan.id}:${id}`)),
          note: [
            note('titreObjectif', o.title),
            note(
              'avisUsagerObjectif',
              o.personOpinion &&
                [OPINION[o.personOpinion.opinion], o.personOpinion.comment].filter(Boolean).join(' : '),
            ),
          ],
        }),
        'tddui-goal-objectif',
      );
    const later = {
      fr: 'Profil TDDUI que DUI Kit ne produit pas encore',
      en: 'TDDUI profile DUI Kit does not produce yet',
    };
    for (const [part, profile] of [
      ['actions', 'TDDUITaskAction'],
      ['services', 'TDDUITaskPrestation'],
      ['reviews', 'TDDUITaskBilan'],
    ] as const)
      if (plan[part] !== undefined)
        b.skip(`${at}/${part}`, 'not-mapped', {
          fr: `${later.fr} (${profile}).`,
          en: `${later.en} (${profile}).`,
        });
  });
}
