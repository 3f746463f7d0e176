/**
 * Seeded random requests for the fuzz suite: values drawn from an operation's own JSON Schemas
 * (so many requests pass validation and reach the engine), mixed with the hostile values a
 * probe sends (huge indices, prototype keys, deep nesting, long strings, wrong types).
 */
import { apiSchemas, schemaDefs, schemas } from '@duikit/core';

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = unknown;

/** JSON text put in a body as is (nesting too deep for `JSON.stringify`). */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * `JSON.stringify` that writes {@link RawJson} values as their text.
 *
 * @example
 * toJson({ patch: new RawJson('[[1]]') }); // '{"patch":[[1]]}'
 */
export function toJson(value: Json): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_k, v: unknown) =>
    v instanceof RawJson ? `\u0000raw${raws.push(v.text) - 1}` : v,
  );
  return (text ?? 'null').replace(/"\\u0000raw(\d+)"/g, (_, i: string) => raws[Number(i)] ?? 'null');
}
type Schema = Record<string, unknown>;

const docs = new Map<string, Schema>(
  [...Object.values(schemaDefs), ...Object.values(schemas), ...Object.values(apiSchemas)].map((d) => [
    (d as Schema).$id as string,
    d as Schema,
  ]),
);

/** Resolves a `$ref` against its base; returns the schema and its document's `$id`. */
export function resolveRef(ref: string, base: string): [Schema, string] {
  const abs = new URL(ref, base || 'https://duikit.dev/schemas/').href;
  const [file = '', pointer = ''] = abs.split('#');
  const doc = docs.get(file);
  if (!doc) throw new Error(`fuzz: no schema ${file}`);
  const node = pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((n, k) => (n as Schema)[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  return [node as Schema, file];
}

/** Hostile values: each one a known way to hurt a server. */
export function hostile(rnd: () => number, pools: Pools): Json {
  // Written as text: JSON.stringify itself recurses, and would overflow first.
  const deep = (n: number) =>
    new RawJson(rnd() < 0.5 ? `${'{"a":'.repeat(n)}1${'}'.repeat(n)}` : `${'['.repeat(n)}1${']'.repeat(n)}`);
  const all: (() => Json)[] = [
    () => null,
    () => -1,
    () => 1e308,
    () => 2 ** 53 + 1,
    () => '',
    () => 'é'.repeat(20_000),
    () => deep(5_000),
    () => deep(40),
    () => Array.from({ length: 2_000 }, (_, i) => i),
    () => JSON.parse('{"__proto__": {"polluted": 1}}'),
    () => ({ constructor: { prototype: { polluted: 1 } } }),
    () => '/notes/999999',
    () => '/__proto__/polluted',
    () => '/constructor/prototype/polluted',
    () => pick(rnd, pools.strings),
    () => ({}),
    () => [],
    () => true,
  ];
  return pick(rnd, all)();
}

/** Values the generator prefers for strings: real ids, parts, pointers, dates. */
export interface Pools {
  strings: string[];
}

/** One element of a list. */
export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/**
 * A value for a schema: usually valid-looking, sometimes hostile (`chaos` of the time).
 *
 * @example
 * const body = valueFor(op.body, '', seeded(1), pools);
 */
export function valueFor(
  schema: Schema | undefined,
  base: string,
  rnd: () => number,
  pools: Pools,
  depth = 0,
  chaos = 0.08,
): Json {
  if (!schema || depth > 7 || rnd() < chaos) return hostile(rnd, pools);
  if (typeof schema.$ref === 'string') {
    const [s, b] = resolveRef(schema.$ref, base);
    return valueFor(s, b, rnd, pools, depth + 1, chaos);
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return pick(rnd, schema.enum);
  const choices = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (choices?.length) return valueFor(pick(rnd, choices), base, rnd, pools, depth + 1, chaos);
  if (Array.isArray(schema.allOf) && schema.allOf.length)
    return valueFor(schema.allOf[0] as Schema, base, rnd, pools, depth + 1, chaos);
  const type = Array.isArray(schema.type) ? pick(rnd, schema.type as string[]) : schema.type;
  if (type === 'object' || schema.properties) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema.required ?? []) as string[]);
    const out: Record<string, Json> = {};
    for (const [k, s] of Object.entries(props))
      if (required.has(k) || rnd() < 0.4) out[k] = valueFor(s, base, rnd, pools, depth + 1, chaos);
    return out;
  }
  if (type === 'array') {
    const n = Math.floor(rnd() * 3);
    return Array.from({ length: n }, () =>
      valueFor(schema.items as Schema, base, rnd, pools, depth + 1, chaos),
    );
  }
  if (type === 'integer' || type === 'number') return pick(rnd, [0, 1, 2, 3, 7, -1, 999_999]);
  if (type === 'boolean') return rnd() < 0.5;
  if (schema.format === 'date') return pick(rnd, ['2026-03-02', '1940-02-30', '2026-13-01']);
  if (schema.format === 'date-time') return '2026-03-02T08:00:00.000Z';
  return pick(rnd, pools.strings);
}
