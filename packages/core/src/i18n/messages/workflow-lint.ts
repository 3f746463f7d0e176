import type { MessageCatalogue } from '../index.js';
import { conditionLint } from './workflow-lint-conditions.js';
import { configLint } from './workflow-lint-config.js';
import { schemaLint } from './workflow-lint-schema.js';

/**
 * What the workflow linter tells configurators (`duikit validate`, the playground, a registry's
 * error), and why a migration to a new version leaves an instance where it is. Kept out of the core `messages` index on purpose: the browser bundle carries no linter,
 * so it carries none of these strings either; the lint code imports this file itself.
 * Lists of known names arrive as data in `{known}`.
 */
const names: MessageCatalogue = {
  fr: {
    'workflow.lint.unknown-target': 'aucun état « {target} » à côté de « {from} »',
    'workflow.lint.unknown-initial': 'aucun état « {initial} » au premier niveau',
    'workflow.lint.unknown-guard': 'garde inconnue « {name} » (connues : {known})',
    'workflow.lint.unknown-action': 'action inconnue « {name} » (connues : {known})',
    'workflow.lint.unknown-role': 'rôle inconnu « {role} » (connus : {known})',
    'workflow.lint.unknown-form':
      'formulaire inconnu « {form} » (introuvable dans les dossiers de formulaires)',
    'workflow.lint.unknown-event': 'l’événement « {event} » n’est pas déclaré sous /events',
    'workflow.lint.unknown-workflow': 'workflow inconnu « {ref} »',
    'workflow.lint.system-roles': 'un événement système n’est envoyé que par le moteur : retirez « roles »',
    'workflow.lint.migration-target': 'aucun état « {state} » dans la version {version}',
    'workflow.lint.no-roles':
      'personne ne peut envoyer « {event} » ici : indiquez « roles » sur la transition ou ' +
      'l’événement, ou une tâche sur l’état',
    'workflow.lint.state.initial-missing': 'l’état composé « {state} » doit indiquer « initial »',
    'workflow.lint.state.initial-not-child': '« {initial} » n’est pas un enfant de « {state} »',
    'workflow.lint.state.initial-not-compound': '« initial » ne s’applique qu’à un état composé',
    'workflow.lint.state.final-key': 'un état final ne peut pas avoir « {key} »',
    'workflow.lint.state.outcome':
      'l’état final de premier niveau « {state} » doit indiquer un « outcome » (par exemple « admitted »)',
    'workflow.lint.deadline.duplicate': 'l’identifiant d’échéance « {id} » est utilisé deux fois',
    'workflow.lint.deadline.not-system':
      'l’événement d’échéance « {event} » doit être déclaré avec « "system": true »',
    'workflow.lint.unreachable': 'l’état « {state} » est inaccessible depuis « {initial} »',
    'workflow.lint.dead-end':
      'l’état « {state} » n’est pas final et n’a aucune transition de sortie ' +
      '(ajoutez « on » ou déclarez-le « "type": "final" »)',
    'workflow.lint.unhandled-deadline':
      'aucun état actif avec cette échéance ne traite « {event} » : ajoutez-le sous « on » de « {state} »',
    'workflow.lint.action.pointer':
      '« {action} » attend « {param} » : un JSON Pointer comme « /admissionDate »',
    'workflow.lint.action.document-type': '« produceDocument » attend un « type » de document',
    'workflow.lint.action.definition': '« startWorkflow » attend « definition » : « id@version »',
    'workflow.lint.action.notify-message': '« notify » attend un « message » avec « fr » et « en »',
    'workflow.lint.action.notify-roles': '« notify » attend une liste « roles » non vide',
    'workflow.lint.duration.unknown-param':
      'paramètre inconnu « {param} » (déclarez-le sous /parametersSchema, sa valeur sous /parameters)',
    'workflow.lint.duration.param-type': 'le paramètre « {param} » n’est pas une durée',
    'workflow.lint.duration.negative': 'la durée « {value} » ne doit pas être négative',
    'workflow.lint.duration.invalid': '« {value} » n’est pas une durée ISO 8601 (par exemple P15D, P1M, P1Y)',
    'workflow.lint.form.unknown-scope': '« {scope} » ne désigne aucune propriété du schéma du formulaire',
    'workflow.lint.variant.forbidden-key': 'la clé « {key} » est interdite dans un patch',
    'workflow.lint.variant.unknown-base': 'aucun workflow « {ref} » à étendre',
    'workflow.lint.variant.cycle': '« {ref} » étend à son tour cette variante (cycle)',
    'workflow.lint.variant.self-cycle': '{ref} s’étend lui-même à travers ses bases',
    'workflow.lint.variant.base-problem': 'base {base} : {detail}',
    'workflow.lint.registry.invalid':
      'Configuration de workflow invalide (lancez « npx duikit validate workflows ») :',
    'workflow.migrate.unregistered':
      'Impossible de migrer vers {to} : cette version n’est pas enregistrée (ajoutez son fichier de définition).',
    'workflow.migrate.other-id':
      'Impossible de migrer {from} vers {to} : une migration reste dans le même workflow.',
    'workflow.instance.no-state': 'l’état « {state} » n’existe pas dans {ref}',
    'workflow.instance.not-instance': 'l’enregistrement n’est pas une instance de workflow',
    'workflow.instance.unregistered': 'sa définition {definition} n’est pas enregistrée',
    'workflow.migrate.instance': 'l’instance {instance} ne peut pas être migrée : {error}',
    'workflow.migrate.changed': 'l’instance {instance} a changé pendant la migration : relancez-la',
  },
  en: {
    'workflow.lint.unknown-target': 'no state "{target}" next to "{from}"',
    'workflow.lint.unknown-initial': 'no top-level state "{initial}"',
    'workflow.lint.unknown-guard': 'unknown guard "{name}" (known: {known})',
    'workflow.lint.unknown-action': 'unknown action "{name}" (known: {known})',
    'workflow.lint.unknown-role': 'unknown role "{role}" (known: {known})',
    'workflow.lint.unknown-form': 'unknown form "{form}" (not found in the forms folders)',
    'workflow.lint.unknown-event': 'event "{event}" is not declared under /events',
    'workflow.lint.unknown-workflow': 'unknown workflow "{ref}"',
    'workflow.lint.system-roles': 'a system event is sent by the engine only: remove "roles"',
    'workflow.lint.migration-target': 'no state "{state}" in version {version}',
    'workflow.lint.no-roles':
      'nobody may send "{event}" here: set "roles" on the transition or the event, or a task on the state',
    'workflow.lint.state.initial-missing': 'compound state "{state}" needs "initial"',
    'workflow.lint.state.initial-not-child': '"{initial}" is not a child of "{state}"',
    'workflow.lint.state.initial-not-compound': '"initial" only applies to a compound state',
    'workflow.lint.state.final-key': 'a final state cannot have "{key}"',
    'workflow.lint.state.outcome': 'top-level final state "{state}" needs an "outcome" (e.g. "admitted")',
    'workflow.lint.deadline.duplicate': 'deadline id "{id}" is used twice',
    'workflow.lint.deadline.not-system': 'deadline event "{event}" must be declared with "system": true',
    'workflow.lint.unreachable': 'state "{state}" cannot be reached from "{initial}"',
    'workflow.lint.dead-end':
      'state "{state}" is not final and has no transition out (add "on" or make it "type": "final")',
    'workflow.lint.unhandled-deadline':
      'no state active with this deadline handles "{event}": add it under "on" of "{state}"',
    'workflow.lint.action.pointer': '"{action}" needs "{param}": a JSON Pointer such as "/admissionDate"',
    'workflow.lint.action.document-type': '"produceDocument" needs a document "type"',
    'workflow.lint.action.definition': '"startWorkflow" needs "definition": "id@version"',
    'workflow.lint.action.notify-message': '"notify" needs a "message" with "fr" and "en"',
    'workflow.lint.action.notify-roles': '"notify" needs a non-empty "roles" list',
    'workflow.lint.duration.unknown-param':
      'unknown parameter "{param}" (declare it under /parametersSchema, its value under /parameters)',
    'workflow.lint.duration.param-type': 'parameter "{param}" is not a duration',
    'workflow.lint.duration.negative': 'duration "{value}" must not be negative',
    'workflow.lint.duration.invalid': '"{value}" is not an ISO 8601 duration (e.g. P15D, P1M, P1Y)',
    'workflow.lint.form.unknown-scope': '"{scope}" names no property of the form’s schema',
    'workflow.lint.variant.forbidden-key': 'the key "{key}" is not allowed in a patch',
    'workflow.lint.variant.unknown-base': 'no workflow "{ref}" to extend',
    'workflow.lint.variant.cycle': '"{ref}" extends this variant back (a cycle)',
    'workflow.lint.variant.self-cycle': '{ref} extends itself through its bases',
    'workflow.lint.variant.base-problem': 'base {base}: {detail}',
    'workflow.lint.registry.invalid': 'Invalid workflow configuration (run "npx duikit validate workflows"):',
    'workflow.migrate.unregistered':
      'Cannot migrate to {to}: it is not registered (add its definition file).',
    'workflow.migrate.other-id': 'Cannot migrate {from} to {to}: a migration stays within one workflow id.',
    'workflow.instance.no-state': 'state "{state}" does not exist in {ref}',
    'workflow.instance.not-instance': 'the record is not a workflow instance',
    'workflow.instance.unregistered': 'its definition {definition} is not registered',
    'workflow.migrate.instance': 'instance {instance} cannot be migrated: {error}',
    'workflow.migrate.changed': 'instance {instance} changed during the migration: run it again',
  },
};

/**
 * Every message of the workflow and form linter, in French and English (same keys). Pass it to
 * `createTranslator(locale, [workflowLintMessages])` to render problems with your own translator.
 *
 * @example
 * const t = createTranslator('en', [workflowLintMessages]);
 * t('workflow.lint.unknown-event', { event: 'GO' }); // 'event "GO" is not declared under /events'
 */
export const workflowLintMessages: MessageCatalogue = {
  // Spread, not a merge call: bundlers drop a literal nobody uses, not a call they cannot prove pure.
  fr: { ...names.fr, ...schemaLint.fr, ...conditionLint.fr, ...configLint.fr },
  en: { ...names.en, ...schemaLint.en, ...conditionLint.en, ...configLint.en },
};
