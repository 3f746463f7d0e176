import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';
import { describe, expect, it } from 'vitest';
import type { UserFile } from '@duikit/core';
import { TDDUI_MAPPING, toTdduiBundle } from '@duikit/fhir';

type Schema = Record<string, unknown>;
const cache = new Map<string, Schema>();
const load = (file: string) => {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(join('schemas', file), 'utf8')) as Schema);
  return cache.get(file) as Schema;
};
function resolve(ref: string, from: string): [Schema, string] {
  const [f, frag = ''] = ref.split('#');
  const file = f ? normalize(join(dirname(from), f)) : from;
  let node = load(file);
  for (const t of frag.split('/').filter(Boolean)) node = node[t] as Schema;
  return [node, file];
}

/** Every place of user-file.schema.json (following $refs) that carries an `x-tddui` note. */
function tdduiNotes(
  node: Schema,
  file: string,
  pointer: string,
  seen: Set<string>,
  out: Map<string, string>,
) {
  if (typeof node['x-tddui'] === 'string') out.set(pointer, node['x-tddui']);
  if (typeof node.$ref === 'string') {
    const key = `${file}#${node.$ref}`;
    if (!seen.has(key)) tdduiNotes(...resolve(node.$ref, file), pointer, new Set([...seen, key]), out);
  }
  for (const [k, v] of Object.entries((node.properties as Record<string, Schema>) ?? {}))
    tdduiNotes(v, file, `${pointer}/${k}`, seen, out);
  if (node.items && typeof node.items === 'object')
    tdduiNotes(node.items as Schema, file, `${pointer}/*`, seen, out);
  for (const k of ['allOf', 'anyOf', 'oneOf'])
    for (const s of (node[k] as Schema[] | undefined) ?? []) tdduiNotes(s, file, pointer, seen, out);
}

const notes = new Map<string, string>();
tdduiNotes(load('user-file.schema.json'), 'user-file.schema.json', '', new Set(), notes);
const mapped = new Map(TDDUI_MAPPING.mapped.map((m) => [m.pointer, m]));
const notMapped = new Map(TDDUI_MAPPING.notMapped.map((m) => [m.pointer, m]));

describe('the TDDUI mapping table (packages/fhir/src/data/mapping.json)', () => {
  it('finds the x-tddui notes of user-file.schema.json', () => expect(notes.size).toBeGreaterThanOrEqual(29));

  for (const [pointer, note] of notes)
    it(`maps ${pointer || '(root)'} (${note.slice(0, 40)}…) or says why not`, () => {
      const row = mapped.get(pointer) ?? notMapped.get(pointer);
      expect(row, `add ${pointer} to mapping.json`).toBeDefined();
      if (notMapped.has(pointer)) expect(notMapped.get(pointer)?.reason.fr.length).toBeGreaterThan(20);
    });

  it('each mapped field really lands where the table says, in the export of a full file', async () => {
    const file = JSON.parse(
      readFileSync('schemas/examples/user-file/valid/active-ehpad.json', 'utf8'),
    ) as UserFile;
    const r = await toTdduiBundle(file, {
      documentContent: () => ({ contentType: 'application/pdf', data: 'JVBERi0K' }),
    });
    if (!r.ok) throw new Error(r.error.message.en);
    const entries = r.value.bundle.entry as unknown as { resource: { meta: { profile: string[] } } }[];
    const value = (ptr: string) =>
      ptr
        .split('/')
        .slice(1)
        .reduce<unknown[]>(
          (acc, t) =>
            acc.flatMap((v) =>
              t === '*'
                ? Array.isArray(v)
                  ? v
                  : []
                : v && typeof v === 'object'
                  ? [(v as Record<string, unknown>)[t]]
                  : [],
            ),
          [file],
        )
        .filter((v) => v !== undefined);
    const empty: string[] = [];
    for (const row of TDDUI_MAPPING.mapped) {
      if (!value(row.pointer).length) continue;
      const profiles =
        row.profile === 'tddui-patient-ins' ? ['tddui-patient-ins', 'tddui-patient'] : [row.profile];
      const resources =
        row.profile === 'tddui-bundle'
          ? [r.value.bundle]
          : entries
              .map((e) => e.resource)
              .filter((res) => profiles.some((p) => res.meta.profile[0]?.endsWith(`/${p}`)));
      const found = resources.flatMap(
        (res) => fhirpath.evaluate(res, row.fhirpath, undefined, r4model) as unknown[],
      );
      if (!found.length) empty.push(`${row.pointer} → ${row.fhirpath}`);
    }
    expect(empty).toEqual([]);
  });

  it('is shown in docs/glossary.md, row by row', () => {
    const glossary = readFileSync('docs/glossary.md', 'utf8');
    const missing = [...TDDUI_MAPPING.mapped, ...TDDUI_MAPPING.notMapped]
      .map((row) => row.pointer || '(root)')
      .filter((p) => !glossary.includes(`| \`${p}\``));
    expect(missing).toEqual([]);
  });
});
