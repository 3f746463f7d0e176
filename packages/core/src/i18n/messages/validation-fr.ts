import type { Catalogue } from '../locale.js';

/**
 * The French validation messages, one per JSON Schema keyword (and per format and type name).
 * Its own file so that a page in French never downloads the English ones (see
 * `validation-en.ts`, loaded on first use by `<dui-form>`).
 *
 * @example
 * validationFr['validation.required']; // 'Ce champ est obligatoire.'
 */
export const validationFr: Catalogue = {
  'validation.required': 'Ce champ est obligatoire.',
  'validation.dependentRequired': 'Ce champ est obligatoire lorsque « {property} » est renseigné.',
  'validation.type': 'Type attendu : {type}.',
  'validation.type.string': 'texte',
  'validation.type.number': 'nombre',
  'validation.type.integer': 'nombre entier',
  'validation.type.boolean': 'oui ou non',
  'validation.type.object': 'groupe de champs',
  'validation.type.array': 'liste',
  'validation.type.null': 'aucune valeur',
  'validation.format': 'Format attendu : {format}.',
  'validation.format.date': 'une date existante (AAAA-MM-JJ)',
  'validation.format.date-time': 'une date et une heure avec fuseau (AAAA-MM-JJTHH:MM:SS+01:00)',
  'validation.format.time': 'une heure (HH:MM:SS)',
  'validation.format.duration': 'une durée ISO 8601 (P15D, P6M…)',
  'validation.format.email': 'une adresse électronique',
  'validation.format.uri': 'une adresse web (URI)',
  'validation.format.uri-reference': 'une référence URI',
  'validation.format.uuid': 'un identifiant UUID',
  'validation.format.ins-nir': 'un matricule INS (NIR ou NIA) dont la clé est juste',
  'validation.format.finess': 'un numéro FINESS dont la clé de contrôle est juste',
  'validation.pattern': "La valeur n'a pas la forme attendue.",
  'validation.enum': 'Valeur non prévue. Valeurs possibles : {values}.',
  'validation.const': 'La valeur attendue est {value}.',
  'validation.minLength': 'Au moins {limit} caractères.',
  'validation.minLength.one': 'Ce champ ne peut pas être vide.',
  'validation.maxLength': 'Au plus {limit} caractères.',
  'validation.minimum': 'La valeur doit être supérieure ou égale à {limit}.',
  'validation.maximum': 'La valeur doit être inférieure ou égale à {limit}.',
  'validation.exclusiveMinimum': 'La valeur doit être supérieure à {limit}.',
  'validation.exclusiveMaximum': 'La valeur doit être inférieure à {limit}.',
  'validation.multipleOf': 'La valeur doit être un multiple de {limit}.',
  'validation.minItems': 'Au moins {limit} éléments.',
  'validation.minItems.one': 'Au moins un élément est requis.',
  'validation.maxItems': 'Au plus {limit} éléments.',
  'validation.uniqueItems': 'Les éléments {i} et {j} sont identiques.',
  'validation.minProperties': 'Au moins {limit} champs renseignés.',
  'validation.maxProperties': 'Au plus {limit} champs renseignés.',
  'validation.additionalProperties': 'Champ inconnu : « {property} ».',
  'validation.unevaluatedProperties': 'Champ inconnu : « {property} ».',
  'validation.unevaluatedItems': 'Au plus {limit} éléments.',
  'validation.propertyNames': 'Nom de champ non autorisé : « {property} ».',
  'validation.contains': 'La liste doit contenir au moins un élément valide.',
  'validation.anyOf': 'La valeur ne correspond à aucune des possibilités.',
  'validation.oneOf': 'La valeur doit correspondre à exactement une possibilité.',
  'validation.chooseBranch': 'Choisissez une option.',
  'validation.not': "Cette valeur n'est pas permise ici.",
  'validation.false schema': "Aucune valeur n'est permise ici.",
  'validation.unknown': 'Valeur invalide ({keyword}).',
  'validation.summary': '{count} erreur(s) de saisie.',
};
