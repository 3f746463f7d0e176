/**
 * Strings of the support-plan agreement in `<dui-support-plan>` (CASF L311-3 3°): who agreed,
 * when, how, under which mandate, or the disagreement.
 */
import type { MessageCatalogue } from '@duikit/core';

export const agreement: MessageCatalogue = {
  fr: {
    'plan.agreement.on': 'Date de l’accord ou du désaccord',
    'plan.agreement.method': 'Forme de l’accord',
    'plan.agreement.method.signature': 'Signature de l’avenant',
    'plan.agreement.method.oral-witnessed': 'Accord oral devant témoin',
    'plan.agreement.witness': 'Témoin',
    'plan.agreement.witnessName': 'Nom du témoin',
    'plan.agreement.witnessRole': 'Qualité du témoin',
    'plan.agreement.representative': 'Représentant légal',
    'plan.agreement.representativeName': 'Nom du représentant',
    'plan.agreement.mandate': 'Fondement du mandat',
    'plan.agreement.mandate.parentalAuthority': 'Autorité parentale (mineur)',
    'plan.agreement.mandate.tutelle': 'Tutelle',
    'plan.agreement.mandate.habilitationFamiliale': 'Habilitation familiale avec représentation',
    'plan.agreement.mandate.mandatProtectionFuture': 'Mandat de protection future',
    'plan.agreement.reference': 'Référence (jugement, mandat)',
    'plan.agreement.opinionRequired': 'Avis exprimé (obligatoire en cas de désaccord)',
    'plan.agreement.hint':
      'Seul l’accord de la personne, ou de son représentant légal, rend le projet accepté ; la signature de la structure ne le remplace pas.',
    'plan.agreement.structureHint':
      'La structure signe le projet ; l’accord de la personne reste nécessaire.',
    'plan.agreement.by': 'par {name}',
    'plan.agreement.via': '({method})',
    'plan.agreement.witnessed': 'témoin : {name}',
    'plan.agreement.for': '{name}, {mandate}',
    'plan.agreement.recorded': 'Avis enregistré.',
  },
  en: {
    'plan.agreement.on': 'Date of the agreement or disagreement',
    'plan.agreement.method': 'How it was given',
    'plan.agreement.method.signature': 'Signature of the amendment',
    'plan.agreement.method.oral-witnessed': 'Oral agreement before a witness',
    'plan.agreement.witness': 'Witness',
    'plan.agreement.witnessName': 'Witness’s name',
    'plan.agreement.witnessRole': 'Witness’s capacity',
    'plan.agreement.representative': 'Legal representative',
    'plan.agreement.representativeName': 'Representative’s name',
    'plan.agreement.mandate': 'Basis of the mandate',
    'plan.agreement.mandate.parentalAuthority': 'Parental authority (minor)',
    'plan.agreement.mandate.tutelle': 'Guardianship (tutelle)',
    'plan.agreement.mandate.habilitationFamiliale': 'Family authorisation with representation',
    'plan.agreement.mandate.mandatProtectionFuture': 'Lasting power of attorney',
    'plan.agreement.reference': 'Reference (judgment, mandate)',
    'plan.agreement.opinionRequired': 'Opinion expressed (required for a disagreement)',
    'plan.agreement.hint':
      'Only the agreement of the person, or of their legal representative, makes the plan agreed; the establishment’s signature does not replace it.',
    'plan.agreement.structureHint':
      'The establishment signs the plan; the person’s agreement is still needed.',
    'plan.agreement.by': 'by {name}',
    'plan.agreement.via': '({method})',
    'plan.agreement.witnessed': 'witness: {name}',
    'plan.agreement.for': '{name}, {mandate}',
    'plan.agreement.recorded': 'Opinion recorded.',
  },
};
