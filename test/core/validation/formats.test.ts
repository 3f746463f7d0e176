// The French identifiers whose check digit a pattern cannot verify.
import { describe, expect, it } from 'vitest';
import { duikitFormats, insNirKey, isValidFiness, isValidInsNir } from '@duikit/core';

describe('INS / NIR key', () => {
  it('is 97 − (number mod 97)', () => {
    // 1 55 03 75 056 123 → 1550375056123 mod 97 = 26 → key 71
    expect(insNirKey('1550375056123')).toBe(71);
    expect(isValidInsNir('155037505612371')).toBe(true);
    expect(isValidInsNir('155037505612372')).toBe(false);
  });

  it('reads Corsica 2A as 19 and 2B as 18', () => {
    expect(insNirKey('255082A004015')).toBe(97 - (2550819004015 % 97));
    expect(insNirKey('255082B004015')).toBe(97 - (2550818004015 % 97));
    expect(isValidInsNir('255082A00401580')).toBe(true);
    expect(insNirKey('255082C004015')).toBeUndefined();
  });

  it('refuses wrong lengths and letters outside the département', () => {
    expect(isValidInsNir('15503750561237')).toBe(false);
    expect(isValidInsNir('1550375056A2371')).toBe(false);
  });
});

describe('FINESS check digit (Luhn)', () => {
  it('accepts real numbers and refuses a changed digit', () => {
    expect(isValidFiness('750712184')).toBe(true); // AP-HP
    expect(isValidFiness('330781196')).toBe(true); // CHU de Bordeaux
    expect(isValidFiness('750712185')).toBe(false);
    expect(isValidFiness('330781169')).toBe(false);
  });

  it('checks only the shape of Corsican numbers and refuses département 20', () => {
    expect(isValidFiness('2A0000018')).toBe(true);
    expect(isValidFiness('200000001')).toBe(false);
  });

  it('leaves the shape to the pattern: the format only judges well-shaped values', () => {
    expect(duikitFormats.finess.validate('12345')).toBe(true);
    expect(duikitFormats.finess.validate('750712185')).toBe(false);
    expect(duikitFormats['ins-nir'].validate('abc')).toBe(true);
    expect(duikitFormats['ins-nir'].validate('155037505612372')).toBe(false);
  });
});
