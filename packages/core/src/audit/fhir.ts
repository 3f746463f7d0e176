/**
 * Export of audit entries as FHIR R4 AuditEvent resources (the format hospital and regional
 * security teams already ingest).
 */
import type { AuditAction, AuditEntry, FhirBundle } from './types.js';

const ACTION_CODE: Record<AuditAction, 'C' | 'R' | 'U' | 'D' | 'E'> = {
  create: 'C',
  read: 'R',
  list: 'R',
  export: 'R',
  'audit-read': 'R',
  write: 'U',
  sign: 'U',
  rectify: 'U',
  restrict: 'U',
  object: 'U',
  'care-team': 'U',
  'identity-status': 'U',
  'litigation-hold': 'U',
  retention: 'D',
  'audit-prune': 'D',
  erasure: 'D',
  'rights-request': 'E',
  'break-glass': 'E',
  workflow: 'E',
  draft: 'U',
};

/** Our own code system for the fine-grained action (FHIR's `action` has five values only). */
export const DUIKIT_AUDIT_SYSTEM = 'https://duikit.dev/fhir/CodeSystem/audit-action';

/**
 * One entry as a FHIR R4 AuditEvent.
 *
 * @example
 * const resource = toFhirAuditEvent(entry);
 */
export function toFhirAuditEvent(e: AuditEntry): Record<string, unknown> {
  const fileEntity = e.fileId
    ? [
        {
          what: { reference: `Patient/${e.fileId}` },
          type: {
            system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
            code: '1',
            display: 'Person',
          },
          role: {
            system: 'http://terminology.hl7.org/CodeSystem/object-role',
            code: '1',
            display: 'Patient',
          },
          ...(e.categories?.length
            ? {
                securityLabel: e.categories.map((code) => ({
                  system: 'https://duikit.dev/fhir/CodeSystem/data-category',
                  code,
                })),
              }
            : {}),
          ...(e.pointers?.length
            ? { detail: e.pointers.map((p) => ({ type: 'json-pointer', valueString: p })) }
            : {}),
        },
      ]
    : [];
  return {
    resourceType: 'AuditEvent',
    id: `duikit-audit-${e.seq}`,
    type: e.fileId
      ? { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110110', display: 'Patient Record' }
      : {
          system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
          code: 'rest',
          display: 'RESTful Operation',
        },
    subtype: [{ system: DUIKIT_AUDIT_SYSTEM, code: e.action }],
    action: ACTION_CODE[e.action],
    recorded: e.at,
    outcome: e.outcome === 'success' ? '0' : '4',
    ...(e.reason ? { outcomeDesc: e.reason } : {}),
    purposeOfEvent: [
      {
        ...(e.breakGlass
          ? {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
                  code: 'BTG',
                  display: 'break the glass',
                },
              ],
            }
          : {}),
        text: e.purpose,
      },
    ],
    agent: [
      {
        type: { coding: [{ system: 'https://duikit.dev/fhir/CodeSystem/role', code: e.actor.role }] },
        who: {
          identifier: { value: e.actor.professionalId },
          ...(e.actor.name ? { display: e.actor.name } : {}),
        },
        requestor: true,
      },
    ],
    source: {
      site: e.actor.establishment,
      observer: { display: 'DUI Kit' },
      type: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
          code: '4',
          display: 'Application Server',
        },
      ],
    },
    entity: [
      ...fileEntity,
      {
        what: { identifier: { system: 'urn:duikit:audit-hash', value: e.hash } },
        description: `prev ${e.prevHash}`,
      },
    ],
  };
}

/**
 * Entries as a FHIR Bundle of type `collection`.
 *
 * @example
 * const bundle = toFhirBundle(entries, new Date().toISOString());
 */
export function toFhirBundle(entries: AuditEntry[], timestamp: string): FhirBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp,
    entry: entries.map((e) => ({ fullUrl: `urn:uuid:duikit-audit-${e.seq}`, resource: toFhirAuditEvent(e) })),
  };
}
