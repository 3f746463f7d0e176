/**
 * scripts/smoke-storybook.mjs helpers: which pages it opens and in what order, which axe rules it
 * leaves aside, its static server (favicon, 404, no escape from the build folder) and the
 * closing line CI reads.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import {
  axeOptions,
  describeViolation,
  isPageLevelRule,
  parseArgs,
  plan,
  serveStatic,
  summary,
} from '../../scripts/smoke-storybook.mjs';

const index = {
  v: 5,
  entries: {
    'forms-dui-form--docs': {
      id: 'forms-dui-form--docs',
      title: 'Forms/dui-form',
      name: 'Docs',
      type: 'docs',
    },
    'forms-dui-form--empty': {
      id: 'forms-dui-form--empty',
      title: 'Forms/dui-form',
      name: 'Empty',
      type: 'story',
    },
    'workflow-dui-task-inbox--overdue': {
      id: 'workflow-dui-task-inbox--overdue',
      title: 'Workflow/dui-task-inbox',
      name: 'Overdue',
      type: 'story',
    },
  },
};

describe('plan', () => {
  it('opens every story, then every docs page', () => {
    const items = plan(index);
    expect(items.map((i: { id: string; type: string }) => `${i.type}:${i.id}`)).toEqual([
      'story:forms-dui-form--empty',
      'story:workflow-dui-task-inbox--overdue',
      'docs:forms-dui-form--docs',
    ]);
    expect(items[0].url).toBe('iframe.html?id=forms-dui-form--empty&viewMode=story');
    expect(items[2].url).toBe('iframe.html?id=forms-dui-form--docs&viewMode=docs');
  });

  it('repeats the stories per theme, theme by theme, with the theme in the URL globals', () => {
    const items = plan(index, { themes: ['light', 'dark'], docs: false });
    expect(items.map((i: { id: string; theme: string }) => `${i.theme}:${i.id}`)).toEqual([
      'light:forms-dui-form--empty',
      'light:workflow-dui-task-inbox--overdue',
      'dark:forms-dui-form--empty',
      'dark:workflow-dui-task-inbox--overdue',
    ]);
    expect(items[2].url).toBe('iframe.html?id=forms-dui-form--empty&viewMode=story&globals=theme:dark');
  });

  it('filters on title, name or id, case-insensitively', () => {
    expect(plan(index, { filter: 'INBOX' }).map((i: { id: string }) => i.id)).toEqual([
      'workflow-dui-task-inbox--overdue',
    ]);
  });
});

describe('options and reporting', () => {
  it('reads the command line and rejects unknown options with the usage', () => {
    expect(parseArgs(['out', '--themes', 'light,dsfr', '--no-docs', '--filter', 'form'])).toMatchObject({
      dir: 'out',
      themes: ['light', 'dsfr'],
      docs: false,
      filter: 'form',
    });
    expect(() => parseArgs(['--bogus'])).toThrow(/Unknown option --bogus\. Usage/);
  });

  it('leaves aside only the rules about whole pages', () => {
    for (const id of ['region', 'page-has-heading-one', 'landmark-one-main', 'landmark-unique']) {
      expect(isPageLevelRule(id)).toBe(true);
    }
    for (const id of ['color-contrast', 'label', 'aria-required-attr', 'button-name']) {
      expect(isPageLevelRule(id)).toBe(false);
    }
  });

  it("keeps axe's default rule set (no AAA, no experimental rules) and only turns page rules off", () => {
    const options = axeOptions(axe.getRules().map((r) => r.ruleId));
    expect(Object.values(options.rules).every((r) => r.enabled === false)).toBe(true);
    expect(options.rules).toHaveProperty('region');
    expect(options.rules).toHaveProperty('landmark-one-main');
    expect(options.rules).not.toHaveProperty('color-contrast');
    expect(options.rules).not.toHaveProperty('color-contrast-enhanced');
    expect(options.rules).not.toHaveProperty('p-as-heading');
  });

  it('names the rule, impact and targets of a violation, and ends with N passed, M failed', () => {
    const v = {
      id: 'label',
      impact: 'critical',
      help: 'Form elements must have labels',
      nodes: [
        { target: ['dui-form', 'input#a'] },
        { target: ['#b'] },
        { target: ['#c'] },
        { target: ['#d'] },
      ],
    };
    expect(describeViolation(v)).toBe(
      'axe label (critical): Form elements must have labels — dui-form input#a, #b, #c (+1)',
    );
    expect(summary([{ problems: [] }, { problems: ['x'] }, { problems: [] }])).toBe('2 passed, 1 failed');
  });
});

describe('serveStatic', () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'duikit-smoke-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.json'), '{"v":5,"entries":{}}');
    writeFileSync(join(dir, 'assets/a.js'), 'export {};');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files with their content type on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${server.url}assets/a.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript');
    expect(await (await fetch(`${server.url}index.json`)).json()).toEqual({ v: 5, entries: {} });
  });

  it('answers a missing favicon with 204 and other missing files with 404', async () => {
    expect((await fetch(`${server.url}favicon.ico`)).status).toBe(204);
    expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
  });

  it('never serves a file outside the build folder', async () => {
    const res = await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`);
    expect(res.status).toBe(403);
  });
});
