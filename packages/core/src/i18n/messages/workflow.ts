import type { MessageCatalogue } from '../index.js';

/** Workflow runtime refusals and the `duikit` command line. */
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
    'cli.usage':
      'Utilisation : duikit <commande> [options]\n\n' +
      '  validate <fichier|dossier>…                 valide workflows, formulaires et variantes\n' +
      '  diagram <fichier> [--format mermaid|svg]    dessine un workflow\n' +
      '  resolve <variante>                          affiche une variante résolue\n' +
      '  migrate --from id@x --to id@y --data <dossier> [--dry-run]\n' +
      '                                              migre les instances d’une version à l’autre\n' +
      '  export tddui <dossier> --data <dossier> --as <professionnel> --establishment <FINESS>\n' +
      '                                              Bundle TDDUI d’un dossier usager (--out, --send, --mode)\n\n' +
      'Options communes : --lang fr|en, --help',
    'cli.validate.ok': '{count} fichier(s) valide(s).',
    'cli.validate.failed': '{problems} problème(s) dans {files} fichier(s) sur {count}.',
    'cli.validate.nothing': 'Aucun fichier de workflow, de formulaire ou de variante trouvé dans {paths}.',
    'cli.error.unknownCommand': 'Commande inconnue « {command} ».',
    'cli.error.missingArgument': 'Argument manquant : {argument}.',
    'cli.error.badFormat': 'Format inconnu « {format} » (mermaid ou svg).',
    'cli.migrate.plan': '{count} instance(s) de {from} à migrer vers {to} :',
    'cli.migrate.dryRun': 'Simulation : rien n’a été écrit.',
    'cli.migrate.done': '{count} instance(s) migrée(s) vers {to}.',
    'cli.migrate.errors': '{count} instance(s) non migrée(s) :',
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
    'cli.usage':
      'Usage: duikit <command> [options]\n\n' +
      '  validate <file|dir>…                        validate workflows, forms and variants\n' +
      '  diagram <file> [--format mermaid|svg]       draw a workflow\n' +
      '  resolve <variant>                           print a resolved variant\n' +
      '  migrate --from id@x --to id@y --data <dir> [--dry-run]\n' +
      '                                              migrate instances from one version to another\n' +
      '  export tddui <file> --data <dir> --as <professional> --establishment <FINESS>\n' +
      '                                              TDDUI Bundle of a user file (--out, --send, --mode)\n\n' +
      'Common options: --lang fr|en, --help',
    'cli.validate.ok': '{count} file(s) valid.',
    'cli.validate.failed': '{problems} problem(s) in {files} of {count} file(s).',
    'cli.validate.nothing': 'No workflow, form or variant file found in {paths}.',
    'cli.error.unknownCommand': 'Unknown command "{command}".',
    'cli.error.missingArgument': 'Missing argument: {argument}.',
    'cli.error.badFormat': 'Unknown format "{format}" (mermaid or svg).',
    'cli.migrate.plan': '{count} instance(s) of {from} to migrate to {to}:',
    'cli.migrate.dryRun': 'Dry run: nothing was written.',
    'cli.migrate.done': '{count} instance(s) migrated to {to}.',
    'cli.migrate.errors': '{count} instance(s) not migrated:',
  },
};
