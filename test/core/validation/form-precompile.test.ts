// `precompileFormValidator` (`@duikit/components/precompile`): the build-time tool a CSP-strict
// host uses to give `<dui-form>` a validator without shipping a compiler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { precompileFormValidator } from '@duikit/components/precompile';
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
