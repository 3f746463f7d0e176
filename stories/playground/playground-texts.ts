/**
 * The playground's strings in French (default) and English. (The playground is a Storybook tool,
 * not a shipped element, so its strings live here rather than in the product catalogues.)
 *
 * @example
 * texts('en').title; // 'Workflow playground'
 */
import type { LogEntry } from './playground-model.js';

const fr = {
  locale: 'fr' as 'fr' | 'en',
  title: 'Terrain d’essai des workflows',
  definition: 'Définition',
  pasted: '— Texte collé —',
  json: 'JSON de la définition ou de la variante (modifiable)',
  valid: 'Définition valide :',
  variantOf: 'variante de',
  problems: 'problème(s) : corrigez-les pour voir le diagramme et simuler',
  diagram: 'Diagramme',
  simulation: 'Simulation (horloge simulée)',
  now: 'Date simulée :',
  durations: { P1D: '1 jour', P7D: '7 jours', P1M: '1 mois' } as Record<string, string>,
  customDuration: 'Durée ISO 8601',
  advance: 'Avancer l’horloge',
  restart: 'Recommencer',
  state: 'État courant :',
  done: 'terminé',
  role: 'Agir en tant que (rôle)',
  payload: 'Données de l’événement (JSON)',
  events: 'Événements',
  noEvent: 'Aucun événement possible dans cet état.',
  deadlines: 'Échéances',
  noDeadline: 'Aucune échéance armée dans cet état.',
  deadline: 'Échéance',
  due: 'Due le',
  status: 'Statut',
  fired: 'échue',
  pending: 'en attente',
  log: 'Journal',
  data: 'Données de l’instance',
  payloadInvalid: 'Données de l’événement : JSON invalide.',
  durationInvalid: 'Durée ISO 8601 invalide :',
  entry: (l: LogEntry): string => {
    switch (l.kind) {
      case 'start':
        return `Instance démarrée : ${l.states}`;
      case 'event':
        return `${l.event} (${l.role}) → ${l.states}`;
      case 'refused':
        return `${l.event} refusé (${l.role}) : ${l.reason}`;
      case 'clock':
        return `Horloge avancée de ${l.duration}`;
      case 'reminder':
        return `Rappel avant l’échéance ${l.deadline}`;
      case 'deadline':
        return `Échéance ${l.deadline} : ${l.event}${l.handled === false ? ' (aucun état ne réagit : reste en retard)' : ''}`;
    }
  },
};

/** The strings of one locale. */
export type Texts = typeof fr;

const en: Texts = {
  ...fr,
  locale: 'en',
  title: 'Workflow playground',
  definition: 'Definition',
  pasted: '— Pasted text —',
  json: 'JSON of the definition or variant (editable)',
  valid: 'Valid definition:',
  variantOf: 'variant of',
  problems: 'problem(s): fix them to see the diagram and simulate',
  diagram: 'Diagram',
  simulation: 'Simulation (simulated clock)',
  now: 'Simulated date:',
  durations: { P1D: '1 day', P7D: '7 days', P1M: '1 month' },
  customDuration: 'ISO 8601 duration',
  advance: 'Move the clock',
  restart: 'Start again',
  state: 'Current state:',
  done: 'finished',
  role: 'Act as (role)',
  payload: 'Event data (JSON)',
  events: 'Events',
  noEvent: 'No event is possible in this state.',
  deadlines: 'Deadlines',
  noDeadline: 'No deadline armed in this state.',
  deadline: 'Deadline',
  due: 'Due on',
  status: 'Status',
  fired: 'fallen due',
  pending: 'pending',
  log: 'Log',
  data: 'Instance data',
  payloadInvalid: 'Event data: invalid JSON.',
  durationInvalid: 'Invalid ISO 8601 duration:',
  entry: (l) => {
    switch (l.kind) {
      case 'start':
        return `Instance started: ${l.states}`;
      case 'event':
        return `${l.event} (${l.role}) → ${l.states}`;
      case 'refused':
        return `${l.event} refused (${l.role}): ${l.reason}`;
      case 'clock':
        return `Clock moved by ${l.duration}`;
      case 'reminder':
        return `Reminder before deadline ${l.deadline}`;
      case 'deadline':
        return `Deadline ${l.deadline}: ${l.event}${l.handled === false ? ' (no state reacts: stays overdue)' : ''}`;
    }
  },
};

/** The strings for a locale tag; French unless it starts with `en`. */
export function texts(tag: string | null | undefined): Texts {
  return tag?.toLowerCase().startsWith('en') ? en : fr;
}
