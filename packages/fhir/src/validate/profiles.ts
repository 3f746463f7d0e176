/**
 * The TDDUI profiles DUI Kit emits, as constraint data (one JSON file per profile).
 */
import bundle from '../data/profiles/tddui-bundle.json';
import carePlan from '../data/profiles/tddui-careplan-projet-personnalise.json';
import consentAccord from '../data/profiles/tddui-consent-accord.json';
import documentReference from '../data/profiles/tddui-document-reference.json';
import evenement from '../data/profiles/tddui-encounter-evenement.json';
import sejour from '../data/profiles/tddui-encounter-sejour.json';
import goalAttente from '../data/profiles/tddui-goal-attente.json';
import goalObjectif from '../data/profiles/tddui-goal-objectif.json';
import organization from '../data/profiles/tddui-organization.json';
import patientIns from '../data/profiles/tddui-patient-ins.json';
import patient from '../data/profiles/tddui-patient.json';
import practitionerRole from '../data/profiles/tddui-practitioner-role.json';
import practitioner from '../data/profiles/tddui-practitioner.json';
import questionnaireResponse from '../data/profiles/tddui-questionnaire-response.json';
import relatedPerson from '../data/profiles/tddui-related-person-contact.json';
import serviceRequest from '../data/profiles/tddui-service-request-besoin.json';
import type { ProfileRules } from './rules.js';

/** Canonical URL prefix of the TDDUI StructureDefinitions. */
export const TDDUI_SD = 'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/';

/** Every profile with its constraints, by id (`tddui-patient-ins`). */
export const TDDUI_PROFILES: Readonly<Record<string, ProfileRules>> = Object.fromEntries(
  [
    bundle,
    patient,
    patientIns,
    organization,
    sejour,
    evenement,
    practitioner,
    practitionerRole,
    relatedPerson,
    questionnaireResponse,
    carePlan,
    goalAttente,
    goalObjectif,
    serviceRequest,
    consentAccord,
    documentReference,
  ].map((p) => [p.id, p as unknown as ProfileRules]),
);

/** The canonical URL of a profile id. @example profileUrl('tddui-patient') */
export const profileUrl = (id: string): string => `${TDDUI_SD}${id}`;

/** The profile id of a canonical URL we know, else undefined. */
export function profileIdOf(url: string): string | undefined {
  const id = url.startsWith(TDDUI_SD) ? url.slice(TDDUI_SD.length).split('|')[0] : undefined;
  return id && TDDUI_PROFILES[id] ? id : undefined;
}
