/**
 * The audit trail: append-only, hash-chained, stored apart from the files.
 */
// The shapes that cross the HTTP contract are declared once, in schemas/api/audit.schema.json.
export type {
  AuditAction,
  AuditEntry,
  AuditQuery,
  AuditVerification,
  FhirBundle,
} from '../generated/types.js';
