// A form judged again and again replays the walk of its UI schema when that walk read no data
// (ADR 0032). Each test here fails if a recorded walk were served where it does not hold: for
// other data of the same form, for a form whose shape follows its data, for another form, or
// after a caller changed what an earlier evaluation handed back.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateForm, prepareFormModel, type JsonSchema, type UiSchema } from '@duikit/core/form';
import { loadAjv } from '../../../packages/core/src/validation/compile.js';
import { checkResponse } from '../../../packages/core/src/workflow/payload.js';
import type { FormDefinition } from '@duikit/core';

// A trusted person (CASF L311-5-1): her name and phone only once one is designated; a phone is
// required then, hidden values are left out (`exclude`) or emptied (`clear`).
const schema: JsonSchema = {
  type: 'object',
  required: ['designated'],
  properties: {
    designated: { type: 'boolean' },
    name: { type: 'string', minLength: 2 },
    phone: { type: 'string', pattern: '^0[1-9][0-9]{8}$' },
  },
  if: { properties: { designated: { const: true } }, required: ['designated'] },
  then: { required: ['phone'] },
};
const whenDesignated = {
  effect: 'HIDE' as const,
  condition: { scope: '#/properties/designated', schema: { not: { const: true } } },
};
const uischema: UiSchema = {
  type: 'Group',
  label: 'Personne de confiance',
  elements: [
    { type: 'Control', scope: '#/properties/designated' },
    {
      type: 'Control',
      scope: '#/properties/phone',
      rule: whenDesignated,
      options: { hiddenValue: 'exclude' },
    },
    { type: 'Control', scope: '#/properties/name', rule: whenDesignated, options: { hiddenValue: 'clear' } },
  ],
};
// The shape of this one follows the data: one control per item of `contacts`.
const listSchema: JsonSchema = {
  type: 'object',
  properties: {
    contacts: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 } } },
    },
  },
};
// The runtime's forms are JSON as read from files: the UI schema type is looser there.
const asForm = (f: { schema: object; uischema?: object }) => f as Pick<FormDefinition, 'schema' | 'uischema'>;
const plain = (m: ReturnType<typeof evaluateForm>) => ({ ...m, isHidden: undefined });
beforeAll(() => loadAjv());

describe('a prepared form model', () => {
  it('decides each data afresh, as evaluateForm does, whatever was evaluated before', () => {
    const model = prepareFormModel(schema, uischema);
    const cases = [
      { designated: true, phone: '0612345678', name: 'Lea' },
      { designated: false, phone: '0612345678', name: 'Lea' },
      { designated: true },
      undefined,
      { designated: false },
    ];
    for (const data of [...cases, ...cases.reverse()]) {
      const replayed = model(data);
      const fresh = evaluateForm(schema, uischema, data);
      expect(plain(replayed)).toEqual(plain(fresh));
      expect(replayed.isHidden('/phone')).toBe(fresh.isHidden('/phone'));
    }
    // Hand check of the second case: hidden `exclude` and `clear` values are not sent.
    expect(model({ designated: false, phone: '0612345678', name: 'Lea' }).submitted).toEqual({
      designated: false,
    });
    expect(model({ designated: true }).controls.find((c) => c.path === '/phone')?.required).toBe(true);
  });

  it('walks again a form whose shape the data decides', () => {
    const model = prepareFormModel(listSchema, undefined);
    expect(model({ contacts: [{ name: 'A' }] }).controls.map((c) => c.path)).toContain('/contacts/0/name');
    const three = model({ contacts: [{ name: 'Ab' }, { name: 'Cd' }, { name: 'Ef' }] });
    expect(three.controls.map((c) => c.path)).toContain('/contacts/2/name');
  });

  it('keeps what it recorded from what callers do with a model it returned', () => {
    const model = prepareFormModel(schema, uischema);
    const first = model({ designated: true });
    first.controls.length = 0;
    first.unresolved.push('#/properties/nowhere');
    expect(model({ designated: true }).controls).toHaveLength(3);
    expect(model({ designated: true }).unresolved).toEqual([]);
  });
});

describe('task responses judged with a prepared form', () => {
  const form = asForm({ schema, uischema });
  it("judges each form with its own model and validator, never another form's", () => {
    const other = asForm({
      schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } },
    });
    for (let i = 0; i < 3; i++) {
      expect(checkResponse(form, { designated: true }).problems.map((p) => p.path)).toEqual(['/phone']);
      expect(checkResponse(other, { designated: true }).problems.map((p) => p.path)).toEqual(['/reason']);
      expect(checkResponse(form, { designated: false, name: 'Lea' }).data).toEqual({ designated: false });
    }
  });

  it('prepares a form again when its schema or UI schema is replaced', () => {
    const f: { schema: JsonSchema; uischema?: UiSchema } = { schema, uischema };
    expect(checkResponse(asForm(f), { designated: false, name: 'Lea' }).data).toEqual({ designated: false });
    f.uischema = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] };
    expect(checkResponse(asForm(f), { designated: false, name: 'Lea' }).data).toEqual({
      designated: false,
      name: 'Lea',
    });
    f.schema = { ...schema, required: ['designated', 'name'] };
    expect(checkResponse(asForm(f), { designated: false }).problems.map((p) => p.path)).toEqual(['/name']);
  });
});
