// The generator: committed files are up to date, `--check` names stale files, and a broken
// schema stops the run with the file and the JSON Pointer of the problem.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without declarations
import { generate, staleFiles, SchemaError } from '../../../scripts/generate.mjs';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/generate.mjs');

interface GenerateFn {
  (options?: { schemasDir?: string; outDir?: string }): Promise<Record<string, string>>;
}
const gen = generate as GenerateFn;
const stale = staleFiles as (files: Record<string, string>) => string[];

let dir: string;
let schemasDir: string;
let outDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duikit-generate-'));
  schemasDir = join(dir, 'schemas');
  outDir = join(dir, 'generated');
  cpSync(join(ROOT, 'schemas'), schemasDir, { recursive: true });
  mkdirSync(outDir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Sets the value at `path` (property names) inside one schema file of the temp copy. */
const setIn = (rel: string, path: string[], value: unknown) => {
  const file = join(schemasDir, rel);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  let node = json;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  writeFileSync(file, JSON.stringify(json, null, 2));
};

async function brokenError(): Promise<{ file: string; pointer: string | undefined; message: string }> {
  try {
    await gen({ schemasDir, outDir });
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return error as { file: string; pointer: string | undefined; message: string };
  }
  throw new Error('generate did not fail');
}

describe('scripts/generate.mjs', () => {
  it('matches the committed generated files (npm run generate:check)', async () => {
    const files = await gen();
    const published = Object.keys(files).filter((p) => p.includes(join('packages', 'schemas')));
    expect(Object.keys(files).length - published.length).toBe(7);
    // @duikit/schemas: every schema copied, plus one variant schema per standard workflow.
    expect(published.filter((p) => p.includes(join('schemas', 'variants')))).toHaveLength(4);
    expect(stale(files)).toEqual([]);
  });

  it('--check names the stale file and how to fix it, and exits 1', async () => {
    const written = await gen({ schemasDir, outDir });
    for (const [path, content] of Object.entries(written)) writeFileSync(path, content);
    expect(stale(written)).toEqual([]);

    setIn('note.schema.json', ['properties', 'mood'], { type: 'string' });
    const failure = await run('node', [SCRIPT, '--check', '--schemas', schemasDir, '--out', outDir]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/stale: .*generated\/types\.ts/);
    expect(failure?.stderr).toMatch(/stale: .*generated\/validators\.js/);
    expect(failure?.stderr).toContain('npm run generate');
  });

  it('stops on invalid JSON with the file, line and pointer', async () => {
    const path = join(schemasDir, 'note.schema.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"category": {', '"category": {,'));
    const error = await brokenError();
    expect(error.file).toBe('schemas/note.schema.json');
    expect(error.message).toMatch(/invalid JSON \(line \d+, column \d+\)/);
    expect(error.pointer).toBe('/properties/category');
  });

  it('stops on an unknown keyword with its pointer', async () => {
    setIn('person.schema.json', ['properties', 'usedName', 'maxLenght'], 50);
    const error = await brokenError();
    expect(error.file).toBe('schemas/person.schema.json');
    expect(error.pointer).toBe('/properties/usedName/maxLenght');
    expect(error.message).toContain('unknown keyword "maxLenght"');
  });

  it('stops on an unresolvable $ref with its pointer', async () => {
    setIn(
      'stay.schema.json',
      ['$defs', 'amendment', 'properties', 'date', '$ref'],
      'defs/common.schema.json#/$defs/dat',
    );
    const error = await brokenError();
    expect(error.file).toBe('schemas/stay.schema.json');
    expect(error.pointer).toBe('/$defs/amendment/properties/date/$ref');
    expect(error.message).toContain('cannot resolve $ref');
  });

  it('stops on a meta-schema violation with its pointer, and the CLI exits 1', async () => {
    setIn('defs/common.schema.json', ['$defs', 'period', 'properties', 'start', 'type'], 'strng');
    const error = await brokenError();
    expect(error.file).toBe('schemas/defs/common.schema.json');
    expect(error.pointer).toBe('/$defs/period/properties/start/type');
    const failure = await run('node', [SCRIPT, '--schemas', schemasDir, '--out', outDir]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(
      'schemas/defs/common.schema.json at /$defs/period/properties/start/type',
    );
  });
});
