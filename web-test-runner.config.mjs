import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from './scripts/chromium.mjs';

// <dui-form> compiles schemas at run time with ajv (and core imports ajv-formats), which are
// CommonJS. The dev server serves modules unbundled, so these packages are bundled ONCE with
// esbuild into a shared module (one copy of ajv's code generator for ajv, ajv-errors and
// ajv-formats: their generated code relies on `instanceof` across them), and each file the
// browser asks for becomes a small ESM facade with the named exports Node sees.
const cjsEntries = [
  ['packages/components', ['ajv', 'ajv/dist/2020.js', 'ajv-formats', 'ajv-errors']],
  ['packages/core', ['ajv', 'ajv/dist/2020.js', 'ajv-errors', 'ajv-formats', 'ajv-formats/dist/formats.js']],
].flatMap(([dir, ids]) => ids.map((id) => createRequire(resolvePath(dir, 'package.json')).resolve(id)));
let cjsBundle;
function cjsAsEsm() {
  const files = [...new Set(cjsEntries)];
  return {
    name: 'cjs-as-esm',
    async serve(context) {
      if (context.path === '/__cjs-bundle.js') {
        cjsBundle ??= build({
          stdin: {
            contents: files.map((f, i) => `export * as e${i} from ${JSON.stringify(f)};`).join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
        }).then((r) => r.outputFiles[0].text);
        return { body: await cjsBundle, type: 'js' };
      }
      const i = files.indexOf(resolvePath('.' + context.path));
      if (i < 0) return undefined;
      const names = Object.keys(createRequire(import.meta.url)(files[i])).filter(
        (k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k),
      );
      const body =
        `import { e${i} as m } from '/__cjs-bundle.js';\nexport default m.default;\n` +
        names.map((n) => `export const ${n} = m.${n};`).join('\n');
      return { body, type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('fhir-validate', resource)`: the TDDUI validator runs in Node (medplum's
 * R4 definitions are read from disk), so browser tests hand it what the form produced. The
 * validator's source is bundled once with esbuild, its packages left to Node's resolution.
 */
function fhirValidateCommand() {
  let validator;
  return {
    name: 'duikit-fhir-validate',
    async executeCommand({ command, payload }) {
      if (command !== 'fhir-validate') return undefined;
      validator ??= build({
        entryPoints: ['packages/fhir/src/validate/validate.ts'],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: 'packages/fhir/node_modules/.cache/duikit-validate.mjs',
        logLevel: 'silent',
      }).then(
        () =>
          import(pathToFileURL(resolvePath('packages/fhir/node_modules/.cache/duikit-validate.mjs')).href),
      );
      return (await validator).validateTddui(payload);
    },
  };
}

/** Counts passed and failed tests so that `npm test` can print one closing line. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors?.length)) failed += s.errors?.length ? 1 : 0;
      }
      mkdirSync('coverage', { recursive: true });
      writeFileSync('coverage/wtr-counts.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/components/**/*.test.ts', 'test/fhir/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  plugins: [
    fhirValidateCommand(),
    cjsAsEsm(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', json: true }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  concurrency: 1,
  reporters: [defaultReporter(), countReporter()],
  coverageConfig: { reportDir: 'coverage/browser', include: ['packages/*/src/**'] },
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
