/**
 * The audit trail: append-only, hash-chained, stored apart from the files.
 */
import type { Category } from '../policy/types.js';

/** What was done. */
export type AuditAction =
  | 'create'
  | 'read'
  | 'write'
  | 'sign'
  | 'export'
  | 'list'
  | 'rectify'
  | 'restrict'
  | 'object'
  | 'break-glass'
  | 'care-team'
  | 'identity-status'
  | 'retention'
  | 'litigation-hold'
  | 'audit-read'
  | 'audit-prune'
  | 'workflow'
  | 'rights-request'
  | 'erasure';

/** One audit entry: who, role, when, what, why, outcome; chained to the previous one. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: { professionalId: string; role: string; establishment: string; name?: string };
  action: AuditAction;
  /** User-file id, when the action concerns one. */
  fileId?: string;
  /** Data categories read, written, exported or refused. */
  categories?: Category[];
  /** JSON Pointers read, written or withheld. */
  pointers?: string[];
  purpose: string;
  outcome: 'success' | 'refused';
  /** Refusal code or free reason (break-the-glass justification, rectification reason). */
  reason?: string;
  breakGlass?: boolean;
  /** Previous/new values (rectification), step names (retention), workflow event… */
  details?: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** Filters for reading the trail. */
export interface AuditQuery {
  fileId?: string;
  from?: string;
  to?: string;
  actor?: string;
  limit?: number;
}

/** Result of walking the chain. */
export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match. */
  firstBroken?: { seq: number; reason: 'hash-mismatch' | 'broken-link' | 'sequence-gap' | 'unreadable' };
}

/** A FHIR R4 Bundle (collection) of AuditEvent resources. */
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: Record<string, unknown> }[];
}
