/**
 * TDDUI profile constraints as data (`data/profiles/*.json`): each rule names the FSH rule it
 * comes from and compiles to a small JSON Schema (checked with ajv) or a FHIRPath invariant
 * (evaluated with the fhirpath package). See ADR 0024.
 */

/** Text in both catalogues; French is the default. */
export interface Localized {
  fr: string;
  en: string;
}

/** One constraint of a profile. */
export interface ProfileRule {
  /** The FSH rule as written in the source (`* identifier[idNatSt] 1..1`). */
  fsh: string;
  /** Which source file (a key of {@link ProfileRules.sources}) holds it. */
  in: string;
  /** Dotted element path from the resource root (`identifier`, `period.start`). */
  path?: string;
  /** A FHIR pattern an item of `path` must contain to belong to the slice. */
  slice?: unknown;
  /** Or a JSON Schema an item must match to belong to the slice. */
  sliceSchema?: Record<string, unknown>;
  sliceName?: string;
  /** FHIRPath `where()` criterion that names the slice in error locations. */
  sliceWhere?: string;
  /** Path inside each slice item the constraint applies to. */
  sub?: string;
  min?: number;
  max?: number;
  const?: string | number | boolean;
  pattern?: unknown;
  enum?: string[];
  valueSet?: string;
  regex?: string;
  description?: Localized;
  /** Profiles (ids) a reference must point to, checked against the Bundle's entries. */
  targets?: string[];
  /** A FHIRPath invariant evaluated on the resource. */
  fhirpath?: string;
  key?: string;
  message?: Localized;
}

/** A profile's constraints file. */
export interface ProfileRules {
  id: string;
  url: string;
  resourceType: string;
  title: string;
  sources: Record<string, { repo: string; path: string; commit: string }>;
  rules: ProfileRule[];
}

type Schema = Record<string, unknown>;

/** FHIR elements may be arrays or single values: apply `s` to each item, or to the value. */
const each = (s: Schema): Schema => ({ if: { type: 'array' }, then: { items: s }, else: s });

/** `s` applied at a dotted path, through every array on the way. */
export function at(path: string, s: Schema): Schema {
  if (!path) return s;
  const [head, ...rest] = path.split('.');
  return { type: 'object', properties: { [head]: each(at(rest.join('.'), s)) } };
}

/** FHIR pattern semantics: the instance holds at least the pattern's values. */
export function patternSchema(p: unknown): Schema {
  if (Array.isArray(p)) return { type: 'array', allOf: p.map((item) => ({ contains: patternSchema(item) })) };
  if (p && typeof p === 'object') {
    const entries = Object.entries(p as Record<string, unknown>);
    return {
      type: 'object',
      required: entries.map(([k]) => k),
      properties: Object.fromEntries(entries.map(([k, v]) => [k, patternSchema(v)])),
    };
  }
  return { const: p };
}

/** Cardinality of the last element of `path`, checked on every instance of its parent. */
function cardinality(path: string, min?: number, max?: number): Schema {
  const parts = path.split('.');
  const leaf = parts.pop() as string;
  const count: Schema = { if: { type: 'array' }, then: {} };
  if (min !== undefined) (count.then as Schema).minItems = min;
  if (max !== undefined) (count.then as Schema).maxItems = max;
  if (max === 0) count.else = false;
  const node: Schema = { type: 'object', properties: { [leaf]: count } };
  if (min && min > 0) node.required = [leaf];
  return at(parts.join('.'), node);
}

/** The value constraint of a rule (const, pattern, enum, regex), or undefined. */
function valueSchema(r: ProfileRule): Schema | undefined {
  if (r.const !== undefined) return { const: r.const };
  if (r.pattern !== undefined) return patternSchema(r.pattern);
  if (r.enum) return { enum: r.enum };
  if (r.regex) return { type: 'string', pattern: r.regex };
  return undefined;
}

/** The constraint at `path` (relative to an item or the resource). */
function constraintAt(path: string, r: ProfileRule): Schema {
  const value = valueSchema(r);
  if (!value) return cardinality(path, r.min, r.max);
  if (!Array.isArray(r.pattern)) return at(path, value);
  // A repeating pattern applies to the whole array, not to each item.
  const parts = path.split('.');
  const leaf = parts.pop() as string;
  return at(parts.join('.'), { type: 'object', required: [leaf], properties: { [leaf]: value } });
}

/**
 * Compiles a structural rule to a JSON Schema over the resource.
 *
 * @example
 * compileRule({ fsh: '* birthDate 1..1', in: 'TDDUIPatient.fsh', path: 'birthDate', min: 1 });
 * // { type: 'object', properties: { birthDate: … }, required: ['birthDate'] }
 */
export function compileRule(r: ProfileRule): Schema {
  const path = r.path as string;
  const member = r.sliceSchema ?? (r.slice !== undefined ? patternSchema(r.slice) : undefined);
  if (!member) return constraintAt(r.sub ? `${path}.${r.sub}` : path, r);
  if (r.sub) return at(path, { if: member, then: constraintAt(r.sub, r) });
  // Slice cardinality: how many items of the array belong to the slice.
  const parts = path.split('.');
  const leaf = parts.pop() as string;
  const counted: Schema = { contains: member, minContains: r.min ?? 0 };
  if (r.max !== undefined) counted.maxContains = r.max;
  const node: Schema = {
    type: 'object',
    properties: { [leaf]: { if: { type: 'array' }, then: counted } },
  };
  if (r.min && r.min > 0) node.required = [leaf];
  return at(parts.join('.'), node);
}

/** FHIRPath `where()` text for a slice pattern (`system='urn:oid:…'`). */
export function sliceCriterion(r: ProfileRule): string | undefined {
  if (r.sliceWhere) return r.sliceWhere;
  if (r.slice === undefined) return undefined;
  const terms: string[] = [];
  const walk = (v: unknown, prefix: string) => {
    if (Array.isArray(v)) v.forEach((item) => walk(item, prefix));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
    else terms.push(`${prefix} = '${String(v)}'`);
  };
  walk(r.slice, '');
  return terms.join(' and ');
}

const cardText = (r: ProfileRule) => `${r.min ?? 0}..${r.max ?? '*'}`;

/**
 * The message of a failed rule, in French and English.
 *
 * @example
 * ruleMessage({ fsh: '…', in: '…', path: 'birthDate', min: 1 }).fr; // 'Élément obligatoire absent ou trop répété : birthDate (1..*).'
 */
export function ruleMessage(r: ProfileRule): Localized {
  if (r.message) return r.message;
  const where = `${r.path}${r.sliceName ? `[${r.sliceName}]` : ''}${r.sub ? `.${r.sub}` : ''}`;
  if (r.targets)
    return {
      fr: `La référence ${where} doit viser une ressource ${r.targets.join(' ou ')} du Bundle.`,
      en: `The reference ${where} must point to a ${r.targets.join(' or ')} resource of the Bundle.`,
    };
  if (r.const !== undefined)
    return {
      fr: `Valeur imposée par le profil pour ${where} : « ${String(r.const)} ».`,
      en: `The profile fixes ${where} to "${String(r.const)}".`,
    };
  if (r.pattern !== undefined)
    return {
      fr: `${where} doit contenir ${JSON.stringify(r.pattern)}.`,
      en: `${where} must contain ${JSON.stringify(r.pattern)}.`,
    };
  if (r.enum)
    return {
      fr: `Code hors du jeu de valeurs ${r.valueSet ?? ''} pour ${where} (attendu : ${r.enum.join(', ')}).`,
      en: `Code outside the value set ${r.valueSet ?? ''} for ${where} (expected: ${r.enum.join(', ')}).`,
    };
  if (r.regex)
    return {
      fr: `Format invalide pour ${where} : ${r.description?.fr ?? r.regex}.`,
      en: `Invalid format for ${where}: ${r.description?.en ?? r.regex}.`,
    };
  return {
    fr: `Cardinalité non respectée pour ${where} : ${cardText(r)} attendu.`,
    en: `Cardinality not met for ${where}: ${cardText(r)} expected.`,
  };
}
