/**
 * French first for the linter: fr and en catalogues agree key for key and placeholder for
 * placeholder, every key the lint sources use exists, and broken definitions covering every
 * problem code render in both locales without a raw key or an unreplaced `{placeholder}`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkSchema,
  createTranslator,
  createWorkflowRegistry,
  lintCondition,
  lintForm,
  lintWorkflow,
  localizeProblem,
  resolveVariant,
  standardWorkflowFiles,
  validatePayload,
  loadPayloadCompiler,
  workflowLintMessages,
  WorkflowDefinitionError,
  type WorkflowProblem,
} from '@duikit/core';
import { brokenEverywhere, brokenGraphs, brokenSchemas } from './lint-i18n.fixtures.js';
import { loose, tinyWorkflow } from './fixtures.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const { fr, en } = workflowLintMessages;

const SOURCES = [
  'packages/core/src/workflow',
  'packages/core/src/conditions',
  'packages/core/src/json',
  'packages/cli/src',
];
const sourceText = SOURCES.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
).join('\n');

/** Every problem the broken fixtures produce, across the linters. */
function everyProblem(): WorkflowProblem[] {
  const registryProblems = () => {
    const a = { id: 'a', version: '1.0.0', extends: 'b@1.0.0', patch: {} };
    const b = { id: 'b', version: '1.0.0', extends: 'a@1.0.0', patch: {} };
    try {
      createWorkflowRegistry({ definitions: [], variants: [a, b] });
    } catch (e) {
      return (e as WorkflowDefinitionError).problems;
    }
    return [];
  };
  const form = loose(structuredClone(standardWorkflowFiles.forms[0]));
  form.uischema.elements[0].scope = '#/properties/nowhere';
  form.uischema.elements[0].rule = { effect: 'HIDE', condition: { type: 'OR', conditions: [] } };
  const evil = JSON.parse('{"id":"x","version":"1.0.0","extends":"y@1.0.0","patch":{"__proto__":{}}}');
  return [
    ...lintWorkflow(brokenEverywhere(), { forms: [], workflows: ['tiny@1.0.0'] }),
    ...brokenGraphs().flatMap((d) => lintWorkflow(d)),
    ...brokenSchemas().flatMap(([kind, doc]) => checkSchema(kind, doc)),
    ...lintForm(form),
    ...lintForm([]),
    ...lintCondition(
      {
        type: 'AND',
        conditions: [
          { scope: 42, schema: 5 },
          { type: 'LEAF', scope: '#/items/0' },
          { type: 'OR', conditions: [] },
          { type: 'NOT', condition: 'yes' },
          { type: 'XOR' },
        ],
      },
      '/guard',
    ),
    ...('problems' in resolveVariant(evil, () => undefined)
      ? (resolveVariant(evil, () => undefined) as { problems: WorkflowProblem[] }).problems
      : []),
    ...(
      resolveVariant({ id: 'v', version: '1.0.0', extends: 'none@1.0.0', patch: {} }, () => undefined) as {
        problems: WorkflowProblem[];
      }
    ).problems,
    ...registryProblems(),
  ];
}

describe('the linter catalogues', () => {
  it('have the same keys and the same placeholders in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr))
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(fr[key])]);
  });

  it('define every key the lint sources name, and every key is used', () => {
    const literal = new Set(
      [...sourceText.matchAll(/'(workflow\.(?:lint|migrate|instance|scenario)\.[\w.-]+)'/g)].map((m) => m[1]),
    );
    expect(literal.size).toBeGreaterThan(40);
    for (const key of literal) expect(fr[key], key).toBeTypeOf('string');
    const produced = new Set(everyProblem().map((p) => p.key));
    // Keys built from a prefix (`workflow.lint.schema.${what}`) name their last segment literally.
    const unused = Object.keys(fr).filter(
      (k) => !literal.has(k) && !produced.has(k) && !sourceText.includes(`'${k.split('.').at(-1)}'`),
    );
    expect(unused).toEqual([]);
  });
});

describe('problems of every kind', () => {
  const problems = everyProblem();

  it('cover every problem code of the workflow, form and variant linters', () => {
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set([
        'schema',
        'schema-compile',
        'condition',
        'unknown-target',
        'unknown-guard',
        'unknown-param',
        'unknown-action',
        'unknown-role',
        'unknown-form',
        'unknown-event',
        'unknown-workflow',
        'system-roles',
        'no-roles',
        'initial',
        'final',
        'outcome',
        'duplicate-deadline',
        'duration',
        'deadline-event',
        'action-params',
        'unreachable',
        'dead-end',
        'unhandled-deadline',
        'unknown-scope',
        'forbidden-key',
        'unknown-base',
        'cyclic-extends',
      ]),
    );
    expect(problems.length).toBeGreaterThan(60);
  });

  it('render in French by default and in English on request, every placeholder filled', () => {
    for (const p of problems) {
      expect(fr[p.key], p.key).toBeTypeOf('string');
      const english = localizeProblem(p, 'en');
      for (const [locale, message] of [
        ['fr', p.message],
        ['en', english.message],
      ]) {
        expect(message, `${locale} ${p.key}`).not.toMatch(/\{\w+\}|workflow\.lint\./);
        expect(message.length, `${locale} ${p.key}`).toBeGreaterThan(5);
      }
      expect(localizeProblem(english, 'fr').message).toBe(p.message);
      expect(english).toMatchObject({ pointer: p.pointer, code: p.code, key: p.key });
    }
  });

  it('reads as French, then English', () => {
    const def = loose(tinyWorkflow());
    def.states.review.on.APPROVE[0].guard = 'isComplet';
    const [p] = lintWorkflow(def);
    expect(p).toMatchObject({
      code: 'unknown-guard',
      key: 'workflow.lint.unknown-guard',
      params: { name: 'isComplet' },
      message: expect.stringMatching(/^garde inconnue « isComplet » \(connues : condition, /),
    });
    expect(localizeProblem(p, 'en').message).toMatch(/^unknown guard "isComplet" \(known: condition, /);
  });
});

describe('payload problems (refusals of the runtime)', () => {
  beforeAll(() => loadPayloadCompiler());
  const schema = {
    type: 'object',
    required: ['reason'],
    additionalProperties: false,
    properties: { reason: { type: 'string', minLength: 3 }, kind: { enum: ['a', 'b'] } },
  };

  it("come in the kit's one error shape, in French by default and in the runtime translator's locale", () => {
    const payload = { reason: 'x', kind: 'c', colour: 'blue' };
    const fr = validatePayload(schema, payload);
    expect(fr.map((p) => [p.path, p.keyword, p.message])).toEqual([
      ['/colour', 'additionalProperties', 'Champ inconnu : « colour ».'],
      ['/reason', 'minLength', 'Au moins 3 caractères.'],
      ['/kind', 'enum', 'Valeur non prévue. Valeurs possibles : a, b.'],
    ]);
    expect(fr[1]).toMatchObject({ params: { limit: 3 }, pointer: '/reason' });
    const en = validatePayload(schema, payload, createTranslator('en', [workflowLintMessages]));
    expect(en.map((p) => p.message)).toEqual([
      'Unknown field: “colour”.',
      'At least 3 characters.',
      'Unexpected value. Allowed values: a, b.',
    ]);
    expect(validatePayload(schema, undefined)[0]).toMatchObject({
      path: '',
      pointer: '/',
      message: 'des données sont attendues avec cet événement',
    });
    expect(validatePayload(schema, {})).toEqual([
      {
        path: '/reason',
        pointer: '/reason',
        keyword: 'required',
        message: 'Ce champ est obligatoire.',
        params: { missingProperty: 'reason' },
      },
    ]);
  });

  it('word a coded value (`oneOf` of `const`s with titles) once, as an enum', () => {
    const coded = {
      type: 'object',
      properties: {
        opinion: {
          type: 'string',
          oneOf: [
            { const: 'favourable', title: 'Favorable' },
            { const: 'unfavourable', title: 'Défavorable' },
          ],
        },
      },
    };
    expect(validatePayload(coded, { opinion: 'maybe' }).map((p) => [p.pointer, p.message])).toEqual([
      ['/opinion', 'Valeur non prévue. Valeurs possibles : favourable, unfavourable.'],
    ]);
    expect(validatePayload(coded, { opinion: 'unfavourable' })).toEqual([]);
  });
});
