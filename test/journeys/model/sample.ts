/**
 * Valid data from a JSON Schema, deterministically: what a person would type into the form that
 * renders it. `const`, then `examples`, then `default`, then the first choice; dates are today in
 * Paris (a date both "not in the future" and "not in the past" accepts); strings respect their
 * length. Only what the journeys' schemas use is supported: an unknown keyword throws, so a new
 * schema feature fails loudly here instead of producing data the server would refuse.
 */

/** A JSON Schema node, loosely typed (the journeys read workflow and form files as data). */
export type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  const?: unknown;
  examples?: unknown[];
  default?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
};

/** Today's date in Paris, `YYYY-MM-DD` (the engine's legal time zone). */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** The coded choices of a schema node: `enum`, or `oneOf`/`anyOf` of `const`s (with titles). */
export function choices(schema: Schema): { value: unknown; title?: unknown }[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value }));
  const alts = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alts) && alts.every((a) => a && 'const' in a))
    return alts.map((a) => ({ value: a.const, title: a.title }));
  return undefined;
}

/** The primary type of a node (`["string","null"]` → `string`). */
export function typeOf(schema: Schema): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t) return t;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

/**
 * A valid value for `schema`, required properties only (what the least a person must fill).
 *
 * @example
 * sample({ type: 'object', required: ['on'], properties: { on: { type: 'string', format: 'date' } } });
 * // { on: '2026-12-07' }
 */
export function sample(schema: Schema | undefined, today = parisToday(), at = ''): unknown {
  if (!schema || typeof schema !== 'object') return undefined;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  const coded = choices(schema);
  if (coded) return coded[0].value;
  switch (typeOf(schema)) {
    case 'object': {
      const keys = schema.required ?? [];
      return Object.fromEntries(keys.map((k) => [k, sample(schema.properties?.[k], today, `${at}/${k}`)]));
    }
    case 'array': {
      const n = Math.max(1, schema.minItems ?? 1);
      return Array.from({ length: n }, (_, i) => sample(schema.items, today, `${at}/${i}`));
    }
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.maximum !== undefined ? Math.min(1, schema.maximum) : 1);
    case 'string':
      return sampleString(schema, today, at);
    default:
      throw new Error(`sample: no value for the schema at ${at || '/'}: ${JSON.stringify(schema)}`);
  }
}

function sampleString(schema: Schema, today: string, at: string): string {
  if (schema.format === 'date') return today;
  if (schema.format === 'date-time')
    return new Date(Date.now() - 3_600_000).toISOString().slice(0, 16) + ':00Z';
  if (schema.format === 'email') return 'parcours@example.org';
  if (schema.pattern)
    throw new Error(`sample: give the string at ${at} an example (pattern ${schema.pattern})`);
  const base = 'Saisie du parcours';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  const s = base.length >= min ? base : base.padEnd(min, '.');
  return s.slice(0, Math.max(min, Math.min(max, s.length)));
}

/**
 * Payload variants that may take different guarded branches: the sample, then, for each top-level
 * coded or boolean property, the sample with that property set to each other value.
 *
 * @example
 * variants({ type: 'object', required: ['revise'], properties: { revise: { type: 'boolean' } } });
 * // [{ revise: true }, { revise: false }]
 */
export function variants(schema: Schema | undefined, today = parisToday()): unknown[] {
  const base = sample(schema, today);
  if (!schema || typeOf(schema) !== 'object' || !base || typeof base !== 'object') return [base];
  const out: unknown[] = [base];
  for (const key of schema.required ?? []) {
    const prop = schema.properties?.[key];
    if (!prop) continue;
    const values = choices(prop)?.map((c) => c.value) ?? (typeOf(prop) === 'boolean' ? [true, false] : []);
    for (const v of values) if (v !== (base as Record<string, unknown>)[key]) out.push({ ...base, [key]: v });
  }
  return out;
}
