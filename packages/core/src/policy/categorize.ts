/**
 * Maps places in a user file to data categories, from the policy's pointer patterns. The most
 * specific pattern wins; a node no pattern names inherits its parent's category.
 */
import { parsePointer, toPointer } from '../json/pointer.js';
import { CATEGORIES, type AccessPolicy, type Category, type CategoryMapping } from './types.js';

type Segments = readonly string[];

interface CompiledMapping extends CategoryMapping {
  segments: string[];
}

/** A compiled view of the policy's category mappings. */
export interface Categorizer {
  /** Category of the node at `segments`, reading `categoryField`s from `doc`. */
  categoryOf(doc: unknown, segments: Segments): Category;
  /** Category of a node whose parent has `inherited`, given the node itself. */
  step(segments: Segments, node: unknown, inherited: Category): Category;
  /** True when a mapping names a place strictly below `segments` (so a hidden parent may still hold visible children). */
  hasDeeper(segments: Segments): boolean;
}

const isCategory = (v: unknown): v is Category =>
  typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);

function matches(pattern: string[], segments: Segments): boolean {
  if (pattern.length !== segments.length) return false;
  return pattern.every((p, i) => p === '*' || p === segments[i]);
}

/**
 * Compiles the policy's mappings.
 *
 * @example
 * const c = createCategorizer(policy);
 * c.categoryOf(file, ['health', 'allergies']); // 'health'
 */
export function createCategorizer(policy: AccessPolicy): Categorizer {
  const compiled: CompiledMapping[] = policy.categories.map((m) => ({
    ...m,
    segments: parsePointer(m.pointer),
  }));
  // Exact names beat wildcards at the same depth: sort so the first match is the most specific.
  const score = (m: CompiledMapping) => m.segments.filter((s) => s !== '*').length;
  compiled.sort((a, b) => score(b) - score(a));

  const step = (segments: Segments, node: unknown, inherited: Category): Category => {
    const m = compiled.find((c) => matches(c.segments, segments));
    if (!m) return inherited;
    if (m.categoryField && node && typeof node === 'object') {
      const v = (node as Record<string, unknown>)[m.categoryField];
      const mapped = typeof v === 'string' ? m.categoryValues?.[v] : undefined;
      if (mapped) return mapped;
      if (isCategory(v)) return v;
    }
    return m.category;
  };

  return {
    step,
    categoryOf(doc, segments) {
      let cat = policy.defaultCategory;
      let node: unknown = doc;
      for (let i = 0; i < segments.length; i++) {
        node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segments[i]] : undefined;
        cat = step(segments.slice(0, i + 1), node, cat);
      }
      return cat;
    },
    hasDeeper(segments) {
      return compiled.some(
        (c) =>
          c.segments.length > segments.length &&
          segments.every((s, i) => c.segments[i] === '*' || c.segments[i] === s),
      );
    },
  };
}

/** Why a category is withheld, or `null` when it may be read. */
export type ReadCheck = (category: Category) => string | null;

/**
 * Copies `doc` keeping only what `check` allows; returns the copy, one marker per withheld place
 * and the categories of what was kept.
 *
 * @example
 * const { value, withheld } = filterDocument(file, categorizer, (c) => (c === 'health' ? 'forbidden' : null));
 */
export function filterDocument(
  doc: Record<string, unknown>,
  categorizer: Categorizer,
  check: ReadCheck,
): {
  value: Record<string, unknown>;
  withheld: { pointer: string; category: Category; reason: string }[];
  kept: Set<Category>;
} {
  const withheld: { pointer: string; category: Category; reason: string }[] = [];
  const kept = new Set<Category>();
  const OMIT = Symbol('omit');
  const walk = (node: unknown, segments: string[], inherited: Category): unknown => {
    const cat = segments.length === 0 ? inherited : categorizer.step(segments, node, inherited);
    const reason = check(cat);
    const withhold = () => {
      withheld.push({ pointer: toPointer(segments), category: cat, reason: reason ?? 'forbidden' });
      return OMIT;
    };
    if (reason && !categorizer.hasDeeper(segments)) return withhold();
    if (Array.isArray(node)) {
      const out = node.map((v, i) => walk(v, [...segments, String(i)], cat)).filter((v) => v !== OMIT);
      return reason && out.length === 0 ? withhold() : out;
    }
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        const r = walk(v, [...segments, k], cat);
        if (r !== OMIT) out[k] = r;
      }
      return reason && Object.keys(out).length === 0 ? withhold() : out;
    }
    if (reason) return withhold();
    kept.add(cat);
    return node;
  };
  const value = walk(doc, [], categorizer.categoryOf(doc, []));
  return { value: value === OMIT ? {} : (value as Record<string, unknown>), withheld, kept };
}
