/**
 * Who does something, and why. Every engine call names an actor and a purpose; the same shape is
 * used by the workflow runtime, the user-file services, the screens' backend and the HTTP server.
 */

/**
 * A professional (or the person, or their representative) acting in an establishment.
 *
 * @example
 * const actor: Actor = { professionalId: 'pro-001', role: 'director', establishment: '750000001' };
 */
export interface Actor {
  /** Stable id of the professional (RPPS/ADELI or local id); for the person: their user-file id. */
  professionalId: string;
  /** A role id of the access policy, e.g. `director`, `coordinating-physician`, `nurse`, `person`. */
  role: string;
  /** FINESS number (9 characters) of the establishment the actor acts in. */
  establishment: string;
  /** Display name, for audit readers and screens. */
  name?: string;
}

/**
 * The actor plus the purpose of the call (recorded in the audit trail) and, when access is
 * exceptional, a break-the-glass reason.
 *
 * @example
 * const ctx: CallContext = { actor, purpose: 'admission' };
 */
export interface CallContext {
  actor: Actor;
  /** Why the actor does this (e.g. `care`, `admission`, `support-plan-review`, `rights-request`). */
  purpose: string;
  /** Exceptional access: a reason is mandatory, the access is time-limited and flagged. */
  breakGlass?: { reason: string };
}
