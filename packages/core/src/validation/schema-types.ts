/**
 * Shapes of the schemas and terminologies shipped as data (`schemas`, `terminologies`).
 */
import type { Locale } from '../i18n/index.js';

/** A JSON Schema 2020-12 document or subschema, with the DUI Kit annotations. */
export interface SchemaDocument {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  'x-label'?: Partial<Record<Locale, string>>;
  'x-enumLabels'?: Record<string, Partial<Record<Locale, string>>>;
  'x-tddui'?: string;
  [keyword: string]: unknown;
}

/** One concept of a terminology, with its children for a tree (SERAFIN-PH). */
export interface TerminologyConcept {
  code: string;
  fr: string;
  en: string;
  /** Short name (TRE_R66: EHPAD, IME…). */
  acronym?: string;
  /** TRE_R66 sector: elderly, disability, children, social. */
  sector?: string;
  /** A [K] item of the research: to check against the published terminology before relying on it. */
  toVerify?: boolean;
  children?: TerminologyConcept[];
}

/** A terminology shipped as data next to the schemas. */
export interface Terminology {
  id: string;
  title: Record<Locale, string>;
  /** The code system URI. */
  system: string;
  version?: string;
  oid?: string;
  valueSets?: Record<string, { id: string; oid?: string; root?: string }>;
  concepts: TerminologyConcept[];
}
