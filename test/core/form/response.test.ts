// The server judges a submitted response with the form model the page used: hidden fields by
// their policy, calculated fields recomputed, only the chosen branch's errors, one error shape.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore, createWorkflowRuntime, type FormDefinition } from '@duikit/core';
import {
  checkFormResponse,
  evaluateForm,
  registerCalculation,
  type JsonSchema,
  type UiSchema,
} from '@duikit/core/form';
import { compileSchema, loadAjv } from '../../../packages/core/src/validation/compile.js';
import { checkResponse, loadPayloadCompiler } from '../../../packages/core/src/workflow/payload.js';
import { ctxFor, tinyWorkflow } from '../workflow/fixtures.js';

const schema: JsonSchema = {
  type: 'object',
  required: ['hasGuardian', 'weight', 'height'],
  properties: {
    hasGuardian: { type: 'boolean' },
    guardianName: { type: 'string', minLength: 2 },
    note: { type: 'string' },
    weight: { type: 'number' },
    height: { type: 'number' },
    bmi: { type: 'number', maximum: 60 },
  },
  if: { properties: { hasGuardian: { const: true } } },
  then: { required: ['guardianName'] },
};
const shown = {
  effect: 'SHOW' as const,
  condition: { scope: '#/properties/hasGuardian', schema: { const: true } },
};
const uischema: UiSchema = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/hasGuardian' },
    { type: 'Control', scope: '#/properties/guardianName', rule: shown, options: { hiddenValue: 'exclude' } },
    { type: 'Control', scope: '#/properties/note', rule: shown },
    { type: 'Control', scope: '#/properties/weight' },
    { type: 'Control', scope: '#/properties/height' },
    {
      type: 'Control',
      scope: '#/properties/bmi',
      options: { calculate: { function: 'bmi', args: ['#/properties/weight', '#/properties/height'] } },
    },
  ],
};
// BMI = kg / m², one decimal: 70 kg at 1.75 m gives 22.857… → 22.9 (hand computation).
registerCalculation('bmi', (w, h) =>
  typeof w === 'number' && typeof h === 'number' && h > 0
    ? Math.round((w / (h / 100) ** 2) * 10) / 10
    : undefined,
);
const check = (payload: unknown) => checkFormResponse(schema, uischema, payload, compileSchema(schema));
beforeAll(() => loadAjv());

describe('the form model without a DOM', () => {
  it('computes visibility, required state and calculated values', () => {
    const model = evaluateForm(schema, uischema, { hasGuardian: true, weight: 70, height: 175 });
    const at = (p: string) => model.controls.find((c) => c.path === p)!;
    expect([at('/guardianName').visible, at('/guardianName').required]).toEqual([true, true]);
    expect(at('/bmi')).toMatchObject({ calculated: true, readonly: true });
    expect((model.data as { bmi: number }).bmi).toBe(22.9);
    const off = evaluateForm(schema, uischema, { hasGuardian: false });
    expect(off.controls.find((c) => c.path === '/guardianName')).toMatchObject({
      visible: false,
      required: false,
    });
  });

  it('starts from the schema defaults when there is no data, and labels a field with its key', () => {
    const model = evaluateForm(
      { type: 'object', properties: { country: { type: 'string', default: 'FR' } } },
      undefined,
      undefined,
    );
    expect(model.data).toEqual({ country: 'FR' });
    expect(model.controls.map((c) => c.label)).toEqual(['country']);
  });
});

describe('checking a submitted response', () => {
  it('drops hidden exclude fields, ignores errors of hidden fields, keeps hidden keep fields', () => {
    const r = check({ hasGuardian: false, guardianName: 'X', note: 'kept', weight: 70, height: 175 });
    expect(r.errors).toEqual([]); // guardianName's minLength 2 would fail, but it is hidden and dropped
    expect(r.data).toEqual({ hasGuardian: false, note: 'kept', weight: 70, height: 175, bmi: 22.9 });
  });

  it('recomputes calculated fields and never trusts the value the client sent', () => {
    const r = check({ hasGuardian: false, weight: 70, height: 175, bmi: 99 });
    expect((r.data as { bmi: number }).bmi).toBe(22.9);
    expect(r.errors).toEqual([]);
  });

  it('reports errors in the one shape, worded from the catalogue', () => {
    const r = check({ hasGuardian: true, weight: 70, height: 175 });
    expect(r.errors).toEqual([
      {
        path: '/guardianName',
        keyword: 'required',
        message: 'Ce champ est obligatoire.',
        params: { missingProperty: 'guardianName' },
      },
    ]);
  });

  it('counts only the chosen branch of a oneOf', () => {
    const pay: JsonSchema = {
      type: 'object',
      properties: {
        pay: {
          oneOf: [
            {
              type: 'object',
              properties: { kind: { const: 'iban' }, iban: { type: 'string', minLength: 5 } },
              required: ['kind', 'iban'],
            },
            {
              type: 'object',
              properties: { kind: { const: 'cheque' }, bank: { type: 'string' } },
              required: ['kind'],
            },
          ],
        },
      },
    };
    const r = checkFormResponse(pay, undefined, { pay: { kind: 'iban', iban: 'FR' } }, compileSchema(pay));
    expect(r.errors.map((e) => [e.path, e.keyword])).toEqual([['/pay/iban', 'minLength']]);
    // No branch told by the data: one error on the selector, worded as the page words it.
    const none = checkFormResponse(pay, undefined, { pay: {} }, compileSchema(pay));
    expect(none.errors.map((e) => [e.path, e.keyword, e.message])).toEqual([
      ['/pay', 'oneOf', 'Choisissez une option.'],
    ]);
  });
});

describe('the workflow runtime stores the response the form model computed', () => {
  beforeAll(() => loadPayloadCompiler());
  it('refuses a response in the one error shape, and stores a recomputed one', async () => {
    const form: FormDefinition = {
      id: 'vitals',
      version: '1.0.0',
      title: { fr: 'Constantes', en: 'Vitals' },
      schema: schema,
      uischema: uischema as unknown as Record<string, unknown>,
    };
    const wf = tinyWorkflow();
    wf.states.draft.task!.form = 'vitals@1.0.0';
    wf.events.SUBMIT = { title: { fr: 'Soumettre', en: 'Submit' }, submitsTask: true };
    // The transition records `reason` (a later guard reads it): absent from this form, it stays unset.
    const runtime = createWorkflowRuntime({
      store: createMemoryStore(),
      registry: { definitions: [wf], forms: [form], variants: [] },
    });
    const started = await runtime.start(ctxFor('secretariat'), { definition: 'tiny@1.0.0', fileId: 'f-1' });
    if (!started.ok) throw new Error(started.reason.message);
    const id = started.instance.id;
    const refused = await runtime.send(ctxFor('secretariat'), id, {
      type: 'SUBMIT',
      payload: { hasGuardian: true, weight: 70, height: 175 },
    });
    expect(refused.ok ? [] : refused.reason.problems).toEqual([
      {
        path: '/guardianName',
        pointer: '/guardianName',
        keyword: 'required',
        message: 'Ce champ est obligatoire.',
        params: { missingProperty: 'guardianName' },
      },
    ]);
    const sent = { hasGuardian: false, guardianName: 'Old', weight: 70, height: 175, bmi: 1 };
    const ok = await runtime.send(ctxFor('secretariat'), id, { type: 'SUBMIT', payload: sent });
    if (!ok.ok) throw new Error(ok.reason.message);
    expect(ok.instance.responses.at(-1)!.data).toEqual({
      hasGuardian: false,
      weight: 70,
      height: 175,
      bmi: 22.9,
    });
    expect(checkResponse(form, undefined).problems[0]).toMatchObject({ path: '', keyword: 'required' });
  });
});
