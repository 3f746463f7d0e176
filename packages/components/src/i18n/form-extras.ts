/**
 * `<dui-form>` strings of the parts that load on first use (wizard, arrays, branch selector,
 * file, signature and identifier widgets, print view): merged into the form catalogue by
 * {@link useFormExtras} when one of them loads, so a form without them never downloads these.
 *
 * @example
 * useFormExtras(); // before the first t('form.array.add')
 */
import type { MessageCatalogue } from '@duikit/core';
import { addFormStrings } from './form.js';

/** The strings, fr (default) and en. */
export const formExtras: MessageCatalogue = {
  fr: {
    'form.next': 'Étape suivante',
    'form.previous': 'Étape précédente',
    'form.step': 'Étape {current} sur {total}',
    'form.stepNext': 'Étape suivante : {title}',
    'form.steps': 'Étapes du formulaire',
    'form.stepDone': 'terminée',
    'form.stepCurrent': 'en cours',
    'form.boolean.yes': 'Oui',
    'form.boolean.no': 'Non',
    'form.empty': 'Non renseigné',
    'form.array.add': 'Ajouter',
    'form.array.addItem': 'Ajouter : {label}',
    'form.array.remove': 'Supprimer',
    'form.array.up': 'Monter',
    'form.array.down': 'Descendre',
    'form.array.item': '{label} n° {index}',
    'form.array.empty': 'Aucun élément.',
    'form.array.removed': 'Élément {index} supprimé.',
    'form.array.moved': 'Élément déplacé en position {index}.',
    'form.map.key': 'Nom',
    'form.map.renamed': 'Le nom « {key} » est déjà pris.',
    'form.object.add': 'Renseigner : {label}',
    'form.ins.hint': '15 chiffres : matricule (NIR ou NIA) de 13 caractères et clé de 2 chiffres.',
    'form.ins.invalid': 'Matricule INS invalide : la clé ne correspond pas.',
    'form.ins.format': 'Matricule INS invalide : 13 caractères (2A/2B pour la Corse) suivis de 2 chiffres.',
    'form.finess.hint': '9 caractères, le dernier est une clé de contrôle.',
    'form.finess.invalid': 'Numéro FINESS invalide : la clé de contrôle ne correspond pas.',
    'form.finess.format': 'Numéro FINESS invalide : 9 caractères attendus.',
    'form.file.choose': 'Choisir un fichier',
    'form.file.uploading': 'Envoi de {name}…',
    'form.file.uploaded': 'Fichier joint : {name} ({size})',
    'form.file.remove': 'Retirer le fichier {name}',
    'form.file.noHook': 'L’envoi de fichiers n’est pas disponible sur cette page.',
    'form.file.failed': 'L’envoi de {name} a échoué : {reason}',
    'form.signature.clear': 'Effacer la signature',
    'form.signature.hint':
      'Signez dans le cadre avec la souris, le doigt ou un stylet, ou saisissez votre nom.',
    'form.signature.typed': 'Ou saisissez votre nom pour signer',
    'form.signature.signed': 'Signé',
    'form.signature.canvas': 'Zone de signature',
    'form.combinator.legend': 'Type',
    'form.combinator.option': 'Option {index}',
    'form.combinator.chosen': 'Option choisie',
    'form.combinator.confirm':
      'Passer à « {to} » ? Les informations saisies pour « {from} » seront effacées : {fields}.',
    'form.combinator.confirmYes': 'Changer et effacer',
    'form.combinator.confirmNo': 'Annuler',
    'form.combinator.switched': '« {label} » choisi : ses champs sont affichés.',
  },
  en: {
    'form.next': 'Next step',
    'form.previous': 'Previous step',
    'form.step': 'Step {current} of {total}',
    'form.stepNext': 'Next step: {title}',
    'form.steps': 'Form steps',
    'form.stepDone': 'done',
    'form.stepCurrent': 'current',
    'form.boolean.yes': 'Yes',
    'form.boolean.no': 'No',
    'form.empty': 'Not provided',
    'form.array.add': 'Add',
    'form.array.addItem': 'Add: {label}',
    'form.array.remove': 'Remove',
    'form.array.up': 'Move up',
    'form.array.down': 'Move down',
    'form.array.item': '{label} no. {index}',
    'form.array.empty': 'No items.',
    'form.array.removed': 'Item {index} removed.',
    'form.array.moved': 'Item moved to position {index}.',
    'form.map.key': 'Name',
    'form.map.renamed': 'The name "{key}" is already taken.',
    'form.object.add': 'Fill in: {label}',
    'form.ins.hint': '15 digits: the 13-character identifier (NIR or NIA) and a 2-digit key.',
    'form.ins.invalid': 'Invalid INS identifier: the key does not match.',
    'form.ins.format': 'Invalid INS identifier: 13 characters (2A/2B for Corsica) followed by 2 digits.',
    'form.finess.hint': '9 characters, the last one is a check key.',
    'form.finess.invalid': 'Invalid FINESS number: the check key does not match.',
    'form.finess.format': 'Invalid FINESS number: 9 characters expected.',
    'form.file.choose': 'Choose a file',
    'form.file.uploading': 'Uploading {name}…',
    'form.file.uploaded': 'Attached file: {name} ({size})',
    'form.file.remove': 'Remove the file {name}',
    'form.file.noHook': 'File upload is not available on this page.',
    'form.file.failed': 'Uploading {name} failed: {reason}',
    'form.signature.clear': 'Clear the signature',
    'form.signature.hint': 'Sign in the box with a mouse, finger or stylus, or type your name.',
    'form.signature.typed': 'Or type your name to sign',
    'form.signature.signed': 'Signed',
    'form.signature.canvas': 'Signature area',
    'form.combinator.legend': 'Type',
    'form.combinator.option': 'Option {index}',
    'form.combinator.chosen': 'Chosen option',
    'form.combinator.confirm': 'Switch to “{to}”? What you entered for “{from}” will be removed: {fields}.',
    'form.combinator.confirmYes': 'Switch and remove',
    'form.combinator.confirmNo': 'Cancel',
    'form.combinator.switched': '“{label}” chosen: its fields are shown.',
  },
};

let merged = false;

/**
 * Adds {@link formExtras} to the form catalogue (once): the form's translator reads the merged
 * keys from then on.
 *
 * @example
 * useFormExtras();
 */
export function useFormExtras(): void {
  if (merged) return;
  addFormStrings(formExtras);
  merged = true;
}
