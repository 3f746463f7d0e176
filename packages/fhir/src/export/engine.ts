/**
 * The TDDUI export through the engine: the engine's `exportUserFile` applies the access policy
 * for the `export` action and writes the audit entry; what it withheld is listed in the result.
 */
import type { CallContext, Engine } from '@duikit/core';
import { validateTddui } from '../validate/validate.js';
import type { ValidationReport } from '../validate/types.js';
import { toTdduiBundle, type TdduiExport, type TdduiExportError, type TdduiExportOptions } from './bundle.js';

/** The export with its validation report. */
export type TdduiEngineExport = TdduiExport & { report: ValidationReport; fileId: string };

/** Why the engine refused (forbidden, not-found…) or the export could not be made. */
export interface TdduiEngineError {
  code: string;
  message: string | TdduiExportError['message'];
  path?: string;
}

/**
 * Exports a user file as a TDDUI Bundle for the requesting professional, validated.
 *
 * @example
 * const r = await exportTddui(engine, ctx, 'demo-p01', { mode: 'demo' });
 * if (r.ok) r.value.bundle; // only what ctx may export; r.value.leftOut lists the rest
 */
export async function exportTddui(
  engine: Pick<Engine, 'exportUserFile' | 'getUserFile'>,
  ctx: CallContext,
  fileId: string,
  options: TdduiExportOptions = {},
): Promise<{ ok: true; value: TdduiEngineExport } | { ok: false; error: TdduiEngineError }> {
  const exported = await engine.exportUserFile(
    { ...ctx, purpose: ctx.purpose || 'tddui-export' },
    fileId,
    'json',
  );
  if (!exported.ok) return { ok: false, error: exported.error };
  const doc = JSON.parse(exported.value.content) as {
    file: Parameters<typeof toTdduiBundle>[0];
    withheld: { pointer: string; category?: string; reason?: string }[];
  };
  // A TDDUI Bundle is about an identified person: whom the policy lets export other parts but not
  // the identity (a physician exports health data) cannot build one.
  if (!doc.file.person?.ins)
    return {
      ok: false,
      error: {
        code: 'forbidden',
        path: '/person',
        message: {
          fr: 'L’export TDDUI identifie la personne : votre fonction ne permet pas d’exporter son identité.',
          en: 'A TDDUI export identifies the person: your role may not export their identity.',
        },
      },
    };
  // The care team (engine metadata, not file content) names the professionals who accompany the
  // person: they travel as Practitioner + PractitionerRole. Reading it is audited like any read.
  const view = await engine.getUserFile({ ...ctx, purpose: ctx.purpose || 'tddui-export' }, fileId);
  const listed = doc.file.careTeam ?? [];
  const team = (view.ok ? view.value.meta.careTeam : [])
    .filter((m) => !m.until && !listed.some((c) => c.actor.id === m.professionalId))
    .map((m) => ({
      actor: { id: m.professionalId, kind: 'professional' as const, role: m.role },
      role: m.role,
    }));
  // A file created through the API may carry its establishment only in the engine's metadata.
  const finess = doc.file.finess ?? (view.ok ? view.value.meta.establishment : undefined);
  const built = await toTdduiBundle(
    { ...doc.file, ...(finess ? { finess } : {}), careTeam: [...listed, ...team] },
    { ...options, withheld: [...(options.withheld ?? []), ...doc.withheld] },
  );
  if (!built.ok) return built;
  return { ok: true, value: { ...built.value, fileId, report: await validateTddui(built.value.bundle) } };
}
