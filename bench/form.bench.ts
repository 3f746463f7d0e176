/**
 * `<dui-form>` against a plain-DOM baseline, in headless Chromium (playwright-core), at 50, 500
 * and 2,000 fields: mount, first and later keystrokes, validate-all with 10% errors, JS heap
 * added by the mount. Each figure is the median of several runs, each in a fresh page; the
 * baseline runs in the same process, and ratios compare with it.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generatedForm } from '../stories/fixtures/forms/generated.js';
import { median, type BenchContext, type BenchReport, type BenchRow } from './stats.js';

const SIZES = [50, 500, 2000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LATER_KEYS = 10;

interface Sample {
  mount: number;
  first: number;
  later: number;
  validate: number;
  heap: number;
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

type Kind = 'dui' | 'baseline';
declare const bench: {
  mount(kind: Kind, n: number): Promise<number>;
  ready(): Promise<void>;
  keystroke(kind: Kind, i: number): Promise<number>;
  validateAll(kind: Kind, n: number): Promise<{ ms: number; shown: number }>;
};

async function sample(page: Page, script: string, kind: Kind, n: number): Promise<Sample> {
  await page.setContent('<!doctype html><html lang="fr"><body></body></html>');
  await page.addScriptTag({ content: script, type: 'module' });
  await page.waitForFunction(() => 'bench' in window);
  const before = await heapUsed(page);
  const mount = await page.evaluate(([k, size]) => bench.mount(k, size), [kind, n] as const);
  const heap = (await heapUsed(page)) - before;
  await page.evaluate(() => bench.ready());
  const first = await page.evaluate((k) => bench.keystroke(k, 0), kind);
  const later: number[] = [];
  for (let i = 1; i <= LATER_KEYS; i++)
    later.push(await page.evaluate(([k, j]) => bench.keystroke(k, j), [kind, i] as const));
  const v = await page.evaluate(([k, size]) => bench.validateAll(k, size), [kind, n] as const);
  return { mount, first, later: median(later), validate: v.ms, heap };
}

/**
 * The page script for `n` fields, with the schema's validator precompiled by ajv standalone
 * code (the CSP-safe production path: no compiler in the page, as the baseline has none).
 */
async function pageScript(root: string, n: number): Promise<string> {
  // Load ajv through ajv-formats' own resolution: in this workspace it has a nested ajv copy, and
  // standalone code only comes out right when the formats plugin and ajv share one copy.
  const formatsPath = createRequire(join(root, 'packages/components/package.json')).resolve('ajv-formats');
  const require = createRequire(formatsPath);
  type Ajv = { compile(s: object): unknown };
  const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (o: object) => Ajv }).default;
  const standalone = (require('ajv/dist/standalone/index.js') as { default: (a: Ajv, v: unknown) => string })
    .default;
  const addFormats = require(formatsPath) as (a: Ajv) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
  addFormats(ajv);
  const code = standalone(ajv, ajv.compile(generatedForm(n).schema));
  const out = await build({
    entryPoints: [join(root, 'bench/form/page.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['source', 'browser'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
    plugins: [
      {
        name: 'virtual-validator',
        setup(b) {
          b.onResolve({ filter: /^virtual:validator$/ }, () => ({ path: 'validator', namespace: 'v' }));
          b.onLoad({ filter: /.*/, namespace: 'v' }, () => ({
            contents: code,
            loader: 'js',
            resolveDir: join(root, 'packages/components'),
          }));
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}

/** Runs the benchmark. */
export default async function run(ctx: BenchContext): Promise<BenchReport> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows: BenchRow[] = [];
  try {
    for (const n of SIZES) {
      const script = await pageScript(ctx.root, n);
      const runs: Record<Kind, Sample[]> = { dui: [], baseline: [] };
      for (let r = 0; r < RUNS; r++) {
        for (const kind of ['baseline', 'dui'] as const) {
          const page = await browser.newPage();
          runs[kind].push(await sample(page, script, kind, n));
          await page.close();
        }
      }
      ctx.log(`${n} fields: ${RUNS} runs each`);
      const metric = (key: keyof Sample, label: string, unit: string, target?: string) => {
        const m = median(runs.dui.map((s) => s[key]));
        const b = median(runs.baseline.map((s) => s[key]));
        const scale = unit === 'MB' ? 2 ** 20 : 1;
        rows.push({
          case: `${n} fields`,
          metric: label,
          unit,
          median: m / scale,
          baseline: b / scale,
          ratio: b > 0 ? m / b : undefined,
          runs: RUNS,
          target: n === 2000 ? target : undefined,
        });
      };
      metric('mount', 'mount to painted frame', 'ms', '≤ 1.2× baseline');
      metric('first', 'first keystroke to painted frame', 'ms', '≤ 1.2× baseline');
      metric('later', 'later keystrokes to painted frame (median of 10)', 'ms', '≤ 1.2× baseline');
      metric('validate', 'validate-all, 10% errors, to painted messages', 'ms', '≤ 1.5× baseline');
      metric('heap', 'JS heap added by the mount', 'MB', '≤ 5 MB');
    }
  } finally {
    await browser.close();
  }
  return {
    id: 'form',
    title: '<dui-form> vs hand-written DOM',
    description:
      'Generated form, sections of ten mixed fields (text, textarea, integer, enum, boolean, date), data for every field; headless Chromium; fresh page per run.',
    rows,
    notes: [
      'Validation uses the schema precompiled by ajv standalone code (the CSP-safe path); the baseline validates by hand.',
      'Keystrokes include dui-change (data copy-on-write + full validation) and re-render of only the changed control.',
    ],
  };
}
