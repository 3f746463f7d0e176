/**
 * The workflow shown in the configurators' guide (and offered in the playground) must be a
 * valid definition, and the linter must report the mistake the guide quotes, at the quoted place,
 * in the words the guide quotes (French by default, English with `--lang en`).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { lintWorkflow, localizeProblem } from '@duikit/core';
import example from '../../stories/playground/visit-request.workflow.json';
import { checkText } from '../../packages/components/src/dui-workflow-workbench/workbench-model.js';

const guide = readFileSync('stories/docs/GettingStartedConfigurators.mdx', 'utf8');

/** The guide's example without the roles of VISIT_DONE: nobody may send it any more. */
function broken() {
  const doc = structuredClone(example) as unknown as { events: Record<string, { roles?: string[] }> };
  delete doc.events.VISIT_DONE.roles;
  return doc;
}

describe('configurators guide example', () => {
  it('lints clean', () => {
    expect(lintWorkflow(example)).toEqual([]);
  });

  it('reports an event nobody may send at its JSON Pointer, as the guide shows', () => {
    expect(lintWorkflow(broken())).toContainEqual(
      expect.objectContaining({
        pointer: '/states/scheduled/on/VISIT_DONE',
        code: 'no-roles',
        message: expect.stringContaining('personne ne peut envoyer « VISIT_DONE » ici'),
      }),
    );
  });

  it('quotes the very lines duikit validate prints, in French and in English', () => {
    const p = lintWorkflow(broken()).find((x) => x.code === 'no-roles')!;
    const line = (message: string) => `workflows/visit-request.workflow.json:${p.pointer}: ${message}`;
    expect(guide).toContain(line(p.message));
    expect(guide).toContain(line(localizeProblem(p, 'en').message));
  });

  it('shows the problem in the playground in the chosen locale, French by default', () => {
    const problemAt = (locale: 'fr' | 'en') =>
      checkText(JSON.stringify(broken()), locale).problems.find(
        (x) => x.pointer === '/states/scheduled/on/VISIT_DONE',
      );
    expect(problemAt('fr')).toMatchObject({ message: expect.stringMatching(/^personne ne peut envoyer/) });
    expect(problemAt('en')).toMatchObject({
      message: expect.stringMatching(/^nobody may send "VISIT_DONE"/),
    });
    expect(checkText('{', 'en')).toMatchObject({
      problems: [{ pointer: '/', message: expect.stringMatching(/^invalid JSON \(line 1, column 2\): /) }],
    });
  });
});
