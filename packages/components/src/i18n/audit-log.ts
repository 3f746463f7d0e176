/**
 * Strings of `<dui-audit-log>` (fr default, en), with the title of every audit action for the
 * action filter (typed against core's `AuditAction`, so a new action cannot go without words).
 *
 * @example
 * translator('en')('audit.action.break-glass'); // 'Emergency access (break the glass)'
 */
import type { AuditAction, MessageCatalogue } from '@duikit/core';

type Titles = Record<AuditAction, string>;

/** The audit actions, in the filter's order, with their titles. */
export const auditActionTitles: { fr: Titles; en: Titles } = {
  fr: {
    read: 'Consultation',
    list: 'Liste de dossiers',
    create: 'Création',
    write: 'Modification',
    sign: 'Signature',
    workflow: 'Étape de processus',
    draft: 'Brouillon',
    export: 'Export',
    rectify: 'Rectification',
    restrict: 'Limitation',
    object: 'Opposition',
    'break-glass': 'Accès exceptionnel (bris de glace)',
    'care-team': 'Équipe de soins',
    'identity-status': 'Statut de l’identité',
    retention: 'Conservation et archivage',
    'litigation-hold': 'Gel pour contentieux',
    'audit-read': 'Lecture du journal d’audit',
    'audit-prune': 'Purge du journal d’audit',
    'rights-request': 'Demande d’exercice d’un droit',
    erasure: 'Effacement',
  },
  en: {
    read: 'Read',
    list: 'File list',
    create: 'Creation',
    write: 'Change',
    sign: 'Signature',
    workflow: 'Workflow step',
    draft: 'Draft',
    export: 'Export',
    rectify: 'Rectification',
    restrict: 'Restriction',
    object: 'Objection',
    'break-glass': 'Emergency access (break the glass)',
    'care-team': 'Care team',
    'identity-status': 'Identity status',
    retention: 'Retention and archiving',
    'litigation-hold': 'Litigation hold',
    'audit-read': 'Audit trail read',
    'audit-prune': 'Audit trail pruning',
    'rights-request': 'Rights request',
    erasure: 'Erasure',
  },
};

const prefixed = (titles: Titles) =>
  Object.fromEntries(Object.entries(titles).map(([k, v]) => [`audit.action.${k}`, v]));

export const auditLog: MessageCatalogue = {
  fr: {
    ...prefixed(auditActionTitles.fr),
    'audit.title': 'Journal d’audit',
    'audit.filters': 'Filtrer le journal',
    'audit.person': 'Personne accompagnée',
    'audit.professional': 'Professionnel',
    'audit.action': 'Action',
    'audit.from': 'Du',
    'audit.to': 'Au',
    'audit.apply': 'Filtrer',
    'audit.clear': 'Effacer les filtres',
    'audit.all': 'Tous',
    'audit.caption': 'Entrées du journal d’audit, les plus récentes d’abord',
    'audit.when': 'Date',
    'audit.who': 'Qui',
    'audit.what': 'Action',
    'audit.detail': 'Détail',
    'audit.outcome': 'Résultat',
    'audit.success': 'Accordé',
    'audit.refused': 'Refusé',
    'audit.breakGlass': 'Bris de glace',
    'audit.reason': 'Motif : {reason}',
    'audit.categories': 'Données : {categories}',
    'audit.count': '{count} entrée(s) affichée(s)',
    'audit.more': 'Afficher les entrées plus anciennes',
    'audit.end': 'Début du journal atteint.',
    'audit.empty': 'Aucune entrée ne correspond à ces filtres.',
    'audit.badRange': 'La date de début doit précéder la date de fin.',
  },
  en: {
    ...prefixed(auditActionTitles.en),
    'audit.title': 'Audit trail',
    'audit.filters': 'Filter the trail',
    'audit.person': 'Person supported',
    'audit.professional': 'Professional',
    'audit.action': 'Action',
    'audit.from': 'From',
    'audit.to': 'To',
    'audit.apply': 'Filter',
    'audit.clear': 'Clear the filters',
    'audit.all': 'All',
    'audit.caption': 'Audit trail entries, newest first',
    'audit.when': 'Date',
    'audit.who': 'Who',
    'audit.what': 'Action',
    'audit.detail': 'Detail',
    'audit.outcome': 'Outcome',
    'audit.success': 'Granted',
    'audit.refused': 'Refused',
    'audit.breakGlass': 'Break the glass',
    'audit.reason': 'Reason: {reason}',
    'audit.categories': 'Data: {categories}',
    'audit.count': '{count} entry(ies) shown',
    'audit.more': 'Show older entries',
    'audit.end': 'Start of the trail reached.',
    'audit.empty': 'No entry matches these filters.',
    'audit.badRange': 'The start date must come before the end date.',
  },
};
