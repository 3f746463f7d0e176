/**
 * @duikit/schemas: every shipped file's `$schema` points into the installed package (so a copied
 * file keeps it), each schema keeps its stable `$id`, and the per-workflow variant schema gives
 * an editor the workflow's parameters: it accepts the shipped variants and refuses a misspelled
 * or mistyped parameter, as an editor would underline it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Validator } from '@cfworker/json-schema';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

describe('@duikit/schemas', () => {
  it('is where every workflow, form, variant and scenario file points, with stable ids', () => {
    const config = files('workflows').filter((f) => !f.includes(`${join('workflows', 'config')}`));
    expect(config.length).toBeGreaterThanOrEqual(25);
    for (const file of config) {
      const schema = read(file).$schema as string;
      expect(schema, file).toMatch(/^(\.\.\/)+node_modules\/@duikit\/schemas\//);
      const target = resolve(dirname(file), schema);
      expect(existsSync(target), `${file} → ${schema}`).toBe(true);
      expect(read(target).$id).toBe(`https://duikit.dev/schemas/${schema.split('@duikit/schemas/')[1]}`);
    }
  });

  it('holds the same schemas as schemas/, byte for byte', () => {
    for (const name of readdirSync('schemas').filter((n) => n.endsWith('.schema.json')))
      expect(readFileSync(join('packages/schemas', name), 'utf8'), name).toBe(
        readFileSync(join('schemas', name), 'utf8'),
      );
  });

  it('completes and checks a variant’s parameters from the workflow it extends', () => {
    const schema = read('node_modules/@duikit/schemas/variants/admission.variant.schema.json');
    const v = new Validator(schema, '2020-12', false);
    for (const name of readdirSync('workflows/variants').filter((n) => n.startsWith('admission')))
      expect(v.validate(read(join('workflows/variants', name))).valid, name).toBe(true);
    const patch = (schema.properties as Record<string, { properties: Record<string, never> }>).patch;
    const parameters = patch.properties.parameters as {
      properties: Record<string, { description: string }>;
    };
    expect(Object.keys(parameters.properties)).toContain('contractHandoverDelay');
    expect(parameters.properties.contractHandoverDelay.description).toMatch(/maximum légal P15D/);
    const variant = (p: Record<string, unknown>) => ({
      id: 'admission-x',
      version: '1.0.0',
      extends: 'admission@1.0.0',
      patch: { parameters: p },
    });
    expect(v.validate(variant({ contractHandoverDelai: 'P10D' })).valid).toBe(false);
    expect(v.validate(variant({ requiresMedicalOpinion: 'oui' })).valid).toBe(false);
    expect(v.validate(variant({ contractHandoverDelay: '15 jours' })).valid).toBe(false);
    expect(v.validate(variant({ contractHandoverDelay: 'P10D', requiresMedicalOpinion: true })).valid).toBe(
      true,
    );
  });
});
