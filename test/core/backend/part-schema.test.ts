import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { partSchema } from '../../../packages/core/src/backend/part-schema.js';

// The ajv of @duikit/core (the root's is another major version).
const coreRequire = createRequire(new URL('../../../packages/core/package.json', import.meta.url));
const Ajv2020 = coreRequire('ajv/dist/2020.js').default;
const addFormats = coreRequire('ajv-formats').default;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a schema by hand in a test
type Node = Record<string, any>;
const decisionOf = (rights: Node): Node => rights.properties.mdph.properties.decisions.items;

describe('partSchema: a part of the user file for <dui-form>', () => {
  it('inlines every $ref, so the schema stands alone', () => {
    const text = JSON.stringify(partSchema('rights', 'fr'));
    expect(text).not.toContain('$ref');
    expect(text).not.toContain('"$id"');
  });

  it('serves every part of the contract, including those inside the person (identity, entourage)', () => {
    expect(partSchema('identity', 'fr').required).toEqual(expect.arrayContaining(['ins']));
    expect(partSchema('entourage', 'en')).toMatchObject({ type: 'array', title: 'Entourage' });
    expect(JSON.stringify(partSchema('entourage', 'fr'))).not.toContain('$ref');
  });

  it('titles fields and coded values in the reader’s language, never the code', () => {
    const fr = decisionOf(partSchema('rights', 'fr'));
    const en = decisionOf(partSchema('rights', 'en'));
    expect(fr.properties.date.title).toBe('Date de la décision');
    expect(en.properties.date.title).toBe('Decision date');
    expect(fr.properties.kind.enum).toBeUndefined();
    // The schemas' English documentation is not help for a French form.
    expect(JSON.stringify(fr)).not.toContain('"description"');
    expect(fr.properties.kind.oneOf).toContainEqual(
      expect.objectContaining({ const: 'refusal', title: 'Refus' }),
    );
    expect(en.properties.kind.oneOf).toContainEqual(
      expect.objectContaining({ const: 'refusal', title: 'Refusal' }),
    );
    // TRE-R66 (the ANS nomenclature): 183 is the IME, 255 the MAS.
    const ime = fr.properties.category.oneOf.find((b: Node) => b.const === '183');
    expect(ime.title).toMatch(/IME/);
    expect(fr.properties.category.oneOf.find((b: Node) => b.const === '255').title).toMatch(/MAS/);
  });

  it('keeps the rules: a date must be a real date, a required field stays required', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const check = ajv.compile(decisionOf(partSchema('rights', 'fr')));
    expect(check({ id: 'd1', date: '2026-02-01', kind: 'attribution', category: '183' })).toBe(true);
    expect(check({ id: 'd1', date: '2026-02-30' })).toBe(false);
    expect(check({ id: 'd1', kind: 'attribution' })).toBe(false);
    expect(check({ id: 'd1', date: '2026-02-01', kind: 'granted' })).toBe(false);
  });

  it('names a part that does not exist', () => {
    expect(() => partSchema('nope' as never, 'fr')).toThrow(/"nope" is not a part/);
  });
});
