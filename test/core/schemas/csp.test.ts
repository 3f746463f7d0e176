// The precompiled validators are plain, self-contained ESM that a strict Content-Security-Policy
// allows: no code generation at run time, no CommonJS, no imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const code = readFileSync(
  join(import.meta.dirname, '../../../packages/core/src/generated/validators.js'),
  'utf8',
);
// String literals (ajv keeps the source of its runtime helpers as text) are not code.
const withoutStrings = code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');

describe('generated validators', () => {
  it('never build code at run time (no eval, no new Function)', () => {
    expect(withoutStrings).not.toMatch(/\bnew Function\b|\beval\s*\(/);
  });

  it('are self-contained ESM: no import, no require', () => {
    expect(withoutStrings).not.toMatch(/^\s*import\s/m);
    expect(withoutStrings).not.toMatch(/(?<![\w.$])require\s*\(/);
    expect(code).toMatch(/^export \{/m);
  });

  it('carry the DUI Kit formats (INS key, FINESS check digit)', () => {
    expect(code).toContain('isValidInsNir');
    expect(code).toContain('isValidFiness');
  });
});
