/**
 * `duikit validate` speaks French by default and English with `--lang en`: every problem line,
 * including the variant wrappers, with the same pointers and exit codes in both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo, main } from '@duikit/cli';

let dir: string;
let savedLang: string | undefined;

async function run(...args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr, lines: io.stderr.trim().split('\n') };
}

const variant = (id: string, ext: string, patch: unknown = {}) => ({
  $schema: '../../schemas/workflow-variant.schema.json',
  id,
  version: '1.0.0',
  extends: ext,
  patch,
});

beforeAll(() => {
  // The CLI falls back to $LANG: unset it so "no --lang" means the product default.
  savedLang = process.env.LANG;
  delete process.env.LANG;
  dir = mkdtempSync(join(tmpdir(), 'duikit-cli-i18n-'));
  mkdirSync(join(dir, 'variants'));
  const write = (name: string, doc: unknown) =>
    writeFileSync(join(dir, 'variants', name), JSON.stringify(doc, null, 2));
  // Resolves, but its patch sends a transition nowhere: reported "in the resolved definition".
  write(
    'admission-lost.json',
    variant('admission-lost', 'admission@1.0.0', {
      states: { preAdmission: { states: { plannedEntry: null } } },
    }),
  );
  // Extends a variant whose own base is missing: the base's problem is quoted inside its own.
  write('admission-orphan.json', variant('admission-orphan', 'admission@9.9.9'));
  write('admission-child.json', variant('admission-child', 'admission-orphan@1.0.0'));
});
afterAll(() => {
  if (savedLang === undefined) delete process.env.LANG;
  else process.env.LANG = savedLang;
  rmSync(dir, { recursive: true, force: true });
});

describe('duikit validate in French (default) and English (--lang en)', () => {
  it('words every problem line in French by default', async () => {
    const r = await run('validate', join(dir, 'variants'), 'workflows');
    expect(r.code).toBe(1);
    const at = (name: string) => join(dir, 'variants', name);
    expect(r.lines).toEqual([
      `${at('admission-child.json')}:/extends: base admission-orphan@1.0.0 : aucun workflow « admission@9.9.9 » à étendre`,
      // The patch removed the state the base still targets: the line points at the removal.
      `${at('admission-lost.json')}:/patch/states/preAdmission/states/plannedEntry: ` +
        'aucun état « plannedEntry » à côté de « preAdmission.decision » ' +
        '(dans la définition résolue, à /states/preAdmission/states/decision/on/ACCEPT/0/target)',
      `${at('admission-lost.json')}:/patch/states/preAdmission/states/plannedEntry: ` +
        'aucun état « plannedEntry » à côté de « preAdmission.waitingList » ' +
        '(dans la définition résolue, à /states/preAdmission/states/waitingList/on/PLACE_OFFERED/target)',
      `${at('admission-orphan.json')}:/extends: aucun workflow « admission@9.9.9 » à étendre — vouliez-vous dire « admission@1.0.0 » ?`,
    ]);
    expect(r.out).toMatch(/^4 problème\(s\) dans 3 fichier\(s\) sur \d+\.\n$/);
  });

  it('words the same lines in English with --lang en, same pointers, same exit code', async () => {
    const fr = await run('validate', join(dir, 'variants'), 'workflows');
    const en = await run('validate', join(dir, 'variants'), 'workflows', '--lang', 'en');
    expect(en.code).toBe(fr.code);
    const place = (line: string) => line.slice(0, line.indexOf(': '));
    expect(en.lines.map(place)).toEqual(fr.lines.map(place));
    expect(en.lines[0]).toMatch(
      /:\/extends: base admission-orphan@1\.0\.0: no workflow "admission@9\.9\.9" to extend$/,
    );
    expect(en.lines[1]).toMatch(
      /: no state "plannedEntry" next to "preAdmission\.decision" \(in the resolved definition, at \/states\/preAdmission\/states\/decision\/on\/ACCEPT\/0\/target\)$/,
    );
    expect(en.out).toMatch(/^4 problem\(s\) in 3 of \d+ file\(s\)\.\n$/);
  });

  it('keeps exit codes 0 and 2 whatever the language', async () => {
    for (const lang of [[], ['--lang', 'en']]) {
      expect((await run('validate', 'workflows', ...lang)).code).toBe(0);
      expect((await run('validate', ...lang)).code).toBe(2);
    }
    expect((await run('validate', 'workflows')).out).toBe('25 fichier(s) valide(s).\n');
  });

  it('words JSON syntax errors and unreadable paths in the chosen language', async () => {
    const broken = join(dir, 'broken.workflow.json');
    writeFileSync(broken, '{\n  "id": "x",\n  "states": {\n');
    const fr = await run('validate', broken);
    const en = await run('validate', broken, '--lang', 'en');
    expect(fr.err).toMatch(/^.*broken\.workflow\.json:\/: JSON invalide \(ligne 4, colonne 1\) : .+\n$/);
    expect(en.err).toMatch(/^.*broken\.workflow\.json:\/: invalid JSON \(line 4, column 1\): .+\n$/);
    const missing = join(dir, 'nothing-here');
    expect((await run('validate', missing, '--lang', 'en')).err).toBe(
      `${missing}:/: cannot read the file or folder\n`,
    );
    expect((await run('diagram', broken, '--lang', 'en')).err).toMatch(
      /:\/: invalid JSON \(line 4, column 1\): /,
    );
  });
});
