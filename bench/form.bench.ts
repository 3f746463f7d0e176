/**
 * `<dui-form>` against a plain-DOM baseline, in headless Chromium (playwright-core), at 50, 500
 * and 2,000 fields: mount, first and later keystrokes, validate-all with 10% errors, JS heap
 * added by the mount. Each figure is the median of several runs, each in a fresh page; the
 * baseline runs in the same process, and ratios compare with it.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { join } from 'node:path';
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

/** Runs the benchmark. */
export default async function run(ctx: BenchContext): Promise<BenchReport> {
  const out = await build({
    entryPoints: [join(ctx.root, 'bench/form/page.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['source', 'browser'],
    tsconfig: join(ctx.root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const script = out.outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const rows: BenchRow[] = [];
  try {
    for (const n of SIZES) {
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
      'Runtime validation uses ajv compiled in the page after the first paint (not counted in mount); the baseline validates by hand.',
      'Keystrokes include dui-change (data copy-on-write + full validation) and re-render of only the changed control.',
    ],
  };
}
