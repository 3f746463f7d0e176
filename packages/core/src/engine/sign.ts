/**
 * Signing an item (a document, a contract): needs the policy's `sign` action on the item's
 * category — the person and their representative may sign without being allowed to write.
 */
import type { CallContext } from '../actor.js';
import { parsePointer, setAtPointer } from '../json/pointer.js';
import type { EngineCore } from './core.js';
import { PARTS } from './files.js';
import { EngineUsageError } from './result.js';
import type { UserFilePart, WriteOptions } from './types.js';
import { commitChange } from './write.js';

/** Signature capacity (schema `signature.capacity`) by policy role; others sign as `professional`. */
const CAPACITY: Record<string, string> = {
  person: 'person',
  'legal-representative': 'legalRepresentative',
  director: 'director',
  'coordinating-physician': 'coordinatingPhysician',
};

/**
 * Appends the actor's signature to `signatures` of one item of a list part.
 *
 * @example
 * await signItem(core, personCtx, 'uf-1', 'documents', 'contract-1', { expectedVersion: 7 });
 */
export function signItem(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  part: UserFilePart,
  itemId: string,
  opts: WriteOptions & { capacity?: string; agreement?: Record<string, unknown>; status?: string },
) {
  const p = PARTS[part];
  if (!p?.list)
    throw new EngineUsageError(
      `sign: "${String(part)}" is not a list part (use documents, stays, supportPlans…).`,
    );
  return commitChange(
    core,
    ctx,
    id,
    (file) => {
      const list = (parsePointer(p.pointer).reduce<unknown>(
        (n, k) => (n as Record<string, unknown> | undefined)?.[k],
        file,
      ) ?? []) as Record<string, unknown>[];
      const index = list.findIndex((x) => x?.id === itemId);
      if (index < 0)
        return core.error('not-found', 'engine.error.itemNotFound', { itemId, part }, { path: p.pointer });
      const { actor } = ctx;
      const signature = {
        signer: { id: actor.professionalId, role: actor.role, ...(actor.name ? { name: actor.name } : {}) },
        capacity: opts.capacity ?? CAPACITY[actor.role] ?? 'professional',
        signedAt: core.now(),
      };
      const item = list[index];
      if (opts.agreement) {
        // A support-plan agreement is signed like a document: appended to `agreements`.
        const agreements = Array.isArray(item.agreements) ? (item.agreements as unknown[]) : [];
        const next = setAtPointer(file, `${p.pointer}/${index}/agreements`, [...agreements, opts.agreement]);
        return opts.status ? setAtPointer(next, `${p.pointer}/${index}/status`, opts.status) : next;
      }
      const signatures: unknown[] = Array.isArray(item.signatures) ? (item.signatures as unknown[]) : [];
      return setAtPointer(file, `${p.pointer}/${index}/signatures`, [...signatures, signature]);
    },
    { expectedVersion: opts.expectedVersion, action: 'sign', permission: 'sign' },
  );
}
