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
      { pointer: '/events/lower', code: 'schema', message: '"lower" is not a valid name here' },
      {
        pointer: '/states/review/on/REJECT/guard',
        code: 'schema',
        message: 'missing required property "name"',
      },
      { pointer: '/states/review/on/REJECT/guard/nam', code: 'schema', message: 'unknown property' },
      {
        pointer: '/states/review/deadlines/0/duration',
        code: 'schema',
        message: 'is not an ISO 8601 duration (e.g. P15D, P1M, P1Y)',
      },
    ]);
  });

  it('refuses what is not an object, and variant patches that rename the definition', () => {
    expect(checkSchema('form', [])).toEqual([
      { pointer: '/', code: 'schema', message: 'a definition file must contain a JSON object' },
    ]);
    const problems = checkSchema('variant', {
      id: 'v',
      version: '1.0.0',
      extends: 'admission@1.0.0',
      patch: { id: 'other' },
    });
    expect(problems.map((p) => p.pointer)).toEqual(['/patch']);
  });
});
