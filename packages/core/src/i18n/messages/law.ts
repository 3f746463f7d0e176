import type { MessageCatalogue } from '../index.js';

/**
 * Strings of the rules of law the engine enforces: support-plan agreement (CASF L311-3 3°),
 * identity vigilance (RNIV), the person's rights (GDPR) and retention.
 */
export const law: MessageCatalogue = {
  fr: {
    'law.agreement.date': 'La date de l’accord doit être une date passée ou d’aujourd’hui (AAAA-MM-JJ).',
    'law.agreement.partyRole':
      'Chacun n’exprime que son propre accord : la personne pour elle-même, le représentant légal pour son mandat.',
    'law.agreement.opinionRequired': 'Un désaccord s’enregistre avec l’avis exprimé.',
    'law.agreement.representativeName': 'Indiquez le nom du représentant légal.',
    'law.agreement.mandate':
      'Le représentant légal ne consent pour la personne que sous l’autorité parentale d’un mineur ou une mesure de protection avec représentation relative à la personne inscrite au dossier (CASF L311-3 3°).',
    'law.agreement.methodRequired':
      'Précisez comment l’accord a été donné : signature, ou accord oral devant témoin.',
    'law.agreement.witnessRequired': 'Un accord oral s’enregistre avec le nom du témoin.',
    'law.agreement.planNotFound': 'Version {version} du projet personnalisé introuvable.',
    'law.agreement.workflowRefused': 'Le processus du projet personnalisé refuse cet accord : {reason}',
    'law.aggir.rules': 'Règles de combinaison AGGIR invalides : {reason}.',
    'law.aggir.itemMissing': 'L’item AGGIR « {item} » n’est pas coté.',
    'law.aggir.girMismatch': 'Le GIR envoyé ({sent}) ne correspond pas aux cotations (GIR {computed}).',
    'law.aggir.workflowRefused': 'Le processus d’évaluation refuse la grille : {reason}',
    'law.identity.nir.sex':
      'Le matricule ne correspond pas au sexe : son premier chiffre est 1, 3 ou 7 pour un homme, 2, 4 ou 8 pour une femme.',
    'law.identity.nir.birthYear':
      'Le matricule ne correspond pas à l’année de naissance : ses 2e et 3e chiffres sont les deux derniers de l’année.',
    'law.identity.nir.birthMonth':
      'Le matricule ne correspond pas au mois de naissance : ses 4e et 5e chiffres sont le mois.',
    'law.identity.unknownContext':
      'Contexte de vigilance « {context} » inconnu : aucune liste de pièces d’identité n’est configurée pour lui.',
    'law.rights.kind':
      'Demande « {kind} » inconnue : accès, rectification, effacement, limitation, portabilité ou opposition.',
    'law.rights.receivedOn': 'La date de réception doit être une date passée ou d’aujourd’hui (AAAA-MM-JJ).',
    'law.rights.notFound': 'Demande {id} introuvable dans le registre.',
    'law.rights.noExtension':
      'La prolongation de deux mois se décide une fois, dans le premier mois (avant le {dueOn}), sur une demande encore ouverte (RGPD art. 12.3).',
    'law.rights.notOpenErasure': 'La demande {id} n’est pas une demande d’effacement ouverte.',
  },
  en: {
    'law.agreement.date': 'The agreement date must be today or in the past (YYYY-MM-DD).',
    'law.agreement.partyRole':
      'Each one expresses their own agreement only: the person for themselves, the legal representative under their mandate.',
    'law.agreement.opinionRequired': 'A disagreement is recorded with the opinion expressed.',
    'law.agreement.representativeName': 'Give the legal representative’s name.',
    'law.agreement.mandate':
      'A legal representative consents for the person only under parental authority over a minor or a protection measure with representation relating to the person recorded in the file (CASF L311-3 3°).',
    'law.agreement.methodRequired':
      'Say how the agreement was given: signature, or oral agreement before a witness.',
    'law.agreement.witnessRequired': 'An oral agreement is recorded with the witness’s name.',
    'law.agreement.planNotFound': 'Support plan version {version} not found.',
    'law.agreement.workflowRefused': 'The support plan workflow refuses this agreement: {reason}',
    'law.aggir.rules': 'Invalid AGGIR combination rules: {reason}.',
    'law.aggir.itemMissing': 'AGGIR item “{item}” is not rated.',
    'law.aggir.girMismatch': 'The GIR sent ({sent}) does not match the ratings (GIR {computed}).',
    'law.aggir.workflowRefused': 'The assessment workflow refuses the grid: {reason}',
    'law.identity.nir.sex':
      'The number does not match the sex: its first digit is 1, 3 or 7 for a man, 2, 4 or 8 for a woman.',
    'law.identity.nir.birthYear':
      'The number does not match the birth year: its 2nd and 3rd digits are the last two of the year.',
    'law.identity.nir.birthMonth':
      'The number does not match the birth month: its 4th and 5th digits are the month.',
    'law.identity.unknownContext':
      'Unknown vigilance context “{context}”: no list of identity documents is configured for it.',
    'law.rights.kind':
      'Unknown request “{kind}”: access, rectification, erasure, restriction, portability or objection.',
    'law.rights.receivedOn': 'The date received must be today or in the past (YYYY-MM-DD).',
    'law.rights.notFound': 'Request {id} is not in the register.',
    'law.rights.noExtension':
      'The two-month extension is decided once, within the first month (before {dueOn}), on a request still open (GDPR art. 12(3)).',
    'law.rights.notOpenErasure': 'Request {id} is not an open erasure request.',
  },
};
