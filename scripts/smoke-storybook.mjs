// `node scripts/smoke-storybook.mjs [storybook-static] [--filter text] [--themes light,dark,dsfr] [--no-docs] [--timeout ms]`
// Serves the static Storybook on 127.0.0.1 (node:http), opens every story in headless Chromium
// (playwright-core, /usr/bin/chromium) and fails a story on a console error, a page error, an
// HTTP status >= 400, an empty root, a render error or an axe-core violation (page-level rules
// such as landmarks, `region` and `page-has-heading-one` aside: a story is not a page) or a
// rendered CSS part missing from the custom-elements manifest. Docs pages are opened too and
// fail on errors or on a "Show code" that is a bare element (axe is not run on Storybook's own
// docs chrome).
// Ends with `N passed, M failed`; exits 1 on any failure. STORYBOOK_URL checks a running server.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** axe rules about whole pages, meaningless for a component rendered alone. */
export const PAGE_LEVEL_RULES = [
  'region',
  'page-has-heading-one',
  'bypass',
  'document-title',
  'html-has-lang',
];

/** True for an axe rule that judges the page rather than the story (every `landmark-*` rule too). */
export function isPageLevelRule(id) {
  return PAGE_LEVEL_RULES.includes(id) || id.startsWith('landmark-');
}

/**
 * axe-core options: its default rule set (WCAG 2.x A and AA plus best practices; AAA and
 * experimental rules stay off, as in every element test) minus the page-level rules.
 * @param {string[]} ruleIds every rule id axe knows (`axe.getRules()`)
 */
export function axeOptions(ruleIds) {
  const rules = Object.fromEntries(ruleIds.filter(isPageLevelRule).map((id) => [id, { enabled: false }]));
  return { rules, resultTypes: ['violations'] };
}

/** Reads the command line. */
export function parseArgs(argv) {
  const opts = {
    dir: 'storybook-static',
    filter: '',
    themes: ['light'],
    docs: true,
    concurrency: 2,
    timeout: 60_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--filter') opts.filter = argv[++i] ?? '';
    else if (a === '--themes') opts.themes = (argv[++i] ?? 'light').split(',').filter(Boolean);
    else if (a === '--no-docs') opts.docs = false;
    else if (a === '--concurrency') opts.concurrency = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--timeout') opts.timeout = Math.max(1000, Number(argv[++i]) || 60_000);
    else if (!a.startsWith('--')) opts.dir = a;
    else
      throw new Error(
        `Unknown option ${a}. Usage: smoke-storybook.mjs [dir] [--filter text] [--themes light,dark] [--no-docs]`,
      );
  }
  return opts;
}

/**
 * The pages to open from Storybook's `index.json`: every story once per theme, and every docs
 * page once, in index order.
 * @returns {{ id: string, title: string, name: string, type: 'story' | 'docs', theme?: string, url: string }[]}
 */
export function plan(index, { filter = '', themes = ['light'], docs = true } = {}) {
  const entries = Object.values(index.entries ?? {}).filter(
    (e) => !filter || `${e.title} ${e.name} ${e.id}`.toLowerCase().includes(filter.toLowerCase()),
  );
  const out = [];
  // Theme-major order: a page switches globals once per theme, not once per story.
  for (const theme of themes) {
    const globals = theme === 'light' ? '' : `&globals=theme:${theme}`;
    for (const e of entries.filter((x) => x.type === 'story')) {
      out.push({
        ...pick(e),
        theme,
        url: `iframe.html?id=${encodeURIComponent(e.id)}&viewMode=story${globals}`,
      });
    }
  }
  if (docs) {
    for (const e of entries.filter((x) => x.type === 'docs')) {
      out.push({
        ...pick(e),
        theme: 'light',
        url: `iframe.html?id=${encodeURIComponent(e.id)}&viewMode=docs`,
      });
    }
  }
  return out;
}
const pick = ({ id, title, name, type }) => ({ id, title, name, type });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * A static file server for the build folder on 127.0.0.1 (random port). `/favicon.ico` answers
 * 204 when the build has none, so the browser's automatic request is not reported as an error.
 * `handle(req, res)` may answer a request first (returns true when it did).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, { handle } = {}) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    if (handle?.(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}

/** Formats one axe violation as a line naming the rule, the impact and the first targets. */
export function describeViolation(v) {
  const targets = v.nodes
    .slice(0, 3)
    .map((n) => n.target.join(' '))
    .join(', ');
  return `axe ${v.id} (${v.impact}): ${v.help} — ${targets}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`;
}

/** The closing line CI greps for. */
export function summary(results) {
  const failed = results.filter((r) => r.problems.length > 0).length;
  return `${results.length - failed} passed, ${failed} failed`;
}

/**
 * Opens every "Show code" of a docs page and reports each snippet that is a bare element
 * (`<dui-form></dui-form>`): the code must reproduce the story, properties included.
 */
async function emptySnippets(page) {
  const toggles = page.getByText('Show code', { exact: true });
  for (let i = await toggles.count(); i > 0; i--) await toggles.nth(i - 1).click();
  await page.waitForTimeout(300);
  const codes = await page.locator('#storybook-docs pre').allInnerTexts();
  return codes
    .map((c) => c.trim())
    .filter((c) => /^<(dui-[a-z-]+)[^>]*><\/\1>$/.test(c))
    .map((c) => `"Show code" gives only ${c}`);
}

/** The part names inside each `dui-*` element's own shadow root, by tag. */
function renderedParts(page) {
  return page.evaluate(() => {
    const out = {};
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        if (el.localName.startsWith('dui-')) {
          const parts = (out[el.localName] ??= []);
          for (const p of el.shadowRoot.querySelectorAll('[part]'))
            for (const name of p.getAttribute('part').split(/\s+/))
              if (name && !parts.includes(name)) parts.push(name);
        }
        visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  });
}

/**
 * Rendered parts the manifest does not list for their element (a part named in backticks in a
 * listed part's description, such as a state token, counts as listed; `entry--<kind>` matches
 * any `entry--…`).
 * @param {Record<string, string[]>} rendered
 */
export function undocumentedParts(rendered, manifest) {
  const problems = [];
  for (const [tag, parts] of Object.entries(rendered)) {
    const el = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    if (!el) continue;
    const known = new Set((el.cssParts ?? []).map((p) => p.name));
    // Names in backticks in the descriptions; `entry--<kind>` stands for any kind.
    const named = [
      ...(el.cssParts ?? [])
        .map((p) => p.description ?? '')
        .join(' ')
        .matchAll(/`([\w<>-]+)`/g),
    ].map((m) => new RegExp(`^${m[1].replace(/<[\w-]+>/g, '[\\w-]+')}$`));
    for (const name of parts)
      if (!known.has(name) && !named.some((re) => re.test(name)))
        problems.push(`<${tag}> renders part "${name}", missing from the manifest`);
  }
  return problems;
}

/**
 * Shows one story or docs page and returns the problems found there. The first item of a page
 * loads `iframe.html` (~2–4 s: Storybook's runtime); later ones switch story through Storybook's
 * channel (`setCurrentStory`, as @storybook/test-runner does), ~0.3 s each.
 * @param {{ page: any, theme?: string, loaded: boolean }} tab
 */
async function check(tab, baseUrl, item, axeSource, timeout) {
  const { page } = tab;
  const problems = [];
  const onConsole = (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  };
  const onPageError = (err) => problems.push(`page error: ${err.message}`);
  const onResponse = (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${res.status()} ${res.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('response', onResponse);
  try {
    if (!tab.loaded) {
      await page.goto(baseUrl + item.url, { waitUntil: 'load', timeout });
      tab.loaded = true;
    } else {
      await page.evaluate(
        ({ id, viewMode, theme }) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          if (theme) channel.emit('updateGlobals', { globals: { theme } });
          channel.emit('setCurrentStory', { storyId: id, viewMode });
        },
        { id: item.id, viewMode: item.type, theme: item.theme !== tab.theme ? item.theme : undefined },
      );
    }
    tab.theme = item.theme;
    // Storybook's render phases: 'finished' comes after render and play function.
    await page.waitForFunction(
      ({ id, type }) => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        if (!render || render.id !== id) return false;
        if (document.body.classList.contains('sb-show-errordisplay')) return true;
        if (type === 'docs')
          return !render.preparing && document.querySelector('#storybook-docs .sbdocs') !== null;
        return ['finished', 'errored', 'aborted'].includes(render.phase);
      },
      { id: item.id, type: item.type },
      { timeout },
    );
    // Let lit settle (updates are microtasks; async loads from an in-process backend are fast).
    await page.evaluate(
      (ms) => new Promise((r) => requestAnimationFrame(() => setTimeout(r, ms))),
      item.type === 'docs' ? 400 : 100,
    );
    const state = await page.evaluate(() => ({
      error: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'render error').trim()
        : '',
      rootEmpty: (document.querySelector('#storybook-root')?.children.length ?? 0) === 0,
    }));
    if (state.error) problems.push(`render error: ${state.error}`);
    if (item.type === 'docs' && !state.error) problems.push(...(await emptySnippets(page)));
    if (item.type === 'story' && !state.error && tab.manifest)
      problems.push(...undocumentedParts(await renderedParts(page), tab.manifest));
    if (item.type === 'story' && !state.error && state.rootEmpty) problems.push('empty #storybook-root');
    if (item.type === 'story' && !state.error) {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      const ruleIds = await page.evaluate(() => window.axe.getRules().map((r) => r.ruleId));
      const violations = await page.evaluate(async (options) => {
        const r = await window.axe.run(document, options);
        return r.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          nodes: nodes.map((n) => ({ target: n.target })),
        }));
      }, axeOptions(ruleIds));
      for (const v of violations.filter((x) => !isPageLevelRule(x.id))) problems.push(describeViolation(v));
    }
  } catch (err) {
    problems.push(`could not check: ${String(err.message ?? err).split('\n')[0]}`);
    tab.loaded = false; // start the next item from a fresh page load
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }
  return problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let server;
  let baseUrl = process.env.STORYBOOK_URL?.replace(/\/?$/, '/');
  if (!baseUrl) {
    if (!existsSync(join(opts.dir, 'index.json'))) {
      console.error(`No ${join(opts.dir, 'index.json')}: run \`npm run build-storybook\` first.`);
      process.exit(1);
    }
    server = await serveStatic(opts.dir);
    baseUrl = server.url;
  }
  const index = await (await fetch(`${baseUrl}index.json`)).json();
  const items = plan(index, opts);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const manifestFile = resolve(import.meta.dirname, '../packages/components/custom-elements.json');
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
  const { chromium } = await import('playwright-core');
  const { findChromium } = await import('./chromium.mjs');
  const browser = await chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  let next = 0;
  const worker = async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const tab = { page, loaded: false, theme: undefined, manifest };
    while (next < items.length) {
      const item = items[next++];
      const t0 = Date.now();
      const problems = await check(tab, baseUrl, item, axeSource, opts.timeout);
      const ms = Date.now() - t0;
      // A story that failed may have left the page in a bad state: the next one starts afresh.
      if (problems.length) tab.loaded = false;
      const label = `${item.type === 'docs' ? 'docs ' : ''}${item.title} › ${item.name}${item.theme && item.theme !== 'light' ? ` [${item.theme}]` : ''}`;
      console.log(`${problems.length ? '✗' : '✓'} ${label} (${ms} ms)`);
      for (const p of problems) console.log(`    ${p}`);
      results.push({ item, problems });
    }
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, items.length) }, worker));
  } finally {
    await browser.close();
    await server?.close();
  }
  if (items.length === 0) console.log('No story matched.');
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(summary(results));
  process.exit(results.some((r) => r.problems.length) || items.length === 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
