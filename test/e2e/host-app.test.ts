/**
 * End to end: the real server (lowdb store in a temporary folder, free port) and the host app in
 * Debian Chromium under the strict CSP. Signs in through the role picker, admits a new person
 * through the admission form, walks the admission through every step as the roles that own them,
 * checks the persisted file and the audit, then restarts the server and finds the state kept.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '@duikit/server';

const BUNDLE = resolve(import.meta.dirname, '../../packages/components/dist/duikit.min.js');
let dir = '';
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const start = () =>
  startServer({
    env: { PORT: '0', HOST: '127.0.0.1', DUIKIT_DATA_DIR: dir, DUIKIT_LOG_LEVEL: 'warn' },
    log: () => {},
  });

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the e2e test.`);
  dir = await mkdtemp(join(tmpdir(), 'duikit-e2e-'));
  server = await start();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The first GET /api/session answers 401 before sign-in: expected.
    if (m.type() === 'error' && !/401/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Signs in as a demo professional from the page (same session cookie as the app). */
async function as(professionalId: string): Promise<void> {
  const ok = await page.evaluate(async (id) => {
    const r = await fetch('/api/auth/demo/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ professionalId: id }),
    });
    return r.ok;
  }, professionalId);
  expect(ok).toBe(true);
}

/** Sends an event over HTTP from the page, as `<dui-workflow-step>` does. */
async function send(instanceId: string, type: string, payload?: Record<string, unknown>) {
  const r = await page.evaluate(
    async ({ instanceId, type, payload }) => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch(`/api/instances/${instanceId}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(payload ? { type, payload } : { type }),
      });
      return { status: res.status, body: (await res.json()) as { state?: string; message?: string } };
    },
    { instanceId, type, payload },
  );
  expect(r.status, `${type}: ${JSON.stringify(r.body)}`).toBe(200);
  return r.body;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('reference host app', () => {
  let fileId = '';
  let instanceId = '';

  it('signs in through the role picker and shows the inbox under the strict CSP', async () => {
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.click('button[data-professional="demo-ehpad-secretariat"]');
    await page.waitForSelector('[data-testid="signed-in-as"]');
    expect(await page.textContent('[data-testid="signed-in-as"]')).toContain('Julien Arnaud');
    await page.waitForSelector('dui-task-inbox');
  });

  it('admits a new person through the admission form', async () => {
    await page.goto(`${server.url}#/admit`);
    await page.fill('#admit-birthName', 'essai');
    await page.fill('#admit-firstNames', 'Albertine Rose');
    await page.fill('#admit-birthDate', '1941-02-03');
    await page.check('input[name=sex][value=F]');
    await page.fill('#admit-birthPlace', '69123');
    await page.fill('#admit-birthPlaceName', 'Lyon');
    await page.click('form button[type=submit]');
    await page.waitForURL(/#\/instances\//);
    instanceId = decodeURIComponent(page.url().split('#/instances/')[1] ?? '');
    await page.waitForSelector('dui-workflow-step');
    const instance = await server.runtime.get(
      {
        actor: { professionalId: 'demo-ehpad-secretariat', role: 'secretariat', establishment: '690000013' },
        purpose: 'test',
      },
      instanceId,
    );
    expect(instance.ok && instance.instance.states).toEqual(['preAdmission.request']);
    fileId = instance.ok ? instance.instance.fileId : '';
  });

  it('refuses a bad identity in the page, with the field named, and creates nothing', async () => {
    const before = (await readdir(dir, { recursive: true })).length;
    await page.goto(`${server.url}#/admit`);
    await page.fill('#admit-birthName', 'X');
    await page.click('form button[type=submit]');
    await page.waitForSelector('.error-summary:not([hidden])');
    expect(await page.getAttribute('#admit-birthDate', 'aria-invalid')).toBe('true');
    expect((await readdir(dir, { recursive: true })).length).toBe(before);
  });

  it('walks the admission through every step as the roles that own them', async () => {
    await send(instanceId, 'SUBMIT_REQUEST', {
      channel: 'cerfa-14732',
      receivedOn: day(0),
      stayType: 'permanent',
    });
    await send(instanceId, 'COMPLETE');
    // The director names the care team (CSP L1110-12): the physician acts only once in it.
    await as('demo-ehpad-director');
    // (The physician joins by the EHPAD's default care team; the role comes from the directory.)
    for (const professionalId of ['demo-ehpad-physician', 'demo-ehpad-secretariat']) {
      const status = await page.evaluate(
        async ({ fileId, professionalId }) => {
          const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
          const r = await fetch(`/api/user-files/${encodeURIComponent(fileId)}/care-team`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
            body: JSON.stringify({ professionalId }),
          });
          return r.status;
        },
        { fileId, professionalId },
      );
      expect(status).toBe(200);
    }
    await as('demo-ehpad-physician');
    await send(instanceId, 'GIVE_MEDICAL_OPINION', { opinion: 'favourable', givenOn: day(0) });
    await as('demo-ehpad-director');
    await send(instanceId, 'ACCEPT', { plannedEntryDate: day(1) });
    await send(instanceId, 'ENTER', { entryDate: day(1) });
    await send(instanceId, 'DELIVER_ENTRY_DOCUMENTS', {
      welcomeBooklet: true,
      charter: true,
      houseRules: true,
      deliveredOn: day(1),
    });
    await send(instanceId, 'INFORM_TRUSTED_PERSON');
    await send(instanceId, 'SIGN_ATTESTATION', {
      informedOn: day(1),
      signedByPerson: true,
      signedByDirector: true,
    });
    await send(instanceId, 'HAND_OVER_CONTRACT', { documentType: 'contrat-sejour' });
    await send(instanceId, 'SIGN_CONTRACT', { signedOn: day(2), signatories: ['person', 'director'] });
    // The 15-day withdrawal period is a durable deadline: fire it as the minute timer would.
    await server.runtime.tick(new Date(Date.now() + 20 * 86_400_000));
    const ctx = {
      actor: { professionalId: 'demo-ehpad-director', role: 'director', establishment: '690000013' },
      purpose: 'test',
    };
    const done = await server.runtime.get(ctx, instanceId);
    expect(done.ok && done.instance.states).toEqual(['admitted']);
    expect(done.ok && done.instance.status).toBe('done');
    // The page shows the finished workflow.
    await page.goto(`${server.url}#/persons/${encodeURIComponent(fileId)}`);
    await page.waitForSelector('li[data-definition^="admission"][data-status="done"]');
  });

  it('persisted the file on disk and audited every step', async () => {
    const files = await readdir(dir, { recursive: true });
    const contents = await Promise.all(
      files.filter((f) => f.endsWith('.json')).map((f) => readFile(join(dir, f), 'utf8').catch(() => '')),
    );
    expect(contents.some((c) => c.includes('ALBERTINE') || c.includes('Albertine'))).toBe(true);
    const audit = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/audit/entries?fileId=${encodeURIComponent(id)}&limit=500`)).json()) as {
          action: string;
          details?: { step?: string; event?: string };
        }[],
      fileId,
    );
    const events = audit
      .filter((e) => e.action === 'workflow')
      .map((e) => e.details?.event)
      .filter(Boolean);
    expect(events).toEqual(
      expect.arrayContaining(['SUBMIT_REQUEST', 'GIVE_MEDICAL_OPINION', 'ACCEPT', 'SIGN_CONTRACT']),
    );
    expect(audit.some((e) => e.action === 'create')).toBe(true);
  });

  it('keeps the state across a restart, and does not seed again', { timeout: 90_000 }, async () => {
    await server.close();
    server = await start();
    // Sessions are server-side records (ADR 0020): a restart signs out, and the role picker shows
    // again; signing back in finds everything kept.
    await page.goto(server.url);
    await page.click('button[data-professional="demo-ehpad-director"]');
    await page.waitForSelector('[data-testid="signed-in-as"]');
    expect(await page.textContent('[data-testid="signed-in-as"]')).toContain('Claire Fontaine');
    const ctx = {
      actor: { professionalId: 'demo-ehpad-director', role: 'director', establishment: '690000013' },
      purpose: 'test',
    };
    const kept = await server.runtime.get(ctx, instanceId);
    expect(kept.ok && kept.instance.states).toEqual(['admitted']);
    const listed = await server.engine.listUserFiles(ctx);
    expect(listed.ok && listed.value.filter((f) => f.id === fileId)).toHaveLength(1);
    expect(listed.ok && listed.value.filter((f) => f.id.startsWith('demo-'))).toHaveLength(12);
  });

  it('shows a seeded person’s file, AGGIR grid, support plan and the audit trail to the director', async () => {
    for (const [hash, selector] of [
      ['#/persons', 'table a[href="#/persons/demo-p01"]'],
      ['#/persons/demo-p01', 'dui-user-file'],
      ['#/persons/demo-p01/aggir', 'dui-aggir-grid'],
      ['#/persons/demo-p01/support-plan', 'dui-support-plan'],
      ['#/audit', 'table tbody tr'],
    ] as const) {
      await page.goto(`${server.url}${hash}`);
      await page.waitForSelector(selector);
      expect(
        await page.locator('.alert-warning').count(),
        `${hash}: an element is missing from the bundle`,
      ).toBe(0);
    }
  });

  it('raised no page error and no CSP violation', () => {
    // The step forms compile their schema at run time: under the strict CSP ajv's compiler is
    // refused and <dui-form> falls back to its interpreter, with no error.
    expect(problems.join('\n')).toBe('');
  });
});
