// Every form the kit ships is judged by the server with the form model: each must resolve all
// its scopes, and an empty response must be refused with errors in the one shape, each at a
// field of the form.
import { describe, expect, it } from 'vitest';
import { standardWorkflowFiles } from '@duikit/core';
import { evaluateForm, type JsonSchema, type UiSchema } from '@duikit/core/form';
import { checkResponse } from '../../../packages/core/src/workflow/payload.js';

describe('the shipped forms through the form model', () => {
  for (const form of standardWorkflowFiles.forms) {
    it(`${form.id}@${form.version}`, () => {
      const schema = form.schema as JsonSchema;
      const model = evaluateForm(schema, form.uischema as unknown as UiSchema, {});
      expect(model.unresolved).toEqual([]);
      expect(model.controls.length).toBeGreaterThan(0);
      const { problems } = checkResponse(form, {});
      const paths = new Set(model.controls.map((c) => c.path));
      for (const p of problems) {
        expect(Object.keys(p).sort()).toEqual(['keyword', 'message', 'params', 'path', 'pointer']);
        if (p.keyword === 'required') expect(paths.has(p.path), p.path).toBe(true);
      }
      expect(problems.length > 0).toBe((schema.required ?? []).length > 0);
    });
  }
});
