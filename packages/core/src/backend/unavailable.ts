/**
 * A backend whose every operation answers `unavailable`: the base a partial backend spreads
 * (a test fixture, a host that serves only the screens it embeds), so that it implements the
 * whole contract and says clearly what it does not serve.
 */
import { duiContract } from '../contract/operations.js';
import type { BackendResult, DuiBackend } from './types.js';

/**
 * Every operation of the contract, answering `{ ok: false, error: { code: 'unavailable' } }`.
 *
 * @example
 * const backend: DuiBackend = { ...unavailableBackend(), getTasks: async () => ({ ok: true, value: [] }) };
 */
export function unavailableBackend(message = 'This backend does not serve this operation.'): DuiBackend {
  const answer = async (): Promise<BackendResult<never>> => ({
    ok: false,
    error: { code: 'unavailable', message },
  });
  const ops = Object.entries(duiContract)
    .filter(([, op]) => !('scope' in op) || op.scope !== 'session')
    .map(([name]): [string, typeof answer] => [name, answer]);
  return Object.fromEntries(ops) as unknown as DuiBackend;
}
