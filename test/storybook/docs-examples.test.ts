/**
 * The workflow shown in the configurators' guide (and offered in the playground) must be a
 * valid definition, and the linter must report the mistake the guide quotes, at the quoted place.
 */
import { describe, it, expect } from 'vitest';
import { lintWorkflow } from '@duikit/core';
import example from '../../stories/playground/visit-request.workflow.json';

describe('configurators guide example', () => {
  it('lints clean', () => {
    expect(lintWorkflow(example)).toEqual([]);
  });

  it('reports an event nobody may send at its JSON Pointer, as the guide shows', () => {
    const broken = structuredClone(example) as unknown as { events: Record<string, { roles?: string[] }> };
    delete broken.events.VISIT_DONE.roles;
    expect(lintWorkflow(broken)).toContainEqual(
      expect.objectContaining({
        pointer: '/states/scheduled/on/VISIT_DONE',
        code: 'no-roles',
        message: expect.stringContaining('personne ne peut envoyer « VISIT_DONE » ici'),
      }),
    );
  });
});
