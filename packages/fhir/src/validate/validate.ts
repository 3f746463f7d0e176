/**
 * Offline validation of a TDDUI Bundle (or of one resource) in two layers: the FHIR R4 base
 * (medplum) and the TDDUI / FR Core constraints of every profile an entry claims (rule data
 * compiled to JSON Schema for ajv, invariants evaluated with fhirpath). Every issue carries the
 * FHIRPath of the place, with indices, and the FSH rule it comes from.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import fhirpath from 'fhirpath';
import r4model from 'fhirpath/fhir-context/r4';
import profileRulesSchema from '../data/profile-rules.schema.json';
import { TDDUI_PROFILES, TDDUI_SD, profileIdOf } from './profiles.js';
import { compileRule, ruleMessage, sliceCriterion, type ProfileRule, type ProfileRules } from './rules.js';
import { validateR4 } from './r4.js';
import type { ValidationIssue, ValidationReport } from './types.js';

type Json = Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = new WeakMap<ProfileRule, ValidateFunction>();
const validatorOf = (r: ProfileRule) => {
  let v = compiled.get(r);
  if (!v) compiled.set(r, (v = ajv.compile(compileRule(r))));
  return v;
};

/** `/identifier/0/system` under `Patient` → `Patient.identifier[0].system`. */
export function toFhirPath(prefix: string, pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : `${acc}.${s}`), prefix);
}

const sourceOf = (p: ProfileRules, r: ProfileRule) => {
  const s = p.sources[r.in];
  return s ? `${s.repo} ${s.path}${s.commit && s.commit !== '-' ? `@${s.commit.slice(0, 10)}` : ''}` : r.in;
};

function issue(p: ProfileRules, r: ProfileRule, expression: string): ValidationIssue {
  return {
    severity: 'error',
    layer:
      r.key?.startsWith('fr-core') || r.in.startsWith('FRCore') || r.in.startsWith('FrCore')
        ? 'fr-core'
        : 'tddui',
    expression,
    message: ruleMessage(r),
    profile: p.id,
    rule: r.fsh,
    source: sourceOf(p, r),
  };
}

/** Where an ajv error points, as FHIRPath. */
function errorPath(prefix: string, e: ErrorObject, r: ProfileRule): string {
  const base = toFhirPath(prefix, e.instancePath);
  if (e.keyword === 'required') return `${base}.${(e.params as { missingProperty: string }).missingProperty}`;
  if (e.keyword === 'contains') {
    const where = sliceCriterion(r);
    return where ? `${base}.where(${where})` : base;
  }
  return base;
}

/** Every value at a dotted path, with its JSON Pointer. */
function valuesAt(node: unknown, path: string, pointer = ''): { value: unknown; pointer: string }[] {
  if (node === undefined || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((v, i) => valuesAt(v, path, `${pointer}/${i}`));
  if (!path) return [{ value: node, pointer }];
  const [head, ...rest] = path.split('.');
  return valuesAt((node as Json)[head], rest.join('.'), `${pointer}/${head}`);
}

/** Resolves references against a Bundle's entries (by fullUrl, or `Type/id`). */
export type Resolver = (reference: string) => Json | undefined | null;

function bundleResolver(bundle: Json): Resolver {
  const byUrl = new Map<string, Json>();
  for (const e of (bundle.entry as Json[] | undefined) ?? []) {
    const res = e.resource as Json | undefined;
    if (!res) continue;
    if (typeof e.fullUrl === 'string') byUrl.set(e.fullUrl, res);
    if (typeof res.id === 'string') byUrl.set(`${String(res.resourceType)}/${res.id}`, res);
  }
  return (ref) => {
    const hit = byUrl.get(ref);
    if (hit) return hit;
    const rel = [...byUrl.entries()].find(([url]) => url.endsWith(`/${ref}`));
    if (rel) return rel[1];
    return ref.startsWith('urn:uuid:') ? null : undefined;
  };
}

const claims = (res: Json): string[] =>
  ((res.meta as Json | undefined)?.profile as string[] | undefined) ?? [];

function checkTargets(p: ProfileRules, r: ProfileRule, res: Json, prefix: string, resolve?: Resolver) {
  if (!resolve) return [];
  const out: ValidationIssue[] = [];
  for (const { value, pointer } of valuesAt(res, r.path as string)) {
    const ref = (value as Json).reference;
    if (typeof ref !== 'string') continue;
    const target = resolve(ref);
    if (target === undefined) continue; // outside the Bundle: the receiver resolves it
    const ok =
      target !== null && claims(target).some((url) => (r.targets ?? []).includes(profileIdOf(url) ?? ''));
    if (!ok) out.push(issue(p, r, `${toFhirPath(prefix, pointer)}.reference`));
  }
  return out;
}

/** A FHIRPath invariant on the resource, or on each element at `path`. */
function checkInvariant(p: ProfileRules, r: ProfileRule, res: Json, prefix: string) {
  const places = r.path ? valuesAt(res, r.path) : [{ value: res, pointer: '' }];
  return places.flatMap(({ value, pointer }) => {
    const result = fhirpath.evaluate(value, r.fhirpath as string, undefined, r4model) as unknown[];
    return result.length === 1 && result[0] === false ? [issue(p, r, toFhirPath(prefix, pointer))] : [];
  });
}

/**
 * Checks one resource against one profile's constraints.
 *
 * @example
 * checkProfile(patient, TDDUI_PROFILES['tddui-patient-ins'], 'Patient');
 */
export function checkProfile(
  res: Json,
  p: ProfileRules,
  prefix: string,
  resolve?: Resolver,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const r of p.rules) {
    if (r.targets) out.push(...checkTargets(p, r, res, prefix, resolve));
    else if (r.fhirpath) out.push(...checkInvariant(p, r, res, prefix));
    else {
      const v = validatorOf(r);
      if (v(res)) continue;
      const seen = new Set<string>();
      // A slice count reports the count, not why each other item is not in the slice.
      const counting = !r.sub && (r.slice !== undefined || r.sliceSchema !== undefined);
      for (const e of v.errors ?? []) {
        if (e.keyword === 'if' || (counting && e.keyword !== 'contains' && e.keyword !== 'required'))
          continue;
        const where = errorPath(prefix, e, r);
        if (seen.has(where)) continue;
        seen.add(where);
        out.push(issue(p, r, where));
      }
    }
  }
  return out;
}

function checkClaims(res: Json, prefix: string, resolve?: Resolver): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const url of claims(res)) {
    const id = profileIdOf(url);
    const p = id ? TDDUI_PROFILES[id] : undefined;
    if (p) out.push(...checkProfile(res, p, prefix, resolve));
    else if (url.startsWith(TDDUI_SD))
      out.push({
        severity: 'warning',
        layer: 'tddui',
        expression: `${prefix}.meta.profile`,
        message: {
          fr: `Profil TDDUI inconnu de DUI Kit, ses contraintes ne sont pas vérifiées : ${url}`,
          en: `TDDUI profile unknown to DUI Kit, its constraints are not checked: ${url}`,
        },
        rule: 'meta.profile',
      });
  }
  return out;
}

/**
 * Validates a TDDUI transaction Bundle, or a single resource, offline.
 *
 * @example
 * const report = await validateTddui(bundle);
 * report.issues[0]; // { expression: 'Bundle.entry[0].resource.identifier[1].system', rule: '* identifier[PI].system = "…"', … }
 */
export async function validateTddui(resource: object): Promise<ValidationReport> {
  const res = resource as Json;
  const issues: ValidationIssue[] = await validateR4(res);
  if (res.resourceType === 'Bundle') {
    const resolve = bundleResolver(res);
    // medplum reads references as `Type/id`; a `urn:uuid:` fullUrl of the same Bundle is valid R4.
    for (let i = issues.length - 1; i >= 0; i--) {
      const urn = /Invalid reference: got "(urn:uuid:[^"]+)"/.exec(issues[i]?.message.en ?? '')?.[1];
      if (urn && resolve(urn)) issues.splice(i, 1);
    }
    issues.push(...checkProfile(res, TDDUI_PROFILES['tddui-bundle'], 'Bundle', resolve));
    ((res.entry as Json[] | undefined) ?? []).forEach((e, i) => {
      if (e.resource) issues.push(...checkClaims(e.resource as Json, `Bundle.entry[${i}].resource`, resolve));
    });
  } else issues.push(...checkClaims(res, String(res.resourceType)));
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { valid: errors === 0, errors, warnings: issues.length - errors, issues };
}

/**
 * Checks a profile-constraints file against `profile-rules.schema.json` (for hosts adding their
 * own profiles, and for ours in the tests). Returns the problems by JSON Pointer.
 *
 * @example
 * checkProfileRules(JSON.parse(text)); // [] or [{ path: '/rules/3', message: 'must match exactly one schema in oneOf' }]
 */
export function checkProfileRules(data: unknown): { path: string; message: string }[] {
  const check = (rulesValidator ??= ajv.compile(profileRulesSchema));
  return check(data)
    ? []
    : (check.errors ?? []).map((e) => ({ path: e.instancePath, message: e.message ?? e.keyword }));
}
let rulesValidator: ValidateFunction | undefined;
