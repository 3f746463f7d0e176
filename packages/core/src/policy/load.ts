/**
 * Loading an access policy: schema validation (CSP-safe, no code generation) plus the checks a
 * schema cannot express (every role named elsewhere must be defined).
 */
import { Validator } from '@cfworker/json-schema';
import policySchema from '../../../../schemas/access-policy.schema.json';
import shippedPolicy from '../../../../workflows/config/access-policy.json';
import { reasons } from '../validation/keywords.js';
import type { AccessPolicy } from './types.js';

/** A problem in a policy file, named by JSON Pointer. */
export interface PolicyProblem {
  path: string;
  message: string;
}

const validator = new Validator(policySchema as object, '2020-12', false);

/**
 * Validates a parsed policy file; returns the policy or every problem found.
 *
 * @example
 * const r = loadAccessPolicy(JSON.parse(text));
 * if (!r.ok) for (const p of r.problems) console.error(`${p.path}: ${p.message}`);
 */
export function loadAccessPolicy(
  input: unknown,
): { ok: true; policy: AccessPolicy } | { ok: false; problems: PolicyProblem[] } {
  const result = validator.validate(input);
  if (!result.valid) {
    // cfworker reports the failing keyword at every level: the errors that say why are kept.
    const problems = reasons(result.errors).map((e) => ({
      path: e.instanceLocation.replace(/^#/, ''),
      message: e.error,
    }));
    return { ok: false, problems };
  }
  const policy = input as AccessPolicy;
  const problems: PolicyProblem[] = [];
  const known = (role: string, path: string) => {
    if (!policy.roles[role])
      problems.push({ path, message: `Unknown role "${role}": define it under /roles first.` });
  };
  policy.careTeam.managers.forEach((r, i) => known(r, `/careTeam/managers/${i}`));
  policy.breakGlass.roles.forEach((r, i) => known(r, `/breakGlass/roles/${i}`));
  for (const [key, roles] of Object.entries(policy.governance))
    roles.forEach((r, i) => known(r, `/governance/${key}/${i}`));
  for (const [finess, est] of Object.entries(policy.establishments ?? {})) {
    for (const role of Object.keys(est.roles ?? {})) known(role, `/establishments/${finess}/roles/${role}`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, policy };
}

/**
 * The shipped policy (`workflows/config/access-policy.json`), already validated.
 *
 * @example
 * const engine = await createEngine({ store, policy: defaultAccessPolicy });
 */
export const defaultAccessPolicy: AccessPolicy = (() => {
  const r = loadAccessPolicy(shippedPolicy);
  if (!r.ok)
    throw new Error(
      `workflows/config/access-policy.json is invalid: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  return r.policy;
})();
