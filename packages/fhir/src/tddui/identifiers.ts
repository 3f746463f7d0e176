/**
 * TDDUI business identifiers, exactly as the guide builds them: `3` (the TRE_G08 person
 * identifier type) + FINESS + `/` + the local user id, then `-KIND-` and the object's number.
 * The guide's invariant (ServiceRequestBesoinIdentifierFormat) allows letters and digits only in
 * the local id and the number, so other characters are dropped (`demo-p01` → `demop01`).
 */

/** The identifier systems, per kind of object (the guide's `identifier.system` fixed values). */
export const IDENTIFIER_SYSTEMS = {
  usager: 'https://identifiant-medicosocial-localusager.esante.gouv.fr',
  sejour: 'https://identifiant-medicosocial-sejour.esante.gouv.fr',
  evaluation: 'https://identifiant-medicosocial-evaluation.esante.gouv.fr',
  evenement: 'https://identifiant-medicosocial-evenement.esante.gouv.fr',
  projetPersonnalise: 'https://identifiant-medicosocial-projetpersonnalise.esante.gouv.fr',
  attente: 'https://identifiant-medicosocial-attente.esante.gouv.fr',
  objectif: 'https://identifiant-medicosocial-objectif.esante.gouv.fr',
  besoin: 'https://identifiant-medicosocial-besoin.esante.gouv.fr',
} as const;

/** The suffix of each kind (`-SEJOUR-`, `-EVAL-`…), from the content model. */
export const IDENTIFIER_SUFFIXES = {
  sejour: 'SEJOUR',
  evaluation: 'EVAL',
  evenement: 'EVN',
  projetPersonnalise: 'PPER',
  attente: 'ATTE',
  objectif: 'OBJE',
  besoin: 'BESO',
} as const;

export type IdentifierKind = keyof typeof IDENTIFIER_SUFFIXES;

/** OID of the national structure identifier (idNat_Struct) and of the professional one (idNat_PS). */
export const ID_NAT_STRUCT = 'urn:oid:1.2.250.1.71.4.2.2';
export const ID_NAT_PS = 'urn:oid:1.2.250.1.71.4.2.1';

/** Letters and digits only. @example alnum('demo-p01') // 'demop01' */
export const alnum = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '');

/**
 * The person's local identifier. @example localUserId('690000013', 'demo-p01') // '3690000013/demop01'
 */
export const localUserId = (finess: string, personId: string): string => `3${finess}/${alnum(personId)}`;

/**
 * The business identifier of an object of the person's file.
 *
 * @example
 * businessId('sejour', '690000013', 'demo-p01', 'S-1') // '3690000013/demop01-SEJOUR-S1'
 */
export function businessId(kind: IdentifierKind, finess: string, personId: string, objectId: string): string {
  return `${localUserId(finess, personId)}-${IDENTIFIER_SUFFIXES[kind]}-${alnum(objectId)}`;
}

/** `{ system, value }` of a business identifier. */
export const identifier = (kind: IdentifierKind, finess: string, personId: string, objectId: string) => ({
  system: IDENTIFIER_SYSTEMS[kind],
  value: businessId(kind, finess, personId, objectId),
});

/** idNat_Struct of an establishment: `1` + FINESS. @example idNatStruct('690000013') // '1690000013' */
export const idNatStruct = (finess: string): string => `1${finess}`;

/**
 * idNat_PS of a professional: `8` + RPPS when known, else `3` + FINESS + `/` + the local account
 * id (CI-SIS annexe « sources des données » for staff with no RPPS or ADELI number).
 *
 * @example idNatPs({ id: 'pro-2', rpps: '10101010101' }, '690000013') // '810101010101'
 */
export function idNatPs(actor: { id: string; rpps?: string }, finess: string): string {
  return actor.rpps ? `8${actor.rpps}` : `3${finess}/${alnum(actor.id)}`;
}
