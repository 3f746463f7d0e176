import type { MessageCatalogue } from '../index.js';

/** Strings of the HTTP API errors and of the reference host app. */
export const server: MessageCatalogue = {
  fr: {
    'server.error.malformedJson': 'Le corps de la requête n’est pas un JSON valide : {detail}',
    'server.error.validation': 'La requête ne respecte pas le schéma : {detail}',
    'server.error.unknownField': 'Champ inconnu « {field} ».',
    'server.error.bodyTooLarge': 'Le corps de la requête dépasse la taille maximale ({limit} octets).',
    'server.error.unsupportedMediaType': 'Type de contenu non accepté : envoyez application/json.',
    'server.error.unauthenticated': 'Connectez-vous pour accéder à cette ressource.',
    'server.error.csrf': 'Jeton anti-falsification (CSRF) absent ou invalide : rechargez la page.',
    'server.error.forbidden': 'Accès refusé : {detail}',
    'server.error.notFound': 'Ressource introuvable : {detail}',
    'server.error.conflict':
      'La ressource a été modifiée entre-temps : rechargez-la et recommencez. {detail}',
    'server.error.unknownProfessional': 'Professionnel de démonstration inconnu : {id}.',
    'server.error.internal':
      'Erreur interne du serveur ; elle a été journalisée sous la référence {requestId}.',
    'server.error.storeUnavailable':
      "Le stockage des données n'est plus disponible pour ce serveur : aucune écriture n'est acceptée. Réessayez plus tard.",
    'server.error.invalid': 'Requête refusée : {detail}',
    'server.error.rateLimited': 'Trop de requêtes ; réessayez dans un instant.',
    'server.client.unavailable':
      'Le serveur DUI ne répond pas ({detail}). Vérifiez la connexion et réessayez.',
    'server.client.status': 'Le serveur DUI a répondu par une erreur (HTTP {status}).',
  },
  en: {
    'server.error.malformedJson': 'The request body is not valid JSON: {detail}',
    'server.error.validation': 'The request does not match the schema: {detail}',
    'server.error.unknownField': 'Unknown field "{field}".',
    'server.error.bodyTooLarge': 'The request body exceeds the maximum size ({limit} bytes).',
    'server.error.unsupportedMediaType': 'Unsupported content type: send application/json.',
    'server.error.unauthenticated': 'Sign in to access this resource.',
    'server.error.csrf': 'Missing or invalid anti-forgery (CSRF) token: reload the page.',
    'server.error.forbidden': 'Access denied: {detail}',
    'server.error.notFound': 'Not found: {detail}',
    'server.error.conflict': 'The resource changed in the meantime: reload it and try again. {detail}',
    'server.error.unknownProfessional': 'Unknown demo professional: {id}.',
    'server.error.internal': 'Internal server error; it has been logged under reference {requestId}.',
    'server.error.storeUnavailable':
      'The data store is no longer available to this server: no write is accepted. Try again later.',
    'server.error.invalid': 'Request refused: {detail}',
    'server.error.rateLimited': 'Too many requests; try again in a moment.',
    'server.client.unavailable':
      'The DUI server does not answer ({detail}). Check the connection and try again.',
    'server.client.status': 'The DUI server answered with an error (HTTP {status}).',
  },
};
