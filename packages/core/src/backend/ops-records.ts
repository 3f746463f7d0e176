/**
 * The user file as a record (engine level): list, create, read, the writers, the history,
 * closing, and the person's rights (export, rectification, restriction, objection) and
 * break-the-glass. Each passes straight to the engine, which checks and audits.
 */
import { PARTS } from '../engine/files.js';
import { partSchema } from './part-schema.js';
import { LIMIT_MESSAGES, overLimit } from '../contract/limits.js';
import { failure } from './errors.js';
import { fromEngine, type Scope } from './scope.js';
import type { DuiBackend } from './types.js';

type RecordOps = Pick<
  DuiBackend,
  | 'listUserFiles'
  | 'createUserFile'
  | 'readUserFile'
  | 'patchUserFile'
  | 'updateIdentity'
  | 'setPart'
  | 'addItem'
  | 'updateItem'
  | 'getHistory'
  | 'closeUserFile'
  | 'exportUserFile'
  | 'rectify'
  | 'restrict'
  | 'liftRestriction'
  | 'object'
  | 'withdrawObjection'
  | 'breakGlass'
  | 'getPartSchema'
  | 'exportTddui'
>;

/**
 * The record operations bound to one call scope.
 *
 * @example
 * const ops = recordOps(scope);
 */
export function recordOps(s: Scope): RecordOps {
  const { engine, ctx } = s;
  const of = <T>(r: Parameters<typeof fromEngine<T>>[1]) => fromEngine(s, r);
  /** A list part replaced whole, or an item added to a part that is no list: the caller's mistake. */
  const misused = (part: string, list: boolean) => {
    const p = (PARTS as Record<string, { list: boolean } | undefined>)[part];
    if (!p || p.list === list) return undefined;
    const key = p.list ? 'backend.error.partIsList' : 'backend.error.partNotList';
    return failure({ code: 'invalid', message: s.labels.t(key, { part }), path: '/part' });
  };
  /** Data beyond the request bounds (nesting, lengths): refused before a recursive merge meets it. */
  const tooDeep = (value: unknown, path: string) => {
    const fault = overLimit(value);
    return fault === undefined
      ? undefined
      : failure({
          code: 'invalid',
          message: s.labels.t(LIMIT_MESSAGES[fault.limit], { max: fault.max }),
          path: path + fault.pointer,
        });
  };
  return {
    listUserFiles: async (q) => of(await engine.listUserFiles(ctx, q ?? {})),
    createUserFile: async (input) =>
      of(
        await engine.createUserFile(
          ctx,
          input.file as unknown as Record<string, unknown>,
          input.establishment ? { establishment: input.establishment } : {},
        ),
      ),
    readUserFile: async (id) => of(await engine.getUserFile(ctx, id)),
    patchUserFile: async (id, { patch, expectedVersion }) =>
      tooDeep(patch, '/patch') ?? of(await engine.updateUserFile(ctx, id, patch, { expectedVersion })),
    updateIdentity: async (id, input) =>
      of(
        await engine.updateIdentity(ctx, id, input.identity, {
          expectedVersion: input.expectedVersion,
          ...(input.statusReason ? { statusReason: input.statusReason } : {}),
          ...(input.evidence ? { evidence: input.evidence } : {}),
        }),
      ),
    setPart: async (id, part, { value, expectedVersion }) =>
      misused(part, false) ??
      tooDeep(value, '/value') ??
      of(await engine.setPart(ctx, id, part, value, { expectedVersion })),
    addItem: async (id, part, { item, expectedVersion }) =>
      misused(part, true) ??
      tooDeep(item, '/item') ??
      of(await engine.addItem(ctx, id, part, item, { expectedVersion })),
    updateItem: async (id, part, itemId, { patch, expectedVersion }) =>
      misused(part, true) ??
      tooDeep(patch, '/patch') ??
      of(await engine.updateItem(ctx, id, part, itemId, patch, { expectedVersion })),
    getHistory: async (id) => of(await engine.timeline(ctx, id)),
    closeUserFile: async (id, input) =>
      of(await engine.closeUserFile(ctx, id, input?.at ? { at: input.at } : {})),
    exportUserFile: async (id, { format }) => of(await engine.exportUserFile(ctx, id, format)),
    rectify: async (id, { changes, expectedVersion, reason }) =>
      of(await engine.rectify(ctx, id, changes, { expectedVersion, reason })),
    restrict: async (id, input) => of(await engine.restrict(ctx, id, input)),
    liftRestriction: async (id) => of(await engine.restrict(ctx, id, null)),
    object: async (id, input) => of(await engine.object(ctx, id, input)),
    withdrawObjection: async (id) => of(await engine.object(ctx, id, null)),
    breakGlass: async (id, { reason }) => of(await engine.breakGlass(ctx, id, reason)),
    // Shipped schemas, not the person's data: no access check, nothing to audit.
    getPartSchema: async (part) => ({ ok: true, value: partSchema(part, s.labels.locale) }),
    async exportTddui(id) {
      if (!s.tddui)
        return failure({ code: 'unavailable', message: s.labels.t('backend.error.tdduiUnavailable') });
      const r = await s.tddui(engine, ctx, id);
      if (r.ok) return { ok: true, value: r.value.bundle };
      const { code, message, path } = r.error;
      const text = typeof message === 'string' ? message : message[s.labels.locale];
      return failure({ code, message: text, ...(path ? { path } : {}) });
    },
  };
}
