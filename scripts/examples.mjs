// `npm run examples [react|vue|angular…]`: each framework example as a vendor runs it. The
// example folder is copied outside the workspace, its `@duikit/*` dependencies are installed
// from the packed tarballs (scripts/packed.mjs), `npm run build` builds it with the framework's
// own tools, and one Playwright check (Debian's Chromium) runs against the build served beside
// the real DUI Kit server: sign in, the inbox shows tasks, a form filled and submitted reaches
// the framework's state. Prints the time of each step and closes with `N passed, M failed`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installApp, packAll, root } from './packed.mjs';
import { serveStatic } from './smoke-storybook.mjs';

export const EXAMPLES = ['react', 'vue', 'angular'];

/**
 * Serves a built single-page app on 127.0.0.1 (random port), `/api/*` proxied to `apiUrl` so
 * the page and the API share one origin (the session cookie is `SameSite=Strict`).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveWithApi(dir, apiUrl) {
  const api = new URL(apiUrl);
  const handle = (req, res) => {
    if (!req.url?.startsWith('/api/')) return false;
    const upstream = request(
      { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
    return true;
  };
  return serveStatic(dir, { handle });
}

/**
 * The one check every example passes, through the page as a person uses it: sign in, see the
 * inbox's tasks, fill the visit request form, submit it, and read what the framework's state
 * received.
 */
export async function checkExample(page, url) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url);
  await page.getByRole('button', { name: 'Se connecter (démo)' }).click();
  await page.locator('dui-task-inbox button.task').first().waitFor({ timeout: 20_000 });
  const tasks = await page.locator('dui-task-inbox button.task').count();
  if (tasks === 0) problems.push('the inbox shows no task');
  await page.getByLabel('Nom du visiteur').fill('Marie Durand');
  await page.getByLabel('Date souhaitée').fill('2026-12-24');
  await page.locator('dui-form button[type="submit"]').click();
  const status = page.getByRole('status').filter({ hasText: 'Demande envoyée' });
  await status.waitFor({ timeout: 10_000 });
  const text = (await status.textContent())?.trim();
  if (text !== 'Demande envoyée : Marie Durand le 2026-12-24') problems.push(`status says « ${text} »`);
  return { tasks, problems };
}

const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

async function main(names) {
  const started = Date.now();
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
  const tarballs = packAll();
  const { startServer } = await import(pathToFileURL(join(root, 'packages/server/dist/index.js')).href);
  const { chromium } = await import('playwright-core');
  const data = mkdtempSync(join(tmpdir(), 'duikit-examples-data-'));
  const server = await startServer({
    env: { PORT: '0', HOST: '127.0.0.1', DUIKIT_DATA_DIR: data },
    log: () => {},
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const results = [];
  try {
    for (const name of names) {
      const dir = mkdtempSync(join(tmpdir(), `duikit-example-${name}-`));
      const t0 = Date.now();
      const line = (step, t) => console.log(`  ${name}: ${step} ${seconds(t)}`);
      try {
        cpSync(join(root, 'examples', name), dir, {
          recursive: true,
          filter: (src) => !/[/\\](node_modules|dist|\.angular)$/.test(src),
        });
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        let t = Date.now();
        installApp(dir, pkg, tarballs);
        line('install', t);
        t = Date.now();
        try {
          execFileSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
        } catch (e) {
          throw new Error(`npm run build failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`, { cause: e });
        }
        line('build', t);
        t = Date.now();
        const site = await serveWithApi(join(dir, 'dist'), server.url);
        const page = await browser.newPage();
        try {
          const { tasks, problems } = await checkExample(page, site.url);
          line(`check (${tasks} tasks in the inbox, form submitted)`, t);
          results.push({ name, problems, time: Date.now() - t0 });
        } finally {
          await page.close();
          await site.close();
        }
      } catch (e) {
        results.push({ name, problems: [String(e?.stack ?? e)], time: Date.now() - t0 });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
  for (const r of results) {
    const verdict = r.problems.length ? `FAILED\n    ${r.problems.join('\n    ')}` : 'ok';
    console.log(`example ${r.name}: ${verdict} (${(r.time / 1000).toFixed(1)} s)`);
  }
  const failed = results.filter((r) => r.problems.length).length;
  console.log(`examples: ${seconds(started)} in all`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((n) => !EXAMPLES.includes(n));
  if (unknown.length) {
    console.error(`Unknown example(s): ${unknown.join(', ')}. Known: ${EXAMPLES.join(', ')}.`);
    process.exit(2);
  }
  await main(asked.length ? asked : EXAMPLES);
}
