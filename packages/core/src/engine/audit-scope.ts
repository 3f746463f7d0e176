/**
 * Whose audit entries a reader sees: those of their own establishment — an entry counts when its
 * actor works there or its file belongs there. An IME director never reads an EHPAD's trail, by
 * the page, the raw entries or the FHIR export alike.
 */
import type { CallContext } from '../actor.js';
import type { AuditEntry } from '../audit/types.js';
import type { EngineCore } from './core.js';
import { displayName } from './read.js';

/** What a scope knows of a file named by entries. */
export interface ScopedFile {
  establishment?: string;
  displayName?: string;
  birthDate?: string;
}

/** The reader's scope: which entries they see, and the files those entries name (cached). */
export interface AuditScope {
  visible: (e: AuditEntry) => Promise<boolean>;
  file: (id: string) => Promise<ScopedFile>;
}

/**
 * The scope of one read of the trail.
 *
 * @example
 * const scope = auditScope(core, ctx);
 * const mine = (await core.audit.read({}, scope.visible));
 */
export function auditScope(core: EngineCore, ctx: CallContext): AuditScope {
  const here = ctx.actor.establishment;
  const files = new Map<string, ScopedFile>();
  const file = async (id: string) => {
    let f = files.get(id);
    if (!f) {
      const rec = await core.peek(id);
      f = rec ? { establishment: rec.data.meta.establishment, ...displayName(rec.data.file) } : {};
      files.set(id, f);
    }
    return f;
  };
  return {
    file,
    visible: async (e) => {
      if (e.actor.establishment === here) return true;
      return e.fileId ? (await file(e.fileId)).establishment === here : false;
    },
  };
}
