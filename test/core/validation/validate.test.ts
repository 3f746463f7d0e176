// The validate functions' error shape and messages: JSON Pointer paths, French by default,
// English on request, the schema's own bilingual messages, and the same mapping for runtime ajv.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import {
  AJV_OPTIONS,
  configureAjv,
  createValidate,
  keywordMessage,
  prepareSchema,
  toValidationErrors,
  validateEstablishment,
  validatePerson,
  validateUserFile,
  type StandaloneValidator,
} from '@duikit/core';

const person = {
  id: 'U-1',
  ins: {
    birthName: 'MARTIN',
    birthFirstNames: ['Jeanne'],
    birthDate: '1955-08-14',
    sex: 'F',
    birthPlace: { code: '75056' },
  },
  identityStatus: 'PROV',
};

describe('validate functions', () => {
  it('accepts a valid person with no errors', () => {
    expect(validatePerson(person)).toEqual({ valid: true, errors: [] });
  });

  it('points a missing property at itself, in French by default', () => {
    const { ins, ...rest } = person;
    const { birthName: _b, ...traits } = ins;
    const result = validatePerson({ ...rest, ins: traits });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        path: '/ins/birthName',
        keyword: 'required',
        message: 'Ce champ est obligatoire.',
        params: { missingProperty: 'birthName' },
      },
    ]);
  });

  it('speaks English on request', () => {
    const result = validatePerson(
      { ...person, ins: { ...person.ins, birthDate: '2023-02-30' } },
      { locale: 'en' },
    );
    expect(result.errors).toEqual([
      {
        path: '/ins/birthDate',
        keyword: 'format',
        message: 'Expected format: a date that exists (YYYY-MM-DD).',
        params: { format: 'date' },
      },
    ]);
  });

  it("uses the schema's bilingual message (x-errorMessage) and keeps the original keyword", () => {
    const bad = { id: 'e', finess: '750712185', category: '500', name: 'EHPAD' };
    const [fr] = validateEstablishment(bad).errors;
    const [en] = validateEstablishment(bad, { locale: 'en' }).errors;
    expect(fr).toMatchObject({ path: '/finess', keyword: 'format', params: { format: 'finess' } });
    expect(fr.message).toBe('La clé de contrôle de ce numéro FINESS est fausse : vérifiez le numéro.');
    expect(en.message).toBe('The check digit of this FINESS number is wrong: check the number.');
  });

  it('lists the allowed values of an unknown code', () => {
    const [error] = validateEstablishment({
      id: 'e',
      finess: '750712184',
      category: '999',
      name: 'X',
    }).errors;
    expect(error.path).toBe('/category');
    expect(error.keyword).toBe('enum');
    expect(error.message).toMatch(/^Valeur non prévue\. Valeurs possibles : 177, 182, 183, .*, … \(\d+\)\.$/);
  });

  it('points an unknown property at itself and escapes JSON Pointer characters', () => {
    const { errors } = validatePerson({ ...person, 'a/b~c': 1 });
    expect(errors).toEqual([expect.objectContaining({ path: '/a~1b~0c', keyword: 'additionalProperties' })]);
    expect(errors[0].message).toBe('Champ inconnu : « a/b~c ».');
  });

  it('reports every error of a whole user file at once, deep paths included', () => {
    const { errors } = validateUserFile({
      id: 'DUI-1',
      establishmentId: 'e',
      status: 'active',
      person: { ...person, ins: { ...person.ins, sex: 'X' } },
      stays: [{ id: 's', personId: 'U-1', establishmentId: 'e', status: 'active', actualEntry: 'hier' }],
    });
    expect(errors.map((e) => `${e.path} ${e.keyword}`).sort()).toEqual([
      '/person/ins/sex enum',
      '/stays/0/actualEntry format',
    ]);
  });
});

describe('keywordMessage', () => {
  it('has a French and an English text for each keyword it knows', () => {
    const cases = [
      { keyword: 'type', params: { type: 'integer' } },
      { keyword: 'minLength', params: { limit: 1 } },
      { keyword: 'minItems', params: { limit: 3 } },
      { keyword: 'maximum', params: { limit: 6, comparison: '<=' } },
      { keyword: 'uniqueItems', params: { i: 3, j: 1 } },
      { keyword: 'const', params: { allowedValue: 'A' } },
      { keyword: 'pattern', params: { pattern: '^x$' } },
      { keyword: 'oneOf', params: { passingSchemas: null } },
    ];
    const fr = cases.map((c) => keywordMessage(c, 'fr'));
    const en = cases.map((c) => keywordMessage(c, 'en'));
    expect(fr).toEqual([
      'Type attendu : nombre entier.',
      'Ce champ ne peut pas être vide.',
      'Au moins 3 éléments.',
      'La valeur doit être inférieure ou égale à 6.',
      'Les éléments 2 et 4 sont identiques.',
      'La valeur attendue est "A".',
      "La valeur n'a pas la forme attendue.",
      'La valeur doit correspondre à exactement une possibilité.',
    ]);
    expect(en[0]).toBe('Expected type: whole number.');
    expect(en[4]).toBe('Items 2 and 4 are identical.');
    for (const [i, text] of en.entries()) expect(text, `case ${i}`).not.toBe(fr[i]);
  });

  it('falls back to a generic text naming an unknown keyword', () => {
    expect(keywordMessage({ keyword: 'x-custom', params: {} }, 'en')).toBe('Invalid value (x-custom).');
  });
});

describe('runtime ajv with the DUI Kit vocabulary', () => {
  // The same mapping must serve <dui-form>'s schemas compiled at run time.
  const coreRequire = createRequire(new URL('../../../packages/core/package.json', import.meta.url));
  const Ajv2020 = coreRequire('ajv/dist/2020').default;
  const ajvErrors = coreRequire('ajv-errors').default;

  it('compiles a schema with annotations, custom formats and bilingual messages under strict mode', () => {
    const ajv = ajvErrors(configureAjv(new Ajv2020({ ...AJV_OPTIONS })));
    const schema = {
      type: 'object',
      'x-label': { fr: 'Contact', en: 'Contact' },
      required: ['nir'],
      properties: {
        nir: {
          type: 'string',
          format: 'ins-nir',
          'x-errorMessage': { format: { fr: 'Clé NIR fausse', en: 'Wrong NIR key' } },
        },
      },
    };
    const validate = createValidate(ajv.compile(prepareSchema(schema)) as StandaloneValidator<unknown>);
    expect(validate({ nir: '255082A00401580' }).valid).toBe(true);
    expect(validate({ nir: '255082A00401581' }, { locale: 'en' }).errors).toEqual([
      { path: '/nir', keyword: 'format', message: 'Wrong NIR key', params: { format: 'ins-nir' } },
    ]);
    expect(validate({}).errors[0]).toMatchObject({
      path: '/nir',
      keyword: 'required',
      message: 'Ce champ est obligatoire.',
    });
  });

  it('maps null or empty ajv errors to an empty list', () => {
    expect(toValidationErrors(null)).toEqual([]);
    expect(toValidationErrors([])).toEqual([]);
  });
});
