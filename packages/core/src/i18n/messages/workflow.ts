import type { MessageCatalogue } from '../index.js';

/** Workflow runtime refusals (the `duikit` command line has its own catalogue in `@duikit/cli`). */
export const workflow: MessageCatalogue = {
  fr: {
    'workflow.refusal.unknown-instance': 'Aucune instance de workflow « {instance} ».',
    'workflow.refusal.unknown-definition': 'Aucun workflow « {definition} » n’est enregistré.',
    'workflow.refusal.unknown-event': '« {event} » n’est pas un événement de {definition}.',
    'workflow.refusal.finished': 'Le workflow est terminé ({outcome}).',
    'workflow.refusal.system-event': '« {event} » est envoyé par le moteur quand une échéance arrive.',
    'workflow.refusal.wrong-state': '« {event} » ne peut pas être envoyé à l’étape actuelle ({states}).',
    'workflow.refusal.role':
      'Le rôle « {role} » ne peut pas envoyer « {event} » (rôles autorisés : {allowed}).',
    'workflow.refusal.no-form': 'Aucun formulaire pour valider « {event} » ({form}).',
    'workflow.refusal.invalid-payload': 'Les données de « {event} » ne sont pas valides.',
    'workflow.refusal.guard':
      '« {event} » n’est pas possible maintenant : ses conditions ne sont pas remplies.',
    'workflow.refusal.guard-described': '« {event} » n’est pas possible maintenant : {conditions}.',
    'workflow.refusal.error': '« {event} » n’a pas pu être évalué : {error}',
    'workflow.refusal.conflict': 'Le workflow a changé entre-temps : rechargez-le et recommencez.',
    'workflow.refusal.unrestorable': 'L’instance {instance} ne peut pas être restaurée : {error}',
  },
  en: {
    'workflow.refusal.unknown-instance': 'No workflow instance "{instance}".',
    'workflow.refusal.unknown-definition': 'No workflow "{definition}" is registered.',
    'workflow.refusal.unknown-event': '"{event}" is not an event of {definition}.',
    'workflow.refusal.finished': 'The workflow is finished ({outcome}).',
    'workflow.refusal.system-event': '"{event}" is sent by the engine when a deadline falls due.',
    'workflow.refusal.wrong-state': '"{event}" cannot be sent at the current step ({states}).',
    'workflow.refusal.role': 'The role "{role}" may not send "{event}" (allowed roles: {allowed}).',
    'workflow.refusal.no-form': 'No form to validate "{event}" against ({form}).',
    'workflow.refusal.invalid-payload': 'The data of "{event}" is not valid.',
    'workflow.refusal.guard': '"{event}" is not possible now: its conditions are not met.',
    'workflow.refusal.guard-described': '"{event}" is not possible now: {conditions}.',
    'workflow.refusal.error': '"{event}" could not be evaluated: {error}',
    'workflow.refusal.conflict': 'The workflow changed meanwhile: reload it and try again.',
    'workflow.refusal.unrestorable': 'Instance {instance} cannot be restored: {error}',
  },
};
