/**
 * Refusal reasons in the runtime's locale (French by default). The code and parameters travel
 * with the message, so a screen can word it again in its own locale.
 */
import type { Translate } from '../i18n/index.js';
import type { RefusalReason } from './runtime-types.js';

/**
 * Builds a refusal from the `workflow.refusal.*` catalogue.
 *
 * @example
 * refusal(t, 'role', { role: 'nurse', event: 'ACCEPT', allowed: 'director' });
 */
export function refusal(
  t: Translate,
  code: RefusalReason['code'],
  params: Record<string, string>,
  extra: { key?: string; problems?: RefusalReason['problems'] } = {},
): RefusalReason {
  const message = t(`workflow.refusal.${extra.key ?? code}`, params);
  return { code, message, params, ...(extra.problems ? { problems: extra.problems } : {}) };
}
