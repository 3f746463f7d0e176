import { describe, expect, it } from 'vitest';
import { checkSchema } from '@duikit/core';
import { loose, tinyWorkflow } from './fixtures.js';

describe('checkSchema (structure of configuration files, CSP-safe)', () => {
  it('speaks for the closest alternative of a oneOf', () => {
    const def = loose(tinyWorkflow());
    def.states.review.on.REJECT.guard = { nam: 'isLate' };
    def.states.review.deadlines[0].duration = 'P1X';
    def.events.lower = { title: { fr: 'a', en: 'b' } };
    expect(checkSchema('workflow', def)).toEqual([
      {
        pointer: '/events/lower',
        code: 'schema',
        key: 'workflow.lint.file.invalid-name',
        params: { name: 'lower' },
        message: '« lower » n’est pas un nom valide ici',
      },
      {
        pointer: '/states/review/on/REJECT/guard',
        code: 'schema',
        key: 'workflow.lint.file.required',
        params: { name: 'name' },
        message: 'propriété obligatoire manquante : « name »',
      },
      {
        pointer: '/states/review/on/REJECT/guard/nam',
        code: 'schema',
        key: 'workflow.lint.file.unknown-property',
        message: 'propriété inconnue',
      },
      {
        pointer: '/states/review/deadlines/0/duration',
        code: 'schema',
        key: 'workflow.lint.file.pattern.duration',
        message: 'n’est pas une durée ISO 8601 (par exemple P15D, P1M, P1Y)',
      },
    ]);
  });

  it('refuses what is not an object, and variant patches that rename the definition', () => {
    expect(checkSchema('form', [])).toEqual([
      {
        pointer: '/',
        code: 'schema',
        key: 'workflow.lint.file.not-object',
        message: 'un fichier de définition doit contenir un objet JSON',
      },
    ]);
    const problems = checkSchema('variant', {
      id: 'v',
      version: '1.0.0',
      extends: 'admission@1.0.0',
      patch: { id: 'other' },
    });
    expect(problems.map((p) => [p.pointer, p.message])).toEqual([
      ['/patch', 'un patch ne peut changer ni « id » ni « version »'],
    ]);
  });
});
