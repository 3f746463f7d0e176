/**
 * `duikit export tddui <fileId> --data <folder> --as <professional> --establishment <FINESS>
 * [--role director] [--mode production|test|demo] [--out file.json] [--send <url>]`: the TDDUI
 * Bundle of one user file, as the named professional may export it (policy-checked and audited by
 * the engine), validated before anything is written or sent.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine, defaultAccessPolicy, type Locale, type StorePort } from '@duikit/core';
import { exportTddui } from '@duikit/fhir';
import { describeConsumerResult, sendTdduiBundle } from '@duikit/fhir/consumer';
import type { Io } from './io.js';

/** Options of `export tddui`. */
export interface ExportTdduiOptions {
  data?: string;
  out?: string;
  as?: string;
  role?: string;
  establishment?: string;
  mode?: string;
  send?: string;
  locale: Locale;
}

const TEXT = {
  fr: {
    usage:
      'Utilisation : duikit export tddui <dossier> --data <dossier de données> --as <professionnel> --establishment <FINESS> [--role director] [--mode production|test|demo] [--out fichier.json] [--send <url>]',
    missing: (what: string) => `Argument manquant : ${what}.`,
    refused: (m: string) => `Export refusé : ${m}`,
    invalid: (n: number) =>
      `Le Bundle produit ne respecte pas les profils TDDUI (${n} erreur(s)) : rien n’a été écrit ni envoyé.`,
    done: (n: number, out: string) =>
      `Bundle TDDUI : ${n} ressource(s), 0 erreur de validation${out ? `, écrit dans ${out}` : ''}.`,
    left: 'Non exporté :',
  },
  en: {
    usage:
      'Usage: duikit export tddui <file> --data <data folder> --as <professional> --establishment <FINESS> [--role director] [--mode production|test|demo] [--out file.json] [--send <url>]',
    missing: (what: string) => `Missing argument: ${what}.`,
    refused: (m: string) => `Export refused: ${m}`,
    invalid: (n: number) =>
      `The Bundle does not meet the TDDUI profiles (${n} error(s)): nothing was written or sent.`,
    done: (n: number, out: string) =>
      `TDDUI Bundle: ${n} resource(s), 0 validation error${out ? `, written to ${out}` : ''}.`,
    left: 'Not exported:',
  },
};

async function openStore(dir: string): Promise<StorePort> {
  // A variable specifier keeps the lowdb store an optional, run-time dependency of the CLI.
  const specifier = '@duikit/store-lowdb';
  const mod = (await import(specifier)) as { createLowdbStore: (o: { dir: string }) => Promise<StorePort> };
  return mod.createLowdbStore({ dir: resolve(dir) });
}

/**
 * Runs `export tddui`; returns the exit code (0 done, 1 refused or invalid, 2 usage).
 *
 * @example
 * await runExportTddui(['demo-p01'], { data: 'data', as: 'demo-ehpad-director', establishment: '690000013', mode: 'demo', locale: 'fr' }, io);
 */
export async function runExportTddui(args: string[], o: ExportTdduiOptions, io: Io): Promise<number> {
  const t = TEXT[o.locale === 'en' ? 'en' : 'fr'];
  const [kind, fileId] = args;
  const missing =
    kind !== 'tddui'
      ? 'tddui'
      : !fileId
        ? '<dossier>'
        : !o.data
          ? '--data'
          : !o.as
            ? '--as'
            : !o.establishment
              ? '--establishment'
              : undefined;
  if (missing) {
    io.err(t.missing(missing));
    io.err(t.usage);
    return 2;
  }
  const mode = o.mode === 'demo' || o.mode === 'test' ? o.mode : 'production';
  const store = await openStore(o.data as string);
  try {
    const engine = await createEngine({ store, policy: defaultAccessPolicy, mode, locale: o.locale });
    const ctx = {
      actor: {
        professionalId: o.as as string,
        role: o.role ?? 'director',
        establishment: o.establishment as string,
      },
      purpose: 'tddui-export',
    };
    const r = await exportTddui(engine, ctx, fileId, { mode });
    if (!r.ok) {
      io.err(
        t.refused(
          typeof r.error.message === 'string'
            ? r.error.message
            : r.error.message[o.locale === 'en' ? 'en' : 'fr'],
        ),
      );
      return 1;
    }
    const lang = o.locale === 'en' ? 'en' : 'fr';
    const errors = r.value.report.issues.filter((i) => i.severity === 'error');
    if (errors.length) {
      io.err(t.invalid(errors.length));
      for (const i of errors) io.err(`- ${i.expression} : ${i.message[lang]} (${i.rule})`);
      return 1;
    }
    const json = JSON.stringify(r.value.bundle, null, 2);
    if (o.out) writeFileSync(o.out, `${json}\n`);
    else io.out(json);
    io.err(t.done(r.value.bundle.entry.length, o.out ?? ''));
    if (r.value.leftOut.length) {
      io.err(t.left);
      for (const l of r.value.leftOut) io.err(`- ${l.pointer} : ${l.reason[lang]}`);
    }
    if (o.send) {
      const sent = await sendTdduiBundle(o.send, r.value.bundle, { locale: lang });
      io.err(describeConsumerResult(sent, lang));
      if (!sent.ok) return 1;
    }
    return 0;
  } finally {
    await store.close();
  }
}
