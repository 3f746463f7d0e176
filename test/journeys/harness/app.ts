/**
 * The journeys' world: the reference server started as `npm start` starts it (`startServer`, a
 * temporary `DUIKIT_DATA_DIR`, port 0), Debian's Chromium through playwright-core, and a page that
 * records every page error, console error and Content-Security-Policy violation as a problem the
 * journey then fails on. One world per test file (one per vitest worker).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '@duikit/server';
import { findChromium } from '../../../scripts/chromium.mjs';

const BUNDLE = resolve(import.meta.dirname, '../../../packages/components/dist/duikit.min.js');

/** Chromium flags that work on a closed network, as root (see the machine notes). */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=fr-FR',
];

/** A page of the reference app, with the problems seen on it. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Page errors, console errors and CSP violations, in order. */
  problems: string[];
  /** Statuses 5xx answered to the page (a server fault whatever the screen shows). */
  serverErrors: string[];
}

export interface JourneyWorld {
  server: RunningServer;
  dataDir: string;
  browser: Browser;
  /** A fresh browser context (no session) on the app. */
  open(): Promise<AppPage>;
  /** Stops the server and starts a new one on the same data folder (the port changes). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the world. The bundle must exist: `npm test` builds what is missing before this suite.
 *
 * @example
 * const world = await startWorld(); const app = await world.open(); … await world.close();
 */
export async function startWorld(): Promise<JourneyWorld> {
  if (!existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: \`npm test\` builds it first (or run \`npm run build\`).`);
  const dataDir = await mkdtemp(join(tmpdir(), 'duikit-journeys-'));
  const start = () =>
    startServer({
      env: { PORT: '0', HOST: '127.0.0.1', DUIKIT_DATA_DIR: dataDir, DUIKIT_LOG_LEVEL: 'warn' },
      log: () => {},
    });
  let server = await start();
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: `npm test` installs Debian’s chromium, or set CHROME_PATH.');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: FLAGS,
  });
  const contexts: BrowserContext[] = [];
  const world: JourneyWorld = {
    get server() {
      return server;
    },
    dataDir,
    browser,
    async open() {
      const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      contexts.push(context);
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const app: AppPage = { page, context, problems: [], serverErrors: [] };
      watch(app);
      return app;
    },
    async restart() {
      await server.close();
      server = await start();
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}

/** Records what must never happen on a page of the app. */
function watch(app: AppPage): void {
  const { page } = app;
  page.on('pageerror', (e) => app.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // A refused request (401 before sign-in, 403/409/422 refusals) is logged by Chromium as a
    // failed resource: the screen shows the refusal, and the journey asserts what it shows.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
    app.problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 500) app.serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  // Chromium logs CSP violations too, but inside shadow roots only the event names the directive.
  void page.exposeBinding('__duiCspViolation', (_source, text: string) =>
    app.problems.push(`CSP violation: ${text}`),
  );
  void page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const w = window as unknown as { __duiCspViolation?: (t: string) => void };
        w.__duiCspViolation?.(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      },
      true,
    );
  });
}
