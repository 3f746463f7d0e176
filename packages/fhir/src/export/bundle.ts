/**
 * `toTdduiBundle`: a user file as one TDDUI transaction Bundle (every entry a `POST` with a
 * `urn:uuid` fullUrl), with the list of what stayed out and why.
 */
import type { UserFile } from '@duikit/core';
import mapping from '../data/mapping.json';
import type { Localized } from '../validate/rules.js';
import { SD } from '../tddui/urls.js';
import { addAssessments } from './assessment.js';
import { BundleBuilder, type LeftOut, type Resource } from './context.js';
import { addDocuments, type DocumentContent } from './documents.js';
import { addOrganization, addProfessional } from './organization.js';
import { INS_OIDS, addEntourage, addPatient } from './person.js';
import { addSupportPlans } from './support-plan.js';
import { addEvents, addStays } from './stay.js';

/** What the export needs beyond the file. */
export interface TdduiExportOptions {
  /** The establishment (defaults to the file's `finess`); its name goes to Organization.name. */
  establishment?: { finess?: string; name?: string };
  /** `production` (default) refuses the test and demo INS OIDs; `test` and `demo` accept them. */
  mode?: 'production' | 'test' | 'demo';
  /** The places the access policy withheld from the requester (`withheld` of the engine's export). */
  withheld?: { pointer: string; category?: string; reason?: string }[];
  /** Gives a document's bytes when the file only has a link to them. */
  documentContent?: DocumentContent;
  /** fullUrl ids (default `crypto.randomUUID`). */
  uuid?: () => string;
  now?: Date;
}

/** A transaction Bundle (FHIR R4 JSON). */
export type TdduiBundle = Resource & {
  resourceType: 'Bundle';
  type: 'transaction';
  entry: { fullUrl: string; resource: Resource; request: { method: 'POST'; url: string } }[];
};

/** The Bundle and what stayed out of it. */
export interface TdduiExport {
  bundle: TdduiBundle;
  leftOut: LeftOut[];
}

/** Why an export cannot be made at all. */
export interface TdduiExportError {
  code: 'identity-vigilance' | 'invalid';
  message: Localized;
  path: string;
}

export type TdduiExportResult = { ok: true; value: TdduiExport } | { ok: false; error: TdduiExportError };

/** Whether a pointer of the file holds a value (`*` walks every item). */
function present(node: unknown, tokens: string[]): boolean {
  if (node === undefined || node === null) return false;
  if (!tokens.length) return !(Array.isArray(node) && node.length === 0);
  const [head, ...rest] = tokens;
  if (head === '*') return Array.isArray(node) && node.some((v) => present(v, rest));
  return typeof node === 'object' && present((node as Record<string, unknown>)[head], rest);
}

/** Whether a left-out place is the row's place or one of its ancestors (`*` matches an index). */
function covers(pointer: string, row: string[]): boolean {
  const tokens = pointer.split('/').slice(1);
  return (
    tokens.length <= row.length && tokens.every((t, i) => row[i] === t || (row[i] === '*' && /^\d+$/.test(t)))
  );
}

/**
 * Builds the TDDUI Bundle of a user file.
 *
 * @example
 * const r = await toTdduiBundle(file, { mode: 'demo', establishment: { name: 'EHPAD Les Tilleuls' } });
 * if (r.ok) send(r.value.bundle); else show(r.error.message.fr);
 */
export async function toTdduiBundle(
  file: UserFile,
  options: TdduiExportOptions = {},
): Promise<TdduiExportResult> {
  const finess = options.establishment?.finess ?? file.finess;
  if (!finess)
    return {
      ok: false,
      error: {
        code: 'invalid',
        path: '/finess',
        message: {
          fr: 'Le dossier n’a pas de FINESS : les identifiants TDDUI (3 + FINESS / identifiant local) ne peuvent pas être construits.',
          en: 'The file has no FINESS: the TDDUI identifiers (3 + FINESS / local id) cannot be built.',
        },
      },
    };
  const oid = file.person.ins.oid;
  if ((options.mode ?? 'production') === 'production' && oid && INS_OIDS[oid]?.testOnly)
    return {
      ok: false,
      error: {
        code: 'identity-vigilance',
        path: '/person/ins/oid',
        message: {
          fr: `OID INS de test ou de démonstration (${oid}) : refusé hors mode test ou démonstration.`,
          en: `Test or demo INS OID (${oid}): refused outside test or demo mode.`,
        },
      },
    };
  const now = options.now ?? new Date();
  const b = new BundleBuilder({ finess, now, uuid: options.uuid ?? (() => crypto.randomUUID()) });
  for (const w of options.withheld ?? [])
    b.skip(w.pointer, 'withheld', {
      fr: `Non exporté : la politique d’accès ne permet pas au demandeur d’exporter cette partie${w.category ? ` (catégorie ${w.category})` : ''}.`,
      en: `Not exported: the access policy does not let the requester export this part${w.category ? ` (category ${w.category})` : ''}.`,
    });
  const personId = file.person.id;
  addOrganization(b, { finess, name: options.establishment?.name });
  addPatient(b, file.person);
  for (const member of file.careTeam ?? []) addProfessional(b, member.actor, member.role);
  addEntourage(b, file.person.entourage ?? []);
  addStays(b, personId, file.stays ?? []);
  addEvents(b, personId, file.coordination?.events ?? [], file.stays ?? []);
  addAssessments(b, personId, file.assessments ?? []);
  addSupportPlans(b, personId, file.supportPlans ?? []);
  await addDocuments(b, file.documents ?? [], options.documentContent);
  for (const row of mapping.notMapped) {
    const tokens = row.pointer.split('/').slice(1);
    if (present(file, tokens) && !b.leftOut.some((l) => covers(l.pointer, tokens)))
      b.skip(row.pointer, 'not-mapped', row.reason);
  }
  const bundle: TdduiBundle = {
    resourceType: 'Bundle',
    meta: { profile: [`${SD}tddui-bundle`] },
    type: 'transaction',
    timestamp: now.toISOString(),
    entry: b.entries,
  };
  return { ok: true, value: { bundle, leftOut: b.leftOut } };
}
