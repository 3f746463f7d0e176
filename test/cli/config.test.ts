/**
 * Definitions that validate anywhere: a copied variant finds its base and forms through
 * --forms/--workflows or a duikit.config.json found upward, the standard files come last, paths
 * are printed as given, and only the named files and what they declare are opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { bufferIo, main, validatePaths } from '@duikit/cli';

let dir: string;
async function run(...args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}
const json = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2));

beforeAll(() => {
  // An establishment's own folder: a base workflow copied from the standard one under a new id,
  // a form of its own, and a variant of that base in another folder.
  dir = mkdtempSync(join(tmpdir(), 'duikit-config-'));
  mkdirSync(join(dir, 'bases'));
  mkdirSync(join(dir, 'formulaires'));
  mkdirSync(join(dir, 'site', 'variantes'), { recursive: true });
  const text = readFileSync('workflows/admission.workflow.json', 'utf8').replaceAll(
    '"#admission.',
    '"#admission-maison.',
  );
  const admission = JSON.parse(text);
  admission.id = 'admission-maison';
  admission.states.preAdmission.states.request.task.form = 'demande-maison@1.0.0';
  json(join(dir, 'bases', 'admission-maison.workflow.json'), admission);
  const form = JSON.parse(readFileSync('workflows/forms/admission-request.form.json', 'utf8'));
  json(join(dir, 'formulaires', 'demande-maison.form.json'), { ...form, id: 'demande-maison' });
  // Files that must never be opened: invalid JSON of each kind, and a link to /dev/zero.
  writeFileSync(join(dir, 'formulaires', 'brouillon.form.json'), '{ oops');
  writeFileSync(join(dir, 'bases', 'brouillon.workflow.json'), '{ oops');
  symlinkSync('/dev/zero', join(dir, 'site', 'variantes', 'zero.variant.json'));
  json(join(dir, 'site', 'variantes', 'admission-site.variant.json'), {
    id: 'admission-site',
    version: '1.0.0',
    extends: 'admission-maison@1.0.0',
    patch: { parameters: { contractHandoverDelay: 'P10D' } },
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('where forms and bases are found', () => {
  it('fails on a copied variant whose base is nowhere, then passes with --forms and --workflows', async () => {
    const variant = join(dir, 'site', 'variantes', 'admission-site.variant.json');
    expect(await run('validate', variant)).toEqual({
      code: 1,
      out: '1 problème(s) dans 1 fichier(s) sur 1.\n',
      err: `${variant}:/extends: aucun workflow « admission-maison@1.0.0 » à étendre — vouliez-vous dire « admission-mas@1.0.0 » ?\n`,
    });
    const flags = ['--workflows', join(dir, 'bases'), '--forms', join(dir, 'formulaires')];
    expect(await run('validate', variant, ...flags)).toEqual({
      code: 0,
      out: '1 fichier(s) valide(s).\n',
      err: '',
    });
  });

  it('reads a duikit.config.json found upward from the file', async () => {
    json(join(dir, 'duikit.config.json'), { workflows: 'bases', forms: ['formulaires'] });
    try {
      expect(
        (await run('validate', join(dir, 'site', 'variantes', 'admission-site.variant.json'))).code,
      ).toBe(0);
      writeFileSync(join(dir, 'duikit.config.json'), JSON.stringify({ forms: 3 }));
      expect(
        await run('validate', join(dir, 'site', 'variantes', 'admission-site.variant.json')),
      ).toMatchObject({
        code: 1,
        err: `${join(dir, 'duikit.config.json')}:/: duikit.config.json : « forms » et « workflows » sont un dossier ou une liste de dossiers\n`,
      });
    } finally {
      rmSync(join(dir, 'duikit.config.json'));
    }
  });

  it('falls back on the standard workflows and forms of the installed package', async () => {
    const alone = join(dir, 'seul');
    mkdirSync(alone);
    cpSync('workflows/variants/admission-ehpad.json', join(alone, 'admission-ehpad.json'));
    expect(await run('validate', join(alone, 'admission-ehpad.json'))).toMatchObject({ code: 0, err: '' });
    expect((await run('resolve', join(alone, 'admission-ehpad.json'))).code).toBe(0);
  });

  it('opens only the named file, its base and the forms they declare', () => {
    const variant = join(dir, 'site', 'variantes', 'admission-site.variant.json');
    const r = validatePaths([variant], {
      workflows: [join(dir, 'bases')],
      forms: [join(dir, 'formulaires')],
    });
    expect(r.problems).toEqual([]);
    const opened = r.opened.map((p) => relative(dir, p)).sort();
    // The base's other forms (medical-opinion@1.0.0…) are not in formulaires/: looked up there by
    // name, they come from the standard files; no other file of these folders is opened.
    expect(opened).not.toContain(join('formulaires', 'brouillon.form.json'));
    expect(opened).not.toContain(join('bases', 'brouillon.workflow.json'));
    expect(opened).not.toContain(join('site', 'variantes', 'zero.variant.json'));
    expect(opened.filter((p) => !p.startsWith('..'))).toEqual([
      join('bases', 'admission-maison.workflow.json'),
      join('formulaires', 'demande-maison.form.json'),
      join('site', 'variantes', 'admission-site.variant.json'),
    ]);
  });
});

describe('files and paths', () => {
  it('prints paths as they were given', async () => {
    const copy = join('test', 'cli', `.tmp-${process.pid}`);
    mkdirSync(copy, { recursive: true });
    try {
      json(join(copy, 'admission-x.variant.json'), {
        id: 'admission-x',
        version: '1.0.0',
        extends: 'admission@1.0.0',
        patch: { parameters: { contractHandoverDelai: 'P10D' } },
      });
      const given = `./${copy}/admission-x.variant.json`;
      const r = await run('validate', given);
      expect(r.err.split(':/')[0]).toBe(given);
      expect(r.err).toContain(':/patch/parameters/contractHandoverDelai: paramètre inconnu');
      expect((await run('validate', copy)).err.split(':/')[0]).toBe(join(copy, 'admission-x.variant.json'));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('does not hang on a /dev/zero link beside the file, and refuses one given by name', async () => {
    expect(
      (
        await run(
          'validate',
          join(dir, 'site', 'variantes'),
          '--workflows',
          join(dir, 'bases'),
          '--forms',
          join(dir, 'formulaires'),
        )
      ).code,
    ).toBe(0);
    const zero = join(dir, 'site', 'variantes', 'zero.variant.json');
    expect(await run('validate', zero)).toMatchObject({
      code: 1,
      err: `${zero}:/: n’est pas un fichier ordinaire (lien vers un périphérique, tube…) : il n’est pas lu\n`,
    });
  });

  it('shows each command’s own help', async () => {
    const v = await run('validate', '--help');
    expect(v.code).toBe(0);
    expect(v.out).toMatch(
      /^Utilisation : duikit validate <fichier\|dossier>… \[--forms <dossier>\] \[--workflows <dossier>\]/,
    );
    expect(v.out).toContain('duikit.config.json');
    expect((await run('test', '--help', '--lang', 'en')).out).toMatch(/^Usage: duikit test <file\|dir>…/);
    expect((await run('--help')).out).toMatch(/^Utilisation : duikit <commande>/);
  });
});

describe('duikit test', () => {
  it('runs the scenarios shipped with the standard workflows', async () => {
    expect(await run('test', 'workflows')).toEqual({ code: 0, out: '4 scénario(s) réussi(s).\n', err: '' });
  });

  it('validates a scenario’s events and roles, with suggestions', async () => {
    const file = join(dir, 'fautes.scenario.json');
    json(file, {
      title: 'Fautes',
      workflow: 'admission@1.0.0',
      steps: [
        { send: 'SUBMIT_REQEST', as: 'secretariat' },
        { send: 'COMPLETE', as: 'secretaire' },
      ],
    });
    const r = await run('validate', file);
    expect(r.err.trim().split('\n')).toEqual([
      `${file}:/steps/0/send: l’événement « SUBMIT_REQEST » n’est pas déclaré sous /events — vouliez-vous dire « SUBMIT_REQUEST » ?`,
      expect.stringMatching(
        /:\/steps\/1\/as: rôle inconnu « secretaire » \(.*\) — vouliez-vous dire « secretariat » \?$/,
      ),
    ]);
  });

  it('prints one line per failed expectation and exits 1', async () => {
    const file = join(dir, 'retard.scenario.json');
    json(file, {
      title: 'Remise du contrat',
      workflow: 'admission@1.0.0',
      start: { at: '2026-04-01T08:00:00Z' },
      steps: [
        { send: 'SUBMIT_REQUEST', as: 'nurse', payload: {} },
        { advance: 'P1D' },
        { expect: { state: ['preAdmission.decision'], overdue: ['contractHandover'] } },
      ],
    });
    const r = await run('test', file);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `${file}:/steps/0: « SUBMIT_REQUEST » envoyé par nurse a été refusé : Le rôle « nurse » ne peut pas envoyer « SUBMIT_REQUEST » (rôles autorisés : secretariat, social-worker, director).`,
      `${file}:/steps/2/expect/state: états attendus : preAdmission.decision ; obtenus : preAdmission.request`,
      `${file}:/steps/2/expect/overdue: échéances en retard attendues : contractHandover ; obtenues : ∅`,
    ]);
    expect(r.out).toBe('1 scénario(s) en échec sur 1.\n');
    expect(resolve(file)).toBe(file);
  });
});
