import type { MessageCatalogue } from '../index.js';

/**
 * What the linter tells configurators about the mistakes that used to pass silently: declared
 * parameters (unknown, mistyped, out of the allowed or legal range), scopes that designate
 * nothing, JSON syntax errors, and the "did you mean …" hint.
 */
export const configLint: MessageCatalogue = {
  fr: {
    'workflow.lint.did-you-mean': '{detail} — vouliez-vous dire « {name} » ?',
    'workflow.lint.file.in-resolved-at': '{detail} (dans la définition résolue, à {pointer})',
    'workflow.lint.variant.parameters-schema':
      'une variante ne change pas la déclaration des paramètres : elle fixe leurs valeurs sous « parameters »',
    'workflow.lint.file.not-regular':
      'n’est pas un fichier ordinaire (lien vers un périphérique, tube…) : il n’est pas lu',
    'workflow.lint.file.too-large':
      'fichier trop gros pour une définition (plus de {limit}) : il n’est pas lu',
    'workflow.scenario.start-refused': 'le workflow n’a pas démarré : {reason}',
    'workflow.scenario.refused': '« {event} » envoyé par {role} a été refusé : {reason}',
    'workflow.scenario.accepted': '« {event} » envoyé par {role} devait être refusé, il a été accepté',
    'workflow.scenario.state': 'états attendus : {expected} ; obtenus : {actual}',
    'workflow.scenario.status': 'statut attendu : {expected} ; obtenu : {actual}',
    'workflow.scenario.outcome': 'issue attendue : {expected} ; obtenue : {actual}',
    'workflow.scenario.due': 'échéances à venir attendues : {expected} ; obtenues : {actual}',
    'workflow.scenario.overdue': 'échéances en retard attendues : {expected} ; obtenues : {actual}',
    'workflow.scenario.data': 'donnée {pointer} attendue : {expected} ; obtenue : {actual}',
    'workflow.scenario.unknown-workflow': 'aucun workflow « {ref} » à jouer',
    'workflow.lint.param.no-schema':
      'le paramètre « {param} » n’est pas déclaré : ajoutez « parametersSchema » (type, unité, bornes, source)',
    'workflow.lint.param.unknown': 'paramètre inconnu « {param} » (déclarés : {known})',
    'workflow.lint.param.missing': 'le paramètre déclaré « {param} » n’a pas de valeur sous « parameters »',
    'workflow.lint.param.type': 'le paramètre « {param} » doit être {expected} (reçu : {value})',
    'workflow.lint.param.expected.duration': 'une durée ISO 8601 (par exemple P15D, P1M)',
    'workflow.lint.param.expected.boolean': 'un booléen (true ou false)',
    'workflow.lint.param.expected.integer': 'un nombre entier',
    'workflow.lint.param.expected.number': 'un nombre',
    'workflow.lint.param.expected.string': 'un texte',
    'workflow.lint.param.enum': 'le paramètre « {param} » doit valoir l’une des valeurs : {expected}',
    'workflow.lint.param.below': 'le paramètre « {param} » vaut {value}, sous le minimum autorisé {limit}',
    'workflow.lint.param.above': 'le paramètre « {param} » vaut {value}, au-delà du maximum autorisé {limit}',
    'workflow.lint.param.legal-below':
      'le paramètre « {param} » vaut {value}, sous le minimum légal {limit} ({source})',
    'workflow.lint.param.legal-above':
      'le paramètre « {param} » vaut {value}, au-delà du maximum légal {limit} ({source})',
    'workflow.lint.scope.root':
      '« {scope} » ne désigne rien : une portée commence par context, event, params, userFile ou now',
    'workflow.lint.scope.param': '« {scope} » désigne le paramètre non déclaré « {param} »',
    'workflow.lint.scope.event-field':
      '« {scope} » ne désigne rien : un événement n’a que « type », « actor » et « payload »',
    'workflow.lint.scope.no-payload':
      '« {scope} » : l’événement « {event} » ne déclare pas de données (ajoutez « payload »)',
    'workflow.lint.scope.payload': '« {scope} » : les données de « {event} » ne déclarent pas « {name} »',
    'workflow.lint.scope.no-event':
      '« {scope} » lit les données d’un événement, mais aucun événement précis n’arrive ici',
    'workflow.lint.scope.context':
      '« {scope} » : aucune donnée « {path} » dans l’instance (ni dans « context » ni écrite par une action)',
    'workflow.lint.scope.user-file': '« {scope} » : le dossier usager ne déclare pas « {name} »',
    'workflow.lint.scope.scalar': '« {scope} » va plus loin qu’une valeur simple',
    'workflow.lint.json.symbol': 'caractère inattendu',
    'workflow.lint.json.number': 'nombre mal formé',
    'workflow.lint.json.property-name':
      'nom de propriété entre guillemets doubles attendu (une virgule en trop avant « } » ?)',
    'workflow.lint.json.value': 'valeur attendue (une virgule en trop, ou un fichier vide ?)',
    'workflow.lint.json.colon': '« : » attendu après le nom de propriété',
    'workflow.lint.json.comma': 'virgule attendue entre deux éléments',
    'workflow.lint.json.close-brace': 'accolade fermante « } » attendue',
    'workflow.lint.json.close-bracket': 'crochet fermant « ] » attendu',
    'workflow.lint.json.end-of-file': 'fin du fichier attendue : du texte suit l’objet JSON',
    'workflow.lint.json.comment': 'les commentaires ne sont pas permis en JSON',
    'workflow.lint.json.comment-end': 'commentaire non terminé',
    'workflow.lint.json.string-end': 'chaîne de caractères non terminée (guillemet fermant manquant)',
    'workflow.lint.json.number-end': 'nombre incomplet',
    'workflow.lint.json.unicode': 'séquence \\u invalide',
    'workflow.lint.json.escape': 'caractère d’échappement invalide après « \\ »',
    'workflow.lint.json.control-character':
      'caractère de contrôle interdit dans une chaîne (retour à la ligne ?)',
  },
  en: {
    'workflow.lint.did-you-mean': '{detail} — did you mean "{name}"?',
    'workflow.lint.file.in-resolved-at': '{detail} (in the resolved definition, at {pointer})',
    'workflow.lint.variant.parameters-schema':
      'a variant does not change how parameters are declared: it sets their values under "parameters"',
    'workflow.lint.file.not-regular': 'is not a regular file (a link to a device, a pipe…): it is not read',
    'workflow.lint.file.too-large': 'too large for a definition (over {limit}): it is not read',
    'workflow.scenario.start-refused': 'the workflow did not start: {reason}',
    'workflow.scenario.refused': '"{event}" sent by {role} was refused: {reason}',
    'workflow.scenario.accepted': '"{event}" sent by {role} should have been refused, it was accepted',
    'workflow.scenario.state': 'expected states: {expected}; got: {actual}',
    'workflow.scenario.status': 'expected status: {expected}; got: {actual}',
    'workflow.scenario.outcome': 'expected outcome: {expected}; got: {actual}',
    'workflow.scenario.due': 'expected upcoming deadlines: {expected}; got: {actual}',
    'workflow.scenario.overdue': 'expected overdue deadlines: {expected}; got: {actual}',
    'workflow.scenario.data': 'expected data {pointer}: {expected}; got: {actual}',
    'workflow.scenario.unknown-workflow': 'no workflow "{ref}" to play',
    'workflow.lint.param.no-schema':
      'parameter "{param}" is not declared: add "parametersSchema" (type, unit, bounds, source)',
    'workflow.lint.param.unknown': 'unknown parameter "{param}" (declared: {known})',
    'workflow.lint.param.missing': 'declared parameter "{param}" has no value under "parameters"',
    'workflow.lint.param.type': 'parameter "{param}" must be {expected} (got: {value})',
    'workflow.lint.param.expected.duration': 'an ISO 8601 duration (e.g. P15D, P1M)',
    'workflow.lint.param.expected.boolean': 'a boolean (true or false)',
    'workflow.lint.param.expected.integer': 'an integer',
    'workflow.lint.param.expected.number': 'a number',
    'workflow.lint.param.expected.string': 'a text',
    'workflow.lint.param.enum': 'parameter "{param}" must be one of: {expected}',
    'workflow.lint.param.below': 'parameter "{param}" is {value}, below the allowed minimum {limit}',
    'workflow.lint.param.above': 'parameter "{param}" is {value}, above the allowed maximum {limit}',
    'workflow.lint.param.legal-below':
      'parameter "{param}" is {value}, below the legal minimum {limit} ({source})',
    'workflow.lint.param.legal-above':
      'parameter "{param}" is {value}, above the legal maximum {limit} ({source})',
    'workflow.lint.scope.root':
      '"{scope}" designates nothing: a scope starts with context, event, params, userFile or now',
    'workflow.lint.scope.param': '"{scope}" designates the undeclared parameter "{param}"',
    'workflow.lint.scope.event-field':
      '"{scope}" designates nothing: an event only has "type", "actor" and "payload"',
    'workflow.lint.scope.no-payload': '"{scope}": event "{event}" declares no data (add "payload")',
    'workflow.lint.scope.payload': '"{scope}": the data of "{event}" do not declare "{name}"',
    'workflow.lint.scope.no-event': '"{scope}" reads an event’s data, but no particular event arrives here',
    'workflow.lint.scope.context':
      '"{scope}": no data "{path}" in the instance (neither in "context" nor written by an action)',
    'workflow.lint.scope.user-file': '"{scope}": the user file does not declare "{name}"',
    'workflow.lint.scope.scalar': '"{scope}" goes deeper than a simple value',
    'workflow.lint.json.symbol': 'unexpected character',
    'workflow.lint.json.number': 'malformed number',
    'workflow.lint.json.property-name':
      'property name in double quotes expected (an extra comma before "}"?)',
    'workflow.lint.json.value': 'value expected (an extra comma, or an empty file?)',
    'workflow.lint.json.colon': '":" expected after the property name',
    'workflow.lint.json.comma': 'comma expected between two items',
    'workflow.lint.json.close-brace': 'closing brace "}" expected',
    'workflow.lint.json.close-bracket': 'closing bracket "]" expected',
    'workflow.lint.json.end-of-file': 'end of file expected: text follows the JSON object',
    'workflow.lint.json.comment': 'comments are not allowed in JSON',
    'workflow.lint.json.comment-end': 'unterminated comment',
    'workflow.lint.json.string-end': 'unterminated string (missing closing quote)',
    'workflow.lint.json.number-end': 'incomplete number',
    'workflow.lint.json.unicode': 'invalid \\u sequence',
    'workflow.lint.json.escape': 'invalid escape character after "\\"',
    'workflow.lint.json.control-character': 'control character not allowed in a string (a line break?)',
  },
};
