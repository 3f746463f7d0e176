import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo, main } from '@duikit/cli';

let dir: string;

async function run(...args: string[]) {
  const io = bufferIo();
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duikit-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('duikit validate', () => {
  it('passes on every shipped workflow, form, variant and scenario', async () => {
    const r = await run('validate', 'workflows', '--lang', 'en');
    expect(r).toEqual({ code: 0, out: '25 file(s) valid.\n', err: '' });
  });

  it('prints one file:/json/pointer: message line per problem and exits 1', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(join(bad, 'forms'), { recursive: true });
    cpSync('workflows/forms/medical-opinion.form.json', join(bad, 'forms/medical-opinion.form.json'));
    const wf = {
      $schema: '../schemas/workflow.schema.json',
      id: 'broken',
      version: '1.0.0',
      title: { fr: 'Cassé', en: 'Broken' },
      appliesTo: ['*'],
      initial: 'a',
      events: { GO: { title: { fr: 'Aller', en: 'Go' } } },
      states: {
        a: {
          title: { fr: 'A', en: 'A' },
          task: {
            title: { fr: 'T', en: 'T' },
            roles: ['director'],
            dataCategories: [],
            form: 'medical-opinion@2.0.0',
          },
          on: { GO: { target: 'b', guard: 'isReady', actions: ['sendFax'] } },
        },
        b: { title: { fr: 'B', en: 'B' }, type: 'final', outcome: 'done' },
      },
    };
    writeFileSync(join(bad, 'broken.workflow.json'), JSON.stringify(wf, null, 2));
    writeFileSync(join(bad, 'truncated.workflow.json'), '{\n  "id": "x",\n  "states": {\n');
    const r = await run('validate', bad);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    const f = join(bad, 'broken.workflow.json');
    // French by default (see validate-i18n.test.ts for --lang en).
    expect(lines.slice(0, 3)).toEqual([
      `${f}:/states/a/task/form: formulaire inconnu « medical-opinion@2.0.0 » (introuvable dans les dossiers de formulaires) — vouliez-vous dire « medical-opinion@1.0.0 » ?`,
      `${f}:/states/a/on/GO/guard: garde inconnue « isReady » (connues : condition, validOrientation)`,
      `${f}:/states/a/on/GO/actions/0: action inconnue « sendFax » (connues : record, append, setDate, produceDocument, notify, startWorkflow)`,
    ]);
    expect(lines[3]).toMatch(
      new RegExp(
        `^${join(bad, 'truncated.workflow.json')}:/: JSON invalide \\(ligne 4, colonne 1\\) : accolade fermante « } » attendue$`,
      ),
    );
    expect(lines).toHaveLength(4);
    expect(r.out).toBe('4 problème(s) dans 2 fichier(s) sur 3.\n');
  });

  it('reports a broken variant after resolution, and unreadable paths', async () => {
    const v = join(dir, 'variants');
    mkdirSync(v, { recursive: true });
    const file = join(v, 'admission-x.json');
    writeFileSync(
      file,
      JSON.stringify({ id: 'admission-x', version: '1.0.0', extends: 'admission@9.0.0', patch: {} }),
    );
    const r = await run('validate', file);
    // Another version of the same workflow exists: it is suggested.
    expect(r.err).toBe(
      `${file}:/extends: aucun workflow « admission@9.0.0 » à étendre — vouliez-vous dire « admission@1.0.0 » ?\n`,
    );
    writeFileSync(
      file,
      JSON.stringify({ id: 'admission-x', version: '1.0.0', extends: 'admision@1.0.0', patch: {} }),
    );
    expect((await run('validate', file)).err).toBe(
      `${file}:/extends: aucun workflow « admision@1.0.0 » à étendre — vouliez-vous dire « admission@1.0.0 » ?\n`,
    );
    const missing = await run('validate', join(dir, 'missing.json'));
    expect(missing).toMatchObject({
      code: 1,
      err: `${join(dir, 'missing.json')}:/: impossible de lire le fichier ou le dossier\n`,
    });
  });

  it('exits 2 on usage errors', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('validate')).code).toBe(2);
    expect((await run('frobnicate')).err).toContain('Commande inconnue « frobnicate »');
    expect((await run('validate', '--colour')).code).toBe(2);
    expect((await run('diagram', 'workflows/discharge.workflow.json', '--format', 'png')).code).toBe(2);
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('duikit <commande>') });
  });
});

describe('duikit diagram and resolve', () => {
  it('prints Mermaid by default and SVG on request', async () => {
    const m = await run('diagram', 'workflows/discharge.workflow.json');
    expect(m.code).toBe(0);
    expect(m.out).toContain('ongoing_notice --> ongoing_effectiveExit : ⏱ Fin du préavis');
    const s = await run(
      'diagram',
      'workflows/variants/admission-ehpad.json',
      '--format',
      'svg',
      '--lang',
      'en',
    );
    expect(s.code).toBe(0);
    expect(s.out).toContain(
      '<title id="t">Admission to a nursing home (EHPAD) (admission-ehpad@1.0.0)</title>',
    );
  });

  it('prints a resolved variant that is itself a valid definition', async () => {
    const r = await run('resolve', 'workflows/variants/admission-mas.json');
    expect(r.code).toBe(0);
    const def = JSON.parse(r.out);
    expect(def.states.preAdmission.states.completeness.on.COMPLETE).toMatchObject({
      target: 'decision',
      guard: { name: 'validOrientation', params: { categories: ['255'] } },
    });
    expect(def.states.preAdmission.states.medicalOpinion).toBeUndefined();
    mkdirSync(join(dir, 'resolved'));
    const out = join(dir, 'resolved', 'admission-mas.workflow.json');
    writeFileSync(out, r.out);
    const v = await run('validate', out, 'workflows/forms');
    expect(v.err).toBe('');
    expect(v.code).toBe(0);
  });
});
