// `precompileFormValidator` (`@duikit/components/precompile`): the build-time tool a CSP-strict
// host uses to give `<dui-form>` a validator without shipping a compiler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { precompileFormValidator } from '@duikit/components/precompile';
import { hoistSchemaLeaves } from '../../../packages/components/src/form/validation/hoist-schema.js';
import { toValidationErrors, type AjvErrorLike } from '@duikit/core';

const root = join(import.meta.dirname, '../../..');
// Beside the components package, so the generated imports resolve its ajv (the root one is eslint's).
const dir = join(root, 'packages/components/node_modules/.cache/duikit-test-precompile');

const schema = {
  type: 'object',
  required: ['birthDate', 'name'],
  properties: {
    birthDate: { type: 'string', format: 'date' },
    visit: { type: 'string', format: 'time' },
    name: {
      type: 'string',
      minLength: 2,
      'x-errorMessage': { minLength: { fr: 'Nom trop court', en: 'Name too short' } },
    },
  },
};

/** Bundles the generated module (as a host's bundler would) and imports it. */
async function load(source: string, name: string) {
  mkdirSync(dir, { recursive: true });
  const out = await build({
    stdin: { contents: source, resolveDir: join(root, 'packages/components'), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['source'],
    write: false,
    logLevel: 'error',
  });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, out.outputFiles[0].text);
  return {
    code: out.outputFiles[0].text,
    validate: (await import(file)).default as ((d: unknown) => boolean) & { errors?: AjvErrorLike[] },
  };
}

describe('precompileFormValidator', () => {
  it('produces an ES module with no require() that validates like the form', async () => {
    const source = precompileFormValidator(schema);
    expect(source).not.toMatch(/\brequire\(/);
    const { validate } = await load(source, 'person');
    expect(validate({ birthDate: '2024-02-29', name: 'Dupont', visit: '14:30' })).toBe(true);
    expect(validate({ birthDate: '2023-02-29', name: 'D', visit: '25:00' })).toBe(false);
    const errors = toValidationErrors(validate.errors, 'fr');
    expect(errors.map((e) => [e.path, e.keyword])).toEqual([
      ['/birthDate', 'format'],
      ['/visit', 'format'],
      ['/name', 'minLength'],
    ]);
    expect(errors[2].message).toBe('Nom trop court');
    expect(toValidationErrors(validate.errors, 'en')[2].message).toBe('Name too short');
  });

  it("leaves ajv's English messages out when no custom message needs them", async () => {
    const plain = { type: 'object', required: ['a'], properties: { a: { type: 'integer', maximum: 3 } } };
    const source = precompileFormValidator(plain);
    expect(source).not.toContain('must have required property');
    const { validate } = await load(source, 'plain');
    expect(validate({ a: 4 })).toBe(false);
    expect(toValidationErrors(validate.errors, 'fr')[0].message).toBe(
      'La valeur doit être inférieure ou égale à 3.',
    );
    expect(validate({})).toBe(false);
    expect(toValidationErrors(validate.errors, 'en')[0]).toMatchObject({
      path: '/a',
      message: 'This field is required.',
    });
  });

  it('bundles only the formats the schema uses', async () => {
    const { code } = await load(precompileFormValidator(schema), 'formats');
    expect(code).toContain('calendar.ts');
    expect(code).not.toContain('standard.ts'); // e-mail, URI, UUID checks stay out
    expect(code).not.toContain('ajv-formats');
  });

  it("imports each format from its group's module, so a page reaches no other group's file", () => {
    const source = precompileFormValidator({
      type: 'object',
      properties: {
        a: { format: 'date' },
        b: { format: 'ins' },
        c: { format: 'email' },
        d: { format: 'date-time' },
      },
    });
    const imports = source.split('\n').filter((line) => line.startsWith('import {'));
    expect(imports).toEqual([
      'import { "date" as __format0, "date-time" as __format3 } from "@duikit/components/form-formats/calendar";',
      'import { "ins" as __format1 } from "@duikit/components/form-formats/identifiers";',
      'import { "email" as __format2 } from "@duikit/components/form-formats/standard";',
    ]);
    const custom = precompileFormValidator(schema, { formatsModule: './my-formats.js' });
    expect(custom).toContain('import { "date" as __format0 } from "./my-formats.js";');
  });

  it('keeps only the schema values the code reads, not a copy of the whole schema', async () => {
    const care = {
      type: 'object',
      properties: {
        level: { type: 'string', title: 'Niveau de dépendance évalué', enum: ['GIR 1', 'GIR 2'] },
        mood: { type: 'string', description: 'Humeur observée ce jour', enum: ['calme', 'agité'] },
      },
    };
    const source = precompileFormValidator(care);
    expect(source).not.toContain('Niveau de dépendance évalué');
    expect(source).not.toContain('Humeur observée');
    const { validate } = await load(source, 'hoisted');
    expect(validate({ level: 'GIR 1', mood: 'calme' })).toBe(true);
    expect(validate({ level: 'GIR 9', mood: 'triste' })).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.params])).toEqual([
      ['/level', { allowedValues: ['GIR 1', 'GIR 2'] }],
      ['/mood', { allowedValues: ['calme', 'agité'] }],
    ]);
    // The same array on every call, as with ajv's own code.
    const first = validate.errors?.[0].params.allowedValues;
    validate({ level: 'x' });
    expect(validate.errors?.[0].params.allowedValues).toBe(first);
  });

  it('reads draft-07 schemas as draft-07', async () => {
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { a: { type: 'integer' } },
      dependencies: { a: ['b'] },
    };
    const { validate } = await load(precompileFormValidator(draft7), 'draft7');
    expect(validate({ a: 1 })).toBe(false);
    expect(validate.errors?.[0].keyword).toBe('dependencies');
  });

  it('names the problem when the schema does not compile', () => {
    expect(() => precompileFormValidator({ type: 'object', properties: { a: { type: 'nope' } } })).toThrow(
      /precompileFormValidator: the schema does not compile: .*type/,
    );
  });
});

describe('hoistSchemaLeaves', () => {
  it('hoists the values the code reads and keeps a schema that is still read whole', async () => {
    const source =
      'const schema1 = {"a":{"enum":[1,2]},"t":"un } et un ]"};const schema2 = {"b":{"const":"x"},"title":"Long"};' +
      'function v(d){return schema1.a.enum.includes(d) && d !== schema2.b.const && f(schema1);}';
    const out = hoistSchemaLeaves(source);
    // schema1 is passed whole to f(): its copy stays; its enum is read through a constant.
    expect(out).toContain('const schema1 = {"a":{"enum":[1,2]},"t":"un } et un ]"};');
    expect(out).toContain('const __schema1_0 = [1,2];');
    expect(out).toContain('__schema1_0.includes(d)');
    // schema2 is only read for one leaf: the copy (and its title) goes.
    expect(out).not.toContain('schema2 =');
    expect(out).not.toContain('Long');
    expect(out).toContain('const __schema2_0 = "x";');
    const { validate: run } = await load(`const f = (s) => !!s;\n${out}\nexport default v;`, 'hoist');
    expect([run(1), run(3)]).toEqual([true, false]);
  });
});
