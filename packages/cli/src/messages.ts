/**
 * The command line's own words, in French (default) and English: usage, per-command help and
 * summaries. Problem lines come from the linter's catalogue (`workflowLintMessages`).
 */
import type { MessageCatalogue } from '@duikit/core';

const commonFr = 'Options communes : --lang fr|en, --help (aide d’une commande : duikit <commande> --help)';
const commonEn = 'Common options: --lang fr|en, --help (a command’s help: duikit <command> --help)';

/** Every message of `duikit`. */
export const cliMessages: MessageCatalogue = {
  fr: {
    'cli.usage':
      'Utilisation : duikit <commande> [options]\n\n' +
      '  validate <fichier|dossier>…                 valide workflows, formulaires, variantes et scénarios\n' +
      '  test <fichier|dossier>…                     joue les scénarios (*.scenario.json)\n' +
      '  diagram <fichier> [--format mermaid|svg]    dessine un workflow\n' +
      '  resolve <variante>                          affiche une variante résolue\n' +
      '  migrate --from id@x --to id@y --data <dossier> [--dry-run]\n' +
      '                                              migre les instances d’une version à l’autre\n' +
      '  export tddui <dossier> --data <dossier> --as <professionnel> --establishment <FINESS>\n' +
      '                                              Bundle TDDUI d’un dossier usager (--out, --send, --mode)\n' +
      '  store copy --from <dossier|postgres://…> --to <dossier|postgres://…>\n' +
      '                                              copie les données et la trace d’audit d’un stockage à l’autre\n\n' +
      commonFr,
    'cli.help.validate':
      'Utilisation : duikit validate <fichier|dossier>… [--forms <dossier>] [--workflows <dossier>] [--lang fr|en]\n\n' +
      'Valide chaque fichier de workflow, de formulaire, de variante et de scénario : le schéma, puis les\n' +
      'noms (états, rôles, événements, formulaires, paramètres), les portées et les bornes légales.\n' +
      'Une ligne par problème sur la sortie d’erreur : fichier:/pointeur/json: message.\n\n' +
      'Les formulaires et workflows de base cités sont cherchés dans --forms et --workflows, sinon dans\n' +
      'le duikit.config.json trouvé en remontant depuis le fichier, sinon à côté du fichier ; les\n' +
      'fichiers standard de DUI Kit viennent en dernier. Seuls ces fichiers-là sont lus.\n\n' +
      'Codes de sortie : 0 tout est valide, 1 un fichier ne l’est pas, 2 erreur d’utilisation.',
    'cli.help.test':
      'Utilisation : duikit test <fichier|dossier>… [--forms <dossier>] [--workflows <dossier>] [--lang fr|en]\n\n' +
      'Joue chaque scénario (*.scenario.json) sur le moteur avec une horloge simulée : démarrage,\n' +
      'événements (rôle et données), sauts d’horloge, état attendu, échéances dues et en retard.\n' +
      'Une ligne par attente non remplie : fichier:/steps/N: message.\n\n' +
      'Codes de sortie : 0 tous les scénarios passent, 1 un scénario échoue, 2 erreur d’utilisation.',
    'cli.help.diagram':
      'Utilisation : duikit diagram <fichier> [--format mermaid|svg] [--lang fr|en]\n\n' +
      'Écrit le diagramme d’un workflow ou d’une variante résolue (Mermaid par défaut, ou SVG).',
    'cli.help.resolve':
      'Utilisation : duikit resolve <variante> [--forms <dossier>] [--workflows <dossier>]\n\n' +
      'Écrit la variante appliquée à sa base (JSON Merge Patch), validée comme une définition.',
    'cli.help.migrate':
      'Utilisation : duikit migrate --from id@x --to id@y --data <dossier> [--dry-run] [--workflows <dossier>] [--store <module>]\n\n' +
      'Liste puis migre les instances enregistrées vers une nouvelle version de leur définition.',
    'cli.help.export':
      'Utilisation : duikit export tddui <dossier> --data <dossier> --as <professionnel> --establishment <FINESS>\n' +
      '                    [--out <fichier>] [--send <url>] [--mode <mode>]\n\n' +
      'Exporte un dossier usager en Bundle TDDUI (FHIR R4), validé hors ligne.',
    'cli.validate.ok': '{count} fichier(s) valide(s).',
    'cli.validate.failed': '{problems} problème(s) dans {files} fichier(s) sur {count}.',
    'cli.validate.nothing':
      'Aucun fichier de workflow, de formulaire, de variante ou de scénario trouvé dans {paths}.',
    'cli.test.passed': '{count} scénario(s) réussi(s).',
    'cli.test.failed': '{failed} scénario(s) en échec sur {count}.',
    'cli.test.nothing': 'Aucun scénario (*.scenario.json) trouvé dans {paths}.',
    'cli.error.unknownCommand': 'Commande inconnue « {command} ».',
    'cli.error.missingArgument': 'Argument manquant : {argument}.',
    'cli.error.badFormat': 'Format inconnu « {format} » (mermaid ou svg).',
    'cli.project.invalid':
      'duikit.config.json : « forms » et « workflows » sont un dossier ou une liste de dossiers',
    'cli.help.store':
      'Utilisation : duikit store copy --from <dossier lowdb|postgres://…> --to <dossier lowdb|postgres://…>\n\n' +
      'Copie chaque enregistrement (version et date gardées), les historiques des workflows et la trace\n' +
      'd’audit telle quelle (la chaîne de hachage suit), vérifie la chaîne des deux côtés et affiche les\n' +
      'comptes. Relancée, elle ne copie que ce qui a changé ; elle refuse une cible dont la trace ou les\n' +
      'historiques divergent de la source. Arrêtez les serveurs avant (lowdb verrouille son dossier).\n\n' +
      'Codes de sortie : 0 copié et vérifié, 1 refus ou chaîne rompue, 2 erreur d’utilisation.',
    'cli.store.records': '{collection} : {copied} copié(s), {unchanged} déjà identique(s)',
    'cli.store.logs': 'Historiques : {count} entrée(s) copiée(s)',
    'cli.store.audit': 'Trace d’audit : {copied} entrée(s) copiée(s), {total} au total',
    'cli.store.verified': 'Chaîne vérifiée ({checked} entrée(s)) : {side}',
    'cli.store.broken': 'Chaîne rompue à l’entrée {seq} : {side}',
    'cli.store.failed': 'Copie impossible : {message}',
    'cli.migrate.plan': '{count} instance(s) de {from} à migrer vers {to} :',
    'cli.migrate.dryRun': 'Simulation : rien n’a été écrit.',
    'cli.migrate.done': '{count} instance(s) migrée(s) vers {to}.',
    'cli.migrate.errors': '{count} instance(s) non migrée(s) :',
  },
  en: {
    'cli.usage':
      'Usage: duikit <command> [options]\n\n' +
      '  validate <file|dir>…                        validate workflows, forms, variants and scenarios\n' +
      '  test <file|dir>…                            run the scenarios (*.scenario.json)\n' +
      '  diagram <file> [--format mermaid|svg]       draw a workflow\n' +
      '  resolve <variant>                           print a resolved variant\n' +
      '  migrate --from id@x --to id@y --data <dir> [--dry-run]\n' +
      '                                              migrate instances from one version to another\n' +
      '  export tddui <file> --data <dir> --as <professional> --establishment <FINESS>\n' +
      '                                              TDDUI Bundle of a user file (--out, --send, --mode)\n' +
      '  store copy --from <dir|postgres://…> --to <dir|postgres://…>\n' +
      '                                              copy the data and the audit trail between stores\n\n' +
      commonEn,
    'cli.help.validate':
      'Usage: duikit validate <file|dir>… [--forms <dir>] [--workflows <dir>] [--lang fr|en]\n\n' +
      'Validates every workflow, form, variant and scenario file: the schema, then the names (states,\n' +
      'roles, events, forms, parameters), the scopes and the legal bounds.\n' +
      'One line per problem on stderr: file:/json/pointer: message.\n\n' +
      'The forms and base workflows a file names are looked up in --forms and --workflows, else in the\n' +
      'duikit.config.json found upward from the file, else beside the file; DUI Kit’s standard files\n' +
      'come last. Only those files are read.\n\n' +
      'Exit codes: 0 all valid, 1 a file is not, 2 usage error.',
    'cli.help.test':
      'Usage: duikit test <file|dir>… [--forms <dir>] [--workflows <dir>] [--lang fr|en]\n\n' +
      'Runs each scenario (*.scenario.json) on the engine with a simulated clock: start, events (role\n' +
      'and data), clock jumps, expected state, due and overdue deadlines.\n' +
      'One line per unmet expectation: file:/steps/N: message.\n\n' +
      'Exit codes: 0 every scenario passes, 1 a scenario fails, 2 usage error.',
    'cli.help.diagram':
      'Usage: duikit diagram <file> [--format mermaid|svg] [--lang fr|en]\n\n' +
      'Prints the diagram of a workflow or resolved variant (Mermaid by default, or SVG).',
    'cli.help.resolve':
      'Usage: duikit resolve <variant> [--forms <dir>] [--workflows <dir>]\n\n' +
      'Prints the variant applied to its base (JSON Merge Patch), validated like a definition.',
    'cli.help.migrate':
      'Usage: duikit migrate --from id@x --to id@y --data <dir> [--dry-run] [--workflows <dir>] [--store <module>]\n\n' +
      'Lists, then migrates, the stored instances to a new version of their definition.',
    'cli.help.export':
      'Usage: duikit export tddui <file> --data <dir> --as <professional> --establishment <FINESS>\n' +
      '                    [--out <file>] [--send <url>] [--mode <mode>]\n\n' +
      'Exports a user file as a TDDUI Bundle (FHIR R4), validated offline.',
    'cli.validate.ok': '{count} file(s) valid.',
    'cli.validate.failed': '{problems} problem(s) in {files} of {count} file(s).',
    'cli.validate.nothing': 'No workflow, form, variant or scenario file found in {paths}.',
    'cli.test.passed': '{count} scenario(s) passed.',
    'cli.test.failed': '{failed} of {count} scenario(s) failed.',
    'cli.test.nothing': 'No scenario (*.scenario.json) found in {paths}.',
    'cli.error.unknownCommand': 'Unknown command "{command}".',
    'cli.error.missingArgument': 'Missing argument: {argument}.',
    'cli.error.badFormat': 'Unknown format "{format}" (mermaid or svg).',
    'cli.project.invalid': 'duikit.config.json: "forms" and "workflows" are a folder or a list of folders',
    'cli.help.store':
      'Usage: duikit store copy --from <lowdb dir|postgres://…> --to <lowdb dir|postgres://…>\n\n' +
      'Copies every record (version and time kept), the workflow histories and the audit trail as it\n' +
      'is (the hash chain carries over), verifies the chain on both sides and prints the counts. A\n' +
      're-run copies only what changed; a target whose trail or histories diverge from the source is\n' +
      'refused. Stop the servers first (lowdb locks its folder).\n\n' +
      'Exit codes: 0 copied and verified, 1 refused or a broken chain, 2 usage error.',
    'cli.store.records': '{collection}: {copied} copied, {unchanged} already the same',
    'cli.store.logs': 'Histories: {count} entries copied',
    'cli.store.audit': 'Audit trail: {copied} entries copied, {total} in all',
    'cli.store.verified': 'Chain verified ({checked} entries): {side}',
    'cli.store.broken': 'Chain broken at entry {seq}: {side}',
    'cli.store.failed': 'Cannot copy: {message}',
    'cli.migrate.plan': '{count} instance(s) of {from} to migrate to {to}:',
    'cli.migrate.dryRun': 'Dry run: nothing was written.',
    'cli.migrate.done': '{count} instance(s) migrated to {to}.',
    'cli.migrate.errors': '{count} instance(s) not migrated:',
  },
};
