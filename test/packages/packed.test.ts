/**
 * The npm packages as a vendor installs them: `npm pack` of every package, installed into a
 * throwaway folder outside the workspace. Checks what each tarball carries (metadata, LICENSE,
 * changelog, the files its `exports` promise, source maps that resolve), that every element and
 * core subpath loads alone without the engine, and the size of two small Vite apps built from
 * the tarballs, opened in Chromium:
 * - every element registered, talking to the HTTP backend: at most 110 KB gz loaded first;
 * - `<dui-form>` alone with a precompiled validator: at most 30 KB gz, everything it loads.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as esbuild } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { generatedForm } from '../../stories/fixtures/forms/generated.js';
import { serveStatic } from '../../scripts/smoke-storybook.mjs';
import { publishedPackages, root } from '../../scripts/packed.mjs';
import { assertBuilt, buildApp, installPacked, kb, nodeIn, type AppBuild } from './packed-app.js';
import { exportedFiles, extract, filesOf, unresolvedSources } from './tarballs.js';

const ALL_ELEMENTS_BUDGET = 110 * 1024;
/** The workbench runs the linter and an engine in the page by design (a configurator's tool):
 * no index registers it, and it is the one element allowed to import core's main entry. */
const WORKBENCH = 'dui-workflow-workbench';
const FORM_BUDGET = 30 * 1024;

let dir = '';
let tarballs: Record<string, string> = {};
const extracted: Record<string, string> = {};
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pkgOf = (name: string) => JSON.parse(readFileSync(join(extracted[name], 'package.json'), 'utf8'));

beforeAll(() => {
  assertBuilt();
  ({ dir, tarballs } = installPacked());
  for (const [name, tgz] of Object.entries(tarballs)) extracted[name] = extract(tgz, join(dir, 'x', name));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('each tarball', () => {
  it('packs every published workspace package', () => {
    expect(Object.keys(tarballs).sort()).toEqual(
      publishedPackages()
        .map((p) => p.name)
        .sort(),
    );
  });

  it('has a real 0.x version, shared by all, and ranges (not pins) on its siblings', () => {
    const versions = new Set(Object.keys(tarballs).map((n) => pkgOf(n).version as string));
    expect(versions.size).toBe(1);
    const [version] = versions;
    expect(version).toMatch(/^0\.[1-9]\d*\.\d+$|^0\.0\.[1-9]\d*$/);
    for (const name of Object.keys(tarballs)) {
      for (const [dep, range] of Object.entries<string>(pkgOf(name).dependencies ?? {})) {
        if (dep.startsWith('@duikit/')) expect(range, `${name} → ${dep}`).toBe(`^${version}`);
      }
    }
  });

  it('says where it comes from: licence, repository folder, homepage, issues, public access', () => {
    for (const { name, dir: folder } of publishedPackages()) {
      const pkg = pkgOf(name);
      expect(pkg.license, name).toBe('MIT');
      expect(pkg.repository, name).toEqual({ ...rootPkg.repository, directory: folder });
      expect(pkg.homepage, name).toBe(rootPkg.homepage);
      expect(pkg.bugs, name).toEqual(rootPkg.bugs);
      expect(pkg.publishConfig?.access, name).toBe('public');
      expect(pkg.description, name).toBeTruthy();
    }
  });

  it('carries the LICENSE, a README and a CHANGELOG', () => {
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    for (const [name, folder] of Object.entries(extracted)) {
      expect(readFileSync(join(folder, 'LICENSE'), 'utf8'), name).toBe(licence);
      expect(readFileSync(join(folder, 'README.md'), 'utf8').length, name).toBeGreaterThan(200);
      expect(readFileSync(join(folder, 'CHANGELOG.md'), 'utf8'), name).toContain(pkgOf(name).version);
    }
  });

  it('ships every file its exports map promises, and no sources, tests or build leftovers', () => {
    for (const [name, folder] of Object.entries(extracted)) {
      const files = filesOf(folder);
      const promised = exportedFiles(pkgOf(name).exports ?? {}, files);
      expect(promised.length, name).toBeGreaterThan(0);
      expect(
        promised.filter((f) => !files.includes(f)),
        `${name}: promised but not packed`,
      ).toEqual([]);
      expect(
        files.filter((f) => /^src\/|\.test\.|tsbuildinfo|(^|\/)chunks\//.test(f)),
        name,
      ).toEqual([]);
    }
  });

  it('has source maps whose sources are inlined or shipped', () => {
    for (const [name, folder] of Object.entries(extracted)) {
      const files = filesOf(folder);
      // Every built module has its map (a package of data files, such as JSON Schemas, has none).
      const js = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
      expect(
        js.filter((f) => !files.includes(`${f}.map`)),
        name,
      ).toEqual([]);
      expect(unresolvedSources(folder), name).toEqual([]);
    }
  });

  it("components' modules import core through its subpaths, never its whole entry", () => {
    const folder = extracted['@duikit/components'];
    const bare = filesOf(folder)
      .filter((f) => f.endsWith('.js') && !f.endsWith('.min.js') && !f.includes(`/${WORKBENCH}/`))
      .filter((f) =>
        /\bfrom\s*["']@duikit\/core["']|import\s*["']@duikit\/core["']/.test(
          readFileSync(join(folder, f), 'utf8'),
        ),
      );
    expect(bare).toEqual([]);
  });

  it('runs the installed CLI, which reports its package version', () => {
    const out = execFileSync(join(dir, 'node_modules/.bin/duikit'), ['--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(pkgOf('@duikit/cli').version);
  });
});

/** The subpaths of a package's exports map that are JavaScript modules. */
const jsSubpaths = (name: string) =>
  Object.entries<unknown>(pkgOf(name).exports)
    .filter(([, t]) => typeof t === 'object' && t !== null && 'default' in t)
    .flatMap(([key]) => {
      if (!key.includes('*')) return [key];
      const [before, after] = (pkgOf(name).exports[key].default as string).slice(2).split('*');
      return filesOf(extracted[name])
        .filter((f) => f.startsWith(before) && f.endsWith(after))
        .map((f) => f.slice(before.length, f.length - after.length))
        .filter((hit) => !hit.includes('/'))
        .map((hit) => key.replace('*', hit));
    })
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));

/** esbuild's bundle of `import '<spec>'`: the files the page loads first and their inputs. */
async function firstLoad(spec: string) {
  const page = join(dir, 'esbuild-page.js');
  writeFileSync(page, `import '${spec}';`);
  const result = await esbuild({
    entryPoints: [page],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: join(dir, 'esbuild-out'),
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint?.endsWith('esbuild-page.js'))!;
  const first = new Set<string>();
  const visit = (o: string) => {
    if (first.has(o)) return;
    first.add(o);
    for (const i of outputs[o].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  const texts = result.outputFiles.filter((f) =>
    [...first].some((o) => f.path.endsWith(o.replace(/^.*esbuild-out/, ''))),
  );
  return {
    inputs: [...first].flatMap((o) => Object.keys(outputs[o].inputs)),
    gzip: texts.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0),
  };
}

/** The engine-side packages no element may load first. */
const HEAVY = ['node_modules/ajv/', 'temporal-polyfill', 'node_modules/xstate/', '@noble/hashes', '@dagrejs'];

describe('each subpath alone', () => {
  it('every core subpath loads in Node from the tarball', () => {
    const specs = jsSubpaths('@duikit/core');
    expect(specs).toEqual(
      expect.arrayContaining(['@duikit/core', '@duikit/core/client', '@duikit/core/base']),
    );
    const out = nodeIn(
      dir,
      `for (const s of ${JSON.stringify(specs)}) { const m = await import(s); console.log(s, Object.keys(m).length); }`,
    );
    for (const s of specs) expect(out).toMatch(new RegExp(`^${s} [1-9]`, 'm'));
  });

  it('a core subpath imported for nothing adds nothing (tree-shakeable, no side effects)', async () => {
    for (const spec of jsSubpaths('@duikit/core').filter((s) => !s.endsWith('/node'))) {
      const { inputs } = await firstLoad(spec);
      expect(
        inputs.filter((i) => i.includes('node_modules/')),
        spec,
      ).toEqual([]);
    }
  });

  it('each element loads alone, without the engine, ajv, xstate or the Temporal polyfill', async () => {
    const elements = jsSubpaths('@duikit/components').filter(
      (s) => /\/dui-[a-z-]+$/.test(s) && !s.endsWith(`/${WORKBENCH}`),
    );
    expect(elements.length).toBeGreaterThanOrEqual(9);
    const lines: string[] = [];
    for (const spec of elements) {
      const { inputs, gzip } = await firstLoad(spec);
      const allowed = spec.endsWith('/dui-workflow-diagram') ? ['@dagrejs'] : [];
      const heavy = inputs.filter((i) => HEAVY.some((h) => i.includes(h) && !allowed.some((a) => h === a)));
      expect(heavy, spec).toEqual([]);
      expect(
        inputs.some((i) => /@duikit\/core\/dist\/(engine|workflow\/runtime|generated\/validators)/.test(i)),
        spec,
      ).toBe(false);
      lines.push(`  ${spec}: ${kb(gzip)} gz loaded first (with lit)`);
    }
    console.log(`\nEach element alone (esbuild, from the tarballs)\n${lines.join('\n')}`);
  });
});

describe('apps built by Vite from the tarballs', () => {
  let all: AppBuild;
  let form: AppBuild;
  let browser: Browser;

  beforeAll(async () => {
    all = await buildApp(dir, 'all-elements', {
      html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Toutes</title></head>
<body><dui-provider locale="fr"><dui-task-inbox></dui-task-inbox></dui-provider>
<script type="module" src="./main.js"></script></body></html>`,
      main: `import '@duikit/components';
import { createHttpBackend } from '@duikit/core';
document.querySelector('dui-provider').backend = createHttpBackend({ baseUrl: '' });
`,
    });
    const fixture = generatedForm(50, { invalidRatio: 0.1 });
    writeFileSync(join(dir, 'schema-50.json'), JSON.stringify(fixture.schema));
    const validator = nodeIn(
      dir,
      `import { readFileSync } from 'node:fs';
import { precompileFormValidator } from '@duikit/components/precompile';
process.stdout.write(precompileFormValidator(JSON.parse(readFileSync('schema-50.json', 'utf8'))));`,
    );
    form = await buildApp(dir, 'form-only', {
      html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire</title></head>
<body><main><dui-form></dui-form></main><script type="module" src="./main.js"></script></body></html>`,
      main: `import '@duikit/components/dui-form';
import validator from './validator.js';
import form from './form.json';
const el = document.querySelector('dui-form');
Object.assign(el, { validator, schema: form.schema, uischema: form.uischema, data: form.data });
`,
      extra: { 'validator.js': validator, 'form.json': JSON.stringify(fixture) },
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  const table = (name: string, b: AppBuild) =>
    `${name}: ${kb(b.initial.min)} min, ${kb(b.initial.gzip)} gz loaded first (${b.initial.files.length} files); ` +
    `${kb(b.all.gzip)} gz with every lazy chunk (${b.all.files.length} files)`;

  it(`every element + the HTTP backend: at most ${kb(ALL_ELEMENTS_BUDGET)} gz loaded first`, async () => {
    console.log(`\nPacked-app sizes (Vite, gzip -9)\n  ${table('every element + HTTP backend', all)}`);
    for (const c of all.chunks
      .filter((x) => !x.initial)
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5))
      console.log(`    lazy ${c.file}: ${kb(c.gzip)} gz`);
    expect(all.initial.gzip).toBeLessThanOrEqual(ALL_ELEMENTS_BUDGET);

    const server = await serveStatic(all.outDir);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(server.url);
      const tags = JSON.parse(
        readFileSync(join(extracted['@duikit/components'], 'custom-elements.json'), 'utf8'),
      )
        .modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
          (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
        )
        .filter((t: string) => t !== WORKBENCH) as string[];
      expect(tags.length).toBeGreaterThanOrEqual(9);
      await page.waitForFunction(() => customElements.get('dui-task-inbox'));
      const missing = await page.evaluate((t) => t.filter((x) => !customElements.get(x)), tags);
      expect(missing).toEqual([]);
      // No server behind this page: the inbox asks /api and shows the failure with a retry.
      await expect
        .poll(() => page.locator('dui-task-inbox').locator('button').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it(`<dui-form> + a precompiled validator: at most ${kb(FORM_BUDGET)} gz, all it loads`, async () => {
    console.log(`  ${table('<dui-form> + precompiled 50-field validator', form)}`);
    expect(form.initial.gzip).toBeLessThanOrEqual(FORM_BUDGET);

    const server = await serveStatic(form.outDir);
    const page = await browser.newPage();
    const loaded = new Set<string>();
    const errors: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) loaded.add(new URL(r.url()).pathname.slice(1));
    });
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(server.url);
      const found = await page.evaluate(async () => {
        const el = document.querySelector('dui-form') as HTMLElement & {
          whenReady(): Promise<void>;
          validate(): Promise<{ path: string; keyword: string }[]>;
        };
        await customElements.whenDefined('dui-form');
        await el.whenReady();
        return (await el.validate()).map((e) => `${e.path} ${e.keyword}`);
      });
      // invalidRatio 0.1 over 50 fields: the integer of each group of ten is out of bounds.
      expect(found).toHaveLength(5);
      expect(found.every((e) => / maximum$/.test(e))).toBe(true);
      const bytes = form.chunks.filter((c) => loaded.has(c.file)).reduce((n, c) => n + c.gzip, 0);
      console.log(`    loaded in Chromium after validate(): ${kb(bytes)} gz (${loaded.size} files)`);
      expect(bytes).toBeLessThanOrEqual(FORM_BUDGET);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
