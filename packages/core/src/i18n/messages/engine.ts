import type { MessageCatalogue } from '../index.js';

/** Strings of the engine: refusals, identity vigilance, exports, categories and parts. */
export const engine: MessageCatalogue = {
  fr: {
    'engine.error.notFound': 'Dossier usager introuvable : {id}.',
    'engine.error.forbidden':
      'Votre fonction ({role}) ne permet pas l’action « {action} » sur les données de catégorie « {category} ».',
    'engine.error.notInCareTeam':
      'Vous ne faites pas partie de l’équipe qui accompagne cette personne : accès refusé.',
    'engine.error.objection':
      'La personne s’est opposée au partage des données de catégorie « {category} » avec votre fonction.',
    'engine.error.restricted':
      'Le traitement des données de catégorie « {category} » est limité à la demande de la personne.',
    'engine.error.archived':
      'Ce dossier est en archive intermédiaire : consultation réservée, aucune modification possible.',
    'engine.error.conflict':
      'Le dossier a été modifié entre-temps (version {actual}, vous aviez la version {expected}). Rechargez-le puis refaites la modification.',
    'engine.error.invalid': 'Le dossier n’est pas valide : {count} problème(s). Rien n’a été enregistré.',
    'engine.error.unknownPointer': 'Emplacement inconnu dans le dossier : {path}.',
    'engine.error.itemNotFound': 'Élément introuvable : {itemId} dans {part}.',
    'engine.error.breakGlassRole':
      'Votre fonction ({role}) ne permet pas l’accès exceptionnel (bris de glace).',
    'engine.error.tooManyChanges': 'Une rectification porte sur au plus {max} modifications.',
    'engine.error.breakGlassReason':
      'Un accès exceptionnel exige un motif écrit en toutes lettres, d’au moins {min} caractères visibles.',
    'engine.error.breakGlassNotNeeded':
      'Vous avez déjà accès à ce dossier : l’accès exceptionnel n’est pas nécessaire.',
    'engine.error.governance': 'Votre fonction ({role}) ne permet pas cette opération ({operation}).',
    'engine.error.litigationHold':
      'Un gel pour contentieux suspend la conservation de ce dossier : {reason}.',
    'engine.error.notClosed': 'L’accompagnement n’est pas terminé : aucune étape de conservation n’est due.',
    'engine.error.emptyCategories': 'Indiquez au moins une catégorie de données.',
    'engine.error.reasonRequired': 'Un motif est obligatoire.',
    'engine.error.unknownProfessional':
      'Aucun professionnel « {id} » n’exerce dans l’établissement de ce dossier : choisissez-en un dans la liste.',
    'engine.error.draftConflict':
      'Ce brouillon a été enregistré entre-temps (version {actual}, vous aviez la version {expected}) : rechargez la page avant de l’enregistrer.',
    'engine.identity.traitMissing':
      'L’INS ne peut être enregistré sans ses cinq traits : il manque « {trait} ».',
    'engine.identity.matriculeMissing': 'L’OID de l’INS est renseigné sans matricule.',
    'engine.identity.oidMissing': 'Le matricule INS est renseigné sans son OID.',
    'engine.identity.statusMissing':
      'L’INS ne peut être enregistré sans statut d’identité (PROV, VALI, RECUP ou QUAL).',
    'engine.identity.testOid': 'L’OID {oid} est réservé aux tests et démonstrations : refusé en production.',
    'engine.identity.recupNeedsInsi': 'Le statut « récupérée » exige l’appel au téléservice INSi.',
    'engine.identity.valiNeedsDocument':
      'Le statut « validée » exige le contrôle d’une pièce d’identité à haut niveau de confiance.',
    'engine.identity.qualNeedsIns': 'Le statut « qualifiée » exige le matricule INS et son OID.',
    'engine.identity.qualNeedsInsi':
      'Le statut « qualifiée » exige la récupération de l’identité par le téléservice INSi.',
    'engine.identity.qualNeedsDocument':
      'Le statut « qualifiée » exige le contrôle d’une pièce d’identité à haut niveau de confiance.',
    'engine.category.administrative': 'administrative',
    'engine.category.social': 'sociale',
    'engine.category.financial': 'financière',
    'engine.category.health': 'santé',
    'engine.category.psychological': 'psychologique',
    'engine.category.support-plan': 'projet personnalisé',
    'engine.category.documents': 'documents',
    'engine.action.read': 'consulter',
    'engine.action.write': 'modifier',
    'engine.action.sign': 'signer',
    'engine.action.export': 'exporter',
    'engine.export.title': 'Dossier usager',
    'engine.export.generated': 'Document produit le {date} à la demande de : {role}.',
    'engine.export.restricted':
      'Informations non communiquées ({count}) : elles relèvent de catégories que ce document ne couvre pas.',
    'engine.export.version': 'Version du dossier : {version}',
    'engine.part.person': 'Identité',
    'engine.part.rights': 'Droits et ressources',
    'engine.part.stays': 'Séjours',
    'engine.part.assessments': 'Évaluations',
    'engine.part.supportPlans': 'Projets personnalisés',
    'engine.part.coordination': 'Coordination',
    'engine.part.health': 'Santé',
    'engine.part.documents': 'Documents',
    'engine.part.notes': 'Notes',
  },
  en: {
    'engine.error.notFound': 'User file not found: {id}.',
    'engine.error.forbidden': 'Your role ({role}) does not allow “{action}” on {category} data.',
    'engine.error.notInCareTeam': 'You are not in the team supporting this person: access refused.',
    'engine.error.objection': 'The person has objected to sharing {category} data with your role.',
    'engine.error.restricted': 'Processing of {category} data is restricted at the person’s request.',
    'engine.error.archived':
      'This file is in intermediate archive: reading is restricted and nothing can be changed.',
    'engine.error.conflict':
      'The file changed in the meantime (version {actual}, you had version {expected}). Reload it and make the change again.',
    'engine.error.invalid': 'The file is not valid: {count} problem(s). Nothing was saved.',
    'engine.error.unknownPointer': 'Unknown place in the file: {path}.',
    'engine.error.itemNotFound': 'Item not found: {itemId} in {part}.',
    'engine.error.breakGlassRole': 'Your role ({role}) does not allow exceptional (break-the-glass) access.',
    'engine.error.tooManyChanges': 'A rectification carries at most {max} changes.',
    'engine.error.breakGlassReason':
      'Exceptional access needs a reason written in words, of at least {min} visible characters.',
    'engine.error.breakGlassNotNeeded':
      'You already have access to this file: exceptional access is not needed.',
    'engine.error.governance': 'Your role ({role}) does not allow this operation ({operation}).',
    'engine.error.litigationHold': 'A litigation hold suspends retention of this file: {reason}.',
    'engine.error.notClosed': 'Support has not ended: no retention step is due.',
    'engine.error.emptyCategories': 'Name at least one data category.',
    'engine.error.reasonRequired': 'A reason is required.',
    'engine.error.unknownProfessional':
      'No professional “{id}” works in this file’s establishment: pick one from the list.',
    'engine.error.draftConflict':
      'This draft was saved meanwhile (version {actual}, you had version {expected}): reload the page before saving it.',
    'engine.identity.traitMissing':
      'The INS cannot be recorded without its five traits: “{trait}” is missing.',
    'engine.identity.matriculeMissing': 'The INS OID is given without a number.',
    'engine.identity.oidMissing': 'The INS number is given without its OID.',
    'engine.identity.statusMissing':
      'The INS cannot be recorded without an identity status (PROV, VALI, RECUP or QUAL).',
    'engine.identity.testOid': 'OID {oid} is for tests and demonstrations only: refused in production.',
    'engine.identity.recupNeedsInsi': 'The “retrieved” status needs a call to the INSi teleservice.',
    'engine.identity.valiNeedsDocument': 'The “validated” status needs a high-trust identity document check.',
    'engine.identity.qualNeedsIns': 'The “qualified” status needs the INS number and its OID.',
    'engine.identity.qualNeedsInsi':
      'The “qualified” status needs the identity retrieved from the INSi teleservice.',
    'engine.identity.qualNeedsDocument': 'The “qualified” status needs a high-trust identity document check.',
    'engine.category.administrative': 'administrative',
    'engine.category.social': 'social',
    'engine.category.financial': 'financial',
    'engine.category.health': 'health',
    'engine.category.psychological': 'psychological',
    'engine.category.support-plan': 'support plan',
    'engine.category.documents': 'documents',
    'engine.action.read': 'read',
    'engine.action.write': 'write',
    'engine.action.sign': 'sign',
    'engine.action.export': 'export',
    'engine.export.title': 'User file',
    'engine.export.generated': 'Produced on {date} at the request of: {role}.',
    'engine.export.restricted':
      'Information not included ({count}): it belongs to categories this document does not cover.',
    'engine.export.version': 'File version: {version}',
    'engine.part.person': 'Identity',
    'engine.part.rights': 'Rights and resources',
    'engine.part.stays': 'Stays',
    'engine.part.assessments': 'Assessments',
    'engine.part.supportPlans': 'Support plans',
    'engine.part.coordination': 'Coordination',
    'engine.part.health': 'Health',
    'engine.part.documents': 'Documents',
    'engine.part.notes': 'Notes',
  },
};
