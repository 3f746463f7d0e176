/**
 * The logic of the branch selector for a `oneOf`/`anyOf` of objects, apart from its DOM: branch
 * labels, which branch the data is in, what a switch keeps and drops, and which validation errors
 * belong to the chosen branch (ajv reports every failing branch; only the chosen one's count).
 * Shared by the renderer (renderers/combinator.ts) and the print view.
 *
 * @example
 * const i = pickBranch(branches, value, (i) => matchesSchema(value, branches[i]));
 */
import type { Translate } from '../i18n/locale.js';
import { parsePointer } from '../json/pointer.js';
import type { ValidationError as FormError } from '../validation/errors.js';
import { resolveSchema } from './schema.js';
import type { JsonSchema } from './types.js';

/**
 * A branch's label: its `x-label` in the locale (`{ fr, en }`), else its `title`, else
 * « Option 1 »…
 *
 * @example
 * branchLabel({ title: 'Organisme' }, 1, t, 'fr'); // 'Organisme'
 */
export function branchLabel(b: JsonSchema, index: number, t: Translate, locale: string): string {
  const x = b['x-label'];
  if (x && typeof x === 'object') {
    const byLocale = x as Record<string, string>;
    const text = byLocale[locale.slice(0, 2)] ?? byLocale.fr;
    if (text) return text;
  }
  return b.title ?? t('form.combinator.option', { index: index + 1 });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** True when a value holds something a person typed or chose (not empty text or list). */
export function isFilled(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isObject(v)) return Object.values(v).some(isFilled);
  return true;
}

function discriminates(root: JsonSchema, b: JsonSchema, value: Record<string, unknown>): boolean {
  for (const [name, raw] of Object.entries(b.properties ?? {})) {
    const p = resolveSchema(root, raw);
    const v = value[name];
    if (v === undefined) continue;
    if ('const' in p && p.const === v) return true;
    if (Array.isArray(p.enum) && p.enum.includes(v)) return true;
  }
  return false;
}

/**
 * The branch the data is in: the first whose `const`/`enum` discriminator matches, else the
 * first the evaluator finds valid, else (a draft not valid yet) the only branch declaring every
 * property present. `-1` when none (empty data included); `undefined` while the evaluator loads.
 *
 * @example
 * pickBranch(root, branches, { kind: 'organisme' }, (i) => undefined); // 1
 */
export function pickBranch(
  root: JsonSchema,
  branches: JsonSchema[],
  value: unknown,
  valid: (index: number) => boolean | undefined,
  own: ReadonlySet<string> = new Set(),
): number | undefined {
  if (!isObject(value)) return -1;
  const keys = Object.keys(value).filter((k) => !own.has(k) && value[k] !== undefined);
  if (keys.length === 0) return -1;
  const byConst = branches.findIndex((b) => discriminates(root, b, value));
  if (byConst >= 0) return byConst;
  for (let i = 0; i < branches.length; i++) {
    const ok = valid(i);
    if (ok === undefined) return undefined;
    if (ok) return i;
  }
  const covering = branches.flatMap((b, i) => (keys.every((k) => b.properties?.[k]) ? [i] : []));
  return covering.length === 1 ? covering[0] : -1;
}

/**
 * The object after switching from one branch to another: the old branch's properties the new
 * one does not declare are dropped (`dropped` lists those that held something), and the new
 * branch's `const` discriminators are written.
 *
 * @example
 * switchData(root, { kind: 'personne', nom: 'Roux' }, personne, organisme, new Set()).dropped; // ['nom']
 */
export function switchData(
  root: JsonSchema,
  current: unknown,
  from: JsonSchema | undefined,
  to: JsonSchema,
  own: ReadonlySet<string>,
): { next: unknown; dropped: string[] } {
  const next: Record<string, unknown> = isObject(current) ? { ...current } : {};
  const dropped: string[] = [];
  for (const k of Object.keys(next)) {
    if (own.has(k) || to.properties?.[k] || (from && !from.properties?.[k])) continue;
    if (isFilled(next[k])) dropped.push(k);
    delete next[k];
  }
  for (const [k, raw] of Object.entries(to.properties ?? {})) {
    const p = resolveSchema(root, raw);
    if ('const' in p && next[k] !== p.const) next[k] = p.const;
  }
  const unchanged =
    isObject(current) &&
    Object.keys(next).length === Object.keys(current).length &&
    Object.keys(next).every((k) => next[k] === current[k]);
  if (unchanged) return { next: current, dropped };
  return { next: Object.keys(next).length || isObject(current) ? next : current, dropped };
}

/** The labels of properties of a branch (for the confirmation message). */
export function propertyLabels(root: JsonSchema, b: JsonSchema, names: string[]): string[] {
  return names.map((n) => resolveSchema(root, b.properties?.[n]).title ?? n);
}

/** What {@link branchErrors} needs to know about one selector. */
export interface BranchScope {
  /** Pointer of the object the selector chooses a branch for. */
  path: string;
  /** The object's own properties (outside the branches): their errors always stay. */
  own: ReadonlySet<string>;
  /** The chosen branch, resolved; `undefined` when none is chosen. */
  branch?: JsonSchema;
  /** True when the chosen branch's schema accepts the value at a property. */
  accepts(name: string): boolean | undefined;
  /** The message shown when no branch is chosen. */
  chooseMessage: string;
}

/**
 * Keeps the errors of the chosen branch only. With no branch chosen, the errors inside the
 * object (outside its own properties) become one « Choisissez une option » on the selector.
 *
 * @example
 * engine.errorFilters.add((errors) => branchErrors(errors, scope));
 */
export function branchErrors(errors: FormError[], s: BranchScope): FormError[] {
  const out: FormError[] = [];
  let inside = false;
  let combinator: FormError | undefined;
  const prefix = s.path + '/';
  for (const e of errors) {
    const at = e.path === s.path;
    if (!at && !e.path.startsWith(prefix)) {
      out.push(e);
      continue;
    }
    const name = at ? undefined : parsePointer(e.path.slice(s.path.length))[0];
    if (name !== undefined && s.own.has(name) && !s.branch?.properties?.[name]) {
      out.push(e);
      continue;
    }
    if (!s.branch) {
      inside = true;
      continue;
    }
    if (at) {
      // « must match exactly one schema » only says something when nothing more precise does.
      if (e.keyword === 'oneOf' || e.keyword === 'anyOf') combinator ??= e;
      else out.push(e);
      continue;
    }
    if (!s.branch.properties?.[name!]) continue; // another branch's property
    // A missing property of the object itself counts only if the chosen branch requires it.
    const required = e.keyword === 'required' && !e.path.slice(prefix.length).includes('/');
    if (required ? (s.branch.required ?? []).includes(name!) : s.accepts(name!) !== true) {
      out.push(e);
      inside = true;
    }
  }
  if (!s.branch && inside) {
    out.push({ path: s.path, keyword: 'oneOf', message: s.chooseMessage, params: {} });
  } else if (combinator && !inside) out.push(combinator);
  return out;
}
