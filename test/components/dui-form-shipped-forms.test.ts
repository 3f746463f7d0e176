// Every form the kit ships, mounted in Chromium, against the form model the server judges with:
// from no data, and from two fillings that take each choice and each yes/no both ways (so each
// rule, `if`/`then` and calculated field is met in both states), then after a person ticks every
// box shown. Each time, the page's visible/enabled/required state, calculated values, submitted
// data and shown errors equal the model's and the server's verdict (form/differential.ts).
import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { standardWorkflowFiles } from '@duikit/core';
import { resolveSchema, schemaType, type JsonSchema, type UiSchema } from '@duikit/core/form';
import { compareWithModel } from './form/differential.js';
import { $$, axeViolations, mount } from './form/helpers.js';

/** A filling of `schema`: variant 0 takes the first choice and `true`, variant 1 the last and `false`. */
function sample(root: JsonSchema, s: JsonSchema | undefined, variant: 0 | 1): unknown {
  const schema = resolveSchema(root, s);
  const pick = <T>(list: readonly T[]) => (variant === 0 ? list[0] : list[list.length - 1]);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return pick(schema.enum);
  const consts = (schema.oneOf ?? []).map((b) => resolveSchema(root, b).const);
  if (consts.length && consts.every((c) => c !== undefined)) return pick(consts);
  switch (schemaType(schema)) {
    case 'boolean':
      return variant === 0;
    case 'integer':
    case 'number':
      return variant === 0 ? (schema.minimum ?? 1) : (schema.maximum ?? 2);
    case 'string':
      if (schema.format === 'date') return variant === 0 ? '2026-03-02' : '2025-11-30';
      if (schema.format === 'date-time') return '2026-03-02T09:30:00Z';
      return variant === 0 ? 'Texte saisi' : 'B';
    case 'array':
      return variant === 0 ? [sample(root, schema.items, variant)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(schema.properties ?? {})) {
        if (resolveSchema(root, p).readOnly) continue;
        out[k] = sample(root, p, variant);
      }
      return out;
    }
    default:
      return undefined;
  }
}

describe('<dui-form> with every shipped form agrees with the server’s form model', () => {
  for (const f of standardWorkflowFiles.forms) {
    it(`${f.id}@${f.version}`, async function () {
      this.timeout(60_000);
      const schema = f.schema as JsonSchema;
      const uischema = f.uischema as unknown as UiSchema | undefined;
      const fillings: [string, unknown][] = [
        ['no data', undefined],
        ['first choices, yes', sample(schema, schema, 0)],
        ['last choices, no', sample(schema, schema, 1)],
      ];
      for (const [what, data] of fillings) {
        const form = await mount({ schema, uischema, data });
        try {
          await compareWithModel(form, schema, uischema, { verdict: true });
          // A person ticks every box shown: rules, policies and `if`s move in the page first.
          for (const box of $$(form, 'input[type=checkbox]').filter((b) => !b.disabled && b.offsetParent))
            box.click();
          await form.updateComplete;
          await compareWithModel(form, schema, uischema, { verdict: true });
        } catch (err) {
          throw new Error(`${f.id}, ${what}: ${(err as Error).message}`, { cause: err });
        }
      }
      expect(await axeViolations(await mount({ schema, uischema }))).to.deep.equal([]);
    });
  }
});
