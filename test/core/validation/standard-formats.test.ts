// The standard formats ported from ajv-formats (so a bundle keeps only the checks it uses) must
// judge exactly as ajv-formats' `full` mode does.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formats } from '@duikit/core';
import * as perName from '@duikit/core/formats';

const { fullFormats } = createRequire(import.meta.url)('ajv-formats/dist/formats.js') as {
  fullFormats: Record<
    string,
    RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) }
  >;
};
const reference = (name: string, value: string): boolean => {
  const f = fullFormats[name];
  const check = typeof f === 'object' && 'validate' in f ? f.validate : f;
  return typeof check === 'function' ? check(value) : check.test(value);
};

const samples: Record<string, string[]> = {
  date: ['2024-02-29', '2023-02-29', '2026-11-31', '2026-12-31', '2026-1-01', '0000-01-01', '2026-13-01', ''],
  time: ['14:30:00Z', '14:30:00', '23:59:60Z', '22:59:60-01:00', '24:00:00Z', '14:30:00.123+01:00', '14:30Z'],
  'date-time': [
    '2026-11-26T14:30:00+01:00',
    '2026-11-26 14:30:00Z',
    '2026-11-26T14:30:00',
    '2026-02-30T00:00:00Z',
  ],
  duration: ['P1Y2M', 'PT15M', 'P', 'PT', 'P2W', 'P1Y2W', 'P1DT'],
  email: ['accueil@ehpad.fr', 'a.b+c@x-y.example.org', 'no-at.fr', 'a@b', 'a@.fr', 'é@x.fr'],
  uri: [
    'https://esante.gouv.fr/path?q=1#f',
    'urn:oid:1.2.250.1.213.1.4.8',
    'relative/path',
    'http://[::1]:80/',
    'ht tp://x',
  ],
  'uri-reference': ['../dossier#admission', 'https://x.fr', '#frag', 'a b', '//host/path'],
  uuid: [
    '0b5e4c7a-6f1d-4c5e-9a57-2f7d1c3b9e10',
    'urn:uuid:0B5E4C7A-6F1D-4C5E-9A57-2F7D1C3B9E10',
    '0b5e4c7a6f1d4c5e9a572f7d1c3b9e10',
  ],
};

describe('standard formats ported from ajv-formats', () => {
  for (const [name, values] of Object.entries(samples)) {
    it(`${name} judges like ajv-formats' full mode`, () => {
      const ours = (formats as Record<string, { validate: (s: string) => boolean }>)[name];
      const verdicts = values.map((v) => ours.validate(v));
      expect(verdicts).toEqual(values.map((v) => reference(name, v)));
      // Both verdicts occur, so the comparison means something.
      expect(new Set(verdicts).size).toBe(2);
    });
  }

  it('exports every format of the aggregate under its schema name', () => {
    expect(Object.keys(perName).sort()).toEqual(Object.keys(formats).sort());
    for (const name of Object.keys(formats))
      expect(perName[name as keyof typeof perName]).toBe(formats[name as keyof typeof formats]);
  });
});
