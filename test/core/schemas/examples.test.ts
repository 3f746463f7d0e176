// Every schema accepts each of its valid examples and rejects each invalid one with exactly the
// expected errors (path + keyword), through the exported validate functions of @duikit/core.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas, validators } from '@duikit/core';

const root = join(import.meta.dirname, '../../../schemas/examples');
const camel = (s: string) => s.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const list = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

interface InvalidExample {
  description: string;
  expectedErrors: { path: string; keyword: string }[];
  data: unknown;
}

const folders = readdirSync(root).sort();

describe('schema examples', () => {
  it('has a folder of valid and invalid examples for every schema', () => {
    expect(folders.map(camel).sort()).toEqual(Object.keys(schemas).sort());
    for (const f of folders) {
      expect(list(join(root, f, 'valid')).length, `${f}/valid`).toBeGreaterThan(0);
      expect(list(join(root, f, 'invalid')).length, `${f}/invalid`).toBeGreaterThan(0);
    }
  });

  for (const folder of folders) {
    const validate = validators[camel(folder) as keyof typeof validators];
    describe(folder, () => {
      for (const file of list(join(root, folder, 'valid'))) {
        it(`accepts valid/${file}`, () => {
          const result = validate(read(join(root, folder, 'valid', file)));
          expect(result.errors).toEqual([]);
          expect(result.valid).toBe(true);
        });
      }
      for (const file of list(join(root, folder, 'invalid'))) {
        it(`rejects invalid/${file} with the expected path and keyword`, () => {
          const example = read(join(root, folder, 'invalid', file)) as InvalidExample;
          const result = validate(example.data);
          expect(result.valid).toBe(false);
          const got = result.errors.map((e) => ({ path: e.path, keyword: e.keyword }));
          expect(got).toEqual(expect.arrayContaining(example.expectedErrors));
          expect(got.length, JSON.stringify(result.errors, null, 1)).toBe(example.expectedErrors.length);
        });
      }
    });
  }

  it('keeps the inline `examples` of every schema valid', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const examples = (schema as { examples?: unknown[] }).examples ?? [];
      expect(examples.length, name).toBeGreaterThan(0);
      for (const example of examples)
        expect(validators[name as keyof typeof validators](example).errors, name).toEqual([]);
    }
  });
});
