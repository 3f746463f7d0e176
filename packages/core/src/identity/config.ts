/**
 * The identity-vigilance configuration (`workflows/config/identity-vigilance.json`): the
 * high-trust documents accepted per context, defaulting to the RNIV's lists.
 */
import { Validator } from '@cfworker/json-schema';
import schema from '../../../../schemas/identity-vigilance.schema.json';
import shipped from '../../../../workflows/config/identity-vigilance.json';

/** Evidence values that are identity documents. */
export type IdentityDocument =
  'identityCard' | 'passport' | 'residencePermit' | 'birthCertificate' | 'familyRecordBook' | 'other';

/** The configuration. */
export interface IdentityVigilanceConfig {
  version: number;
  /** Context (`default`, `minor`, or the host's own) → accepted documents and the source of the list. */
  acceptedDocuments: Record<string, { documents: IdentityDocument[]; source: string }>;
}

const validator = new Validator(schema as object, '2020-12', false);

/**
 * Validates a parsed configuration; returns it or every problem with its JSON Pointer.
 *
 * @example
 * const r = loadIdentityVigilance(JSON.parse(text));
 */
export function loadIdentityVigilance(
  input: unknown,
):
  | { ok: true; config: IdentityVigilanceConfig }
  | { ok: false; problems: { path: string; message: string }[] } {
  const r = validator.validate(input);
  if (r.valid) return { ok: true, config: input as IdentityVigilanceConfig };
  const deep = r.errors.filter((e) => !['properties', '$ref', 'additionalProperties'].includes(e.keyword));
  return {
    ok: false,
    problems: (deep.length ? deep : r.errors).map((e) => ({
      path: e.instanceLocation.replace(/^#/, ''),
      message: e.error,
    })),
  };
}

/**
 * The shipped configuration (the RNIV's lists), already validated.
 *
 * @example
 * createEngine({ …, identityVigilance: { ...defaultIdentityVigilance, acceptedDocuments: { ...defaultIdentityVigilance.acceptedDocuments, directAdmission: { documents: ['familyRecordBook'], source: 'Politique locale' } } } });
 */
export const defaultIdentityVigilance: IdentityVigilanceConfig = (() => {
  const r = loadIdentityVigilance(shipped);
  if (!r.ok)
    throw new Error(
      `workflows/config/identity-vigilance.json is invalid: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  return r.config;
})();
