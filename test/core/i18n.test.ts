import { describe, expect, it } from 'vitest';
import { createTranslator, format, messages, resolveLocale } from '@duikit/core';

describe('i18n', () => {
  it('defaults to French and translates to English', () => {
    expect(createTranslator()('common.restricted')).toBe('Information restreinte');
    expect(createTranslator('en')('common.restricted')).toBe('Restricted information');
  });

  it('resolves BCP 47 tags and falls back to French', () => {
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('de')).toBe('fr');
    expect(resolveLocale(undefined)).toBe('fr');
  });

  it('substitutes parameters and leaves unknown ones visible', () => {
    expect(format('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });

  it('has the same keys in fr and en', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
  });
});
