/**
 * The terminologies shipped with the schemas (SERAFIN-PH, TRE_R66) and helpers to read them:
 * flat concept lists, lookups and labels in French or English.
 *
 * @example
 * terminologyLabel('serafinPh', '1.2.1.3', 'fr'); // 'Mobilité'
 */
import { terminologies, type TerminologyName } from '../generated/schemas.js';
import type { Locale } from '../i18n/index.js';
import type { TerminologyConcept } from '../validation/schema-types.js';

export { terminologies, type TerminologyName };

const flatCache = new Map<TerminologyName, readonly TerminologyConcept[]>();

/**
 * Every concept of a terminology in tree order, without children, each with its `parent` code.
 *
 * @example
 * terminologyConcepts('treR66').filter((c) => c.toVerify).map((c) => c.code); // the [K] categories
 */
export function terminologyConcepts(
  name: TerminologyName,
): readonly (TerminologyConcept & { parent?: string })[] {
  let flat = flatCache.get(name);
  if (!flat) {
    const out: (TerminologyConcept & { parent?: string })[] = [];
    const visit = (concepts: TerminologyConcept[], parent?: string) => {
      for (const { children, ...concept } of concepts) {
        out.push(parent ? { ...concept, parent } : concept);
        if (children) visit(children, concept.code);
      }
    };
    visit(terminologies[name].concepts);
    flat = out;
    flatCache.set(name, flat);
  }
  return flat;
}

/**
 * The concept with this code, or `undefined`.
 *
 * @example
 * findConcept('treR66', '500')?.acronym; // 'EHPAD'
 */
export function findConcept(
  name: TerminologyName,
  code: string,
): (TerminologyConcept & { parent?: string }) | undefined {
  return terminologyConcepts(name).find((c) => c.code === code);
}

/**
 * The label of a code in the locale, or the code itself when unknown (so a gap shows).
 *
 * @example
 * terminologyLabel('treR66', '255', 'en'); // 'Specialised care home'
 */
export function terminologyLabel(name: TerminologyName, code: string, locale: Locale = 'fr'): string {
  const concept = findConcept(name, code);
  return concept ? concept[locale] : code;
}

/**
 * The SERAFIN-PH codes under a root (`'1'` needs, `'2'` direct services, `'3'` indirect services).
 *
 * @example
 * serafinCodes('1').includes('1.2.1.3'); // true
 */
export function serafinCodes(root: string): string[] {
  return terminologyConcepts('serafinPh')
    .filter((c) => c.code.startsWith(root + '.'))
    .map((c) => c.code);
}
