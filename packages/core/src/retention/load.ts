/**
 * Loading retention rules: schema validation (CSP-safe) and ISO 8601 duration checks.
 */
import { Validator } from '@cfworker/json-schema';
import retentionSchema from '../../../../schemas/retention.schema.json';
import shippedRules from '../../../../workflows/config/retention.json';
import type { RetentionRules } from './types.js';
import { isDuration } from '../engine/time.js';
import { reasons } from '../validation/keywords.js';

const validator = new Validator(retentionSchema as object, '2020-12', false);

/**
 * Validates parsed retention rules; returns them or every problem with its JSON Pointer.
 *
 * @example
 * const r = loadRetentionRules(JSON.parse(text));
 */
export function loadRetentionRules(
  input: unknown,
): { ok: true; rules: RetentionRules } | { ok: false; problems: { path: string; message: string }[] } {
  const result = validator.validate(input);
  if (!result.valid) {
    return {
      ok: false,
      problems: reasons(result.errors).map((e) => ({
        path: e.instanceLocation.replace(/^#/, ''),
        message: e.error,
      })),
    };
  }
  const rules = input as RetentionRules;
  const problems: { path: string; message: string }[] = [];
  if (!isDuration(rules.activeAfterClose))
    problems.push({
      path: '/activeAfterClose',
      message: `"${rules.activeAfterClose}" is not an ISO 8601 duration`,
    });
  for (const [c, r] of Object.entries(rules.categories)) {
    if (!isDuration(r.archiveFor))
      problems.push({
        path: `/categories/${c}/archiveFor`,
        message: `"${r.archiveFor}" is not an ISO 8601 duration`,
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rules };
}

/**
 * The shipped rules (`workflows/config/retention.json`), already validated.
 *
 * @example
 * const engine = await createEngine({ store, policy: defaultAccessPolicy, retention: defaultRetentionRules });
 */
export const defaultRetentionRules: RetentionRules = (() => {
  const r = loadRetentionRules(shippedRules);
  if (!r.ok)
    throw new Error(
      `workflows/config/retention.json is invalid: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  return r.rules;
})();
