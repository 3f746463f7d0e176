/**
 * An instance written with its audit line as one transaction: a started instance or a sent
 * event is stored with the line that records it, or neither is (issue 14 §6, as file writes
 * and deadline firings already are). Stores commit a transaction as one unit (lowdb: one journal
 * line), so this is also one write where there were three (instance, history, audit).
 */
import { isConflict } from '../store/port.js';
import { INSTANCES, type Kernel, type StoredInstance, type WithinTx } from './kernel.js';
import { rememberStored } from './snapshot.js';
import type { AuditHook, WorkflowInstance } from './runtime-types.js';

/**
 * Saves `instance` with a version check and its audit entry in one transaction, then runs what
 * the save deferred until the commit. `false` when another writer got there first.
 *
 * @example
 * if (!(await saveAudited(k, instance, rec.version, rec.data.history.length, entry))) return conflict;
 */
export async function saveAudited(
  k: Kernel,
  instance: WorkflowInstance,
  version: number | null,
  from: number,
  entry: Parameters<AuditHook>[0],
): Promise<boolean> {
  const after: WithinTx['after'] = [];
  let saved = false;
  try {
    await k.store.transaction(async (tx) => {
      saved = await k.save(instance, version, from, { tx, after });
      if (saved) await k.opts.audit?.(entry, tx);
    });
  } catch (e) {
    // A version checked at commit rather than at the write: the same answer, nothing kept.
    if (!isConflict(e)) throw e;
    return false;
  }
  if (!saved) return false;
  await rememberCommitted(k, instance, (version ?? 0) + 1);
  for (const run of after) await run();
  return true;
}

/**
 * Lends the snapshot an event just computed to the store's own copy of the record (when the store
 * can lend it, `peek`), so that the next event on the instance starts from it instead of resolving
 * the machine state again. Only the version this commit wrote qualifies: any later write has
 * another version, and versions never repeat for an id (ids are never reused).
 *
 * @example
 * await rememberCommitted(k, instance, rec.version + 1);
 */
export async function rememberCommitted(k: Kernel, instance: WorkflowInstance, version: number) {
  const stored = await k.store.peek?.<StoredInstance>(INSTANCES, instance.id);
  if (stored?.version === version) rememberStored(instance.snapshot, stored.data.snapshot);
}
