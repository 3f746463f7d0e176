// French first, down to the bytes: `@duikit/core/base` words errors with the caller's strings,
// and a page with `<dui-form>` gets no English, no compiler and no schema rewriting in its first
// chunks (they load on first use: ADR 0010).
import { describe, expect, it } from 'vitest';
import {
  common,
  keywordText,
  toValidationErrorsWith,
  validationFr,
  format,
  type MessageParams,
} from '@duikit/core/base';
import { toValidationErrors, validationEn } from '@duikit/core';
import { pageBundle } from '../../../scripts/page-bundle.mjs';

const frStrings: Record<string, string> = { ...common.fr, ...validationFr };
const fr = (key: string, params?: MessageParams) => format(frStrings[key] ?? key, params);

describe('@duikit/core/base', () => {
  it('words errors with the translator it is given, like toValidationErrors', () => {
    const errors = [
      { keyword: 'required', instancePath: '/ins', params: { missingProperty: 'birthName' } },
      { keyword: 'enum', instancePath: '/level', params: { allowedValues: ['GIR 1', 'GIR 2'] } },
      {
        keyword: 'errorMessage',
        instancePath: '/nir',
        message: 'i18n:{"fr":"Clé fausse","en":"Wrong key"}',
        params: { errors: [{ keyword: 'pattern', instancePath: '/nir', params: {} }] },
      },
    ];
    expect(toValidationErrorsWith(errors, fr, 'fr')).toEqual(toValidationErrors(errors, 'fr'));
    const shout = (key: string) => key.toUpperCase();
    expect(toValidationErrorsWith(errors, shout, 'en').map((e) => [e.path, e.message])).toEqual([
      ['/ins/birthName', 'VALIDATION.REQUIRED'],
      ['/level', 'VALIDATION.ENUM'],
      ['/nir', 'Wrong key'],
    ]);
    expect(keywordText({ keyword: 'format', params: { format: 'date' } }, fr)).toBe(
      'Format attendu : une date existante (AAAA-MM-JJ).',
    );
  });

  it('has the same keys and placeholders in French and English', () => {
    expect(Object.keys(validationEn).sort()).toEqual(Object.keys(validationFr).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(validationFr))
      expect(holes(validationEn[key]), key).toEqual(holes(validationFr[key]));
  });
});

describe("a page with <dui-form>'s first chunks", () => {
  it('carry French only: English, compilers and schema rewriting load on first use', async () => {
    const { code } = await pageBundle("import '@duikit/components/dui-form';");
    expect(code).toContain(validationFr['validation.required']);
    expect(code).not.toContain(validationEn['validation.required']);
    expect(code).not.toContain('Please correct the following fields');
    expect(code).not.toContain('i18n:{'); // no bilingual errorMessage rewriting (prepareSchema)
    expect(code).not.toContain('json-schema.org/draft/2020-12/schema'); // no ajv meta-schema
  }, 60_000);
});
