/**
 * The one write path: every change to a user file (whole patch, part, item, identity,
 * rectification) goes through {@link commitChange}, which diffs the stored file with the new
 * one, checks `write` on the category of every changed place, applies identity vigilance,
 * validates, stores with the expected version and audits.
 */
import diff from 'microdiff';
import type { CallContext } from '../actor.js';
import { toPointer } from '../json/pointer.js';
import { applyIdentityChange, type IdentityChangeInput } from '../identity/vigilance.js';
import { CATEGORIES, type Category } from '../policy/types.js';
import { closedTo } from './read.js';
import type { Decision } from '../policy/decide.js';
import { isConflict } from '../store/port.js';
import type { AuditAction } from '../audit/types.js';
import { COLLECTIONS, type EngineCore, type StoredUserFile } from './core.js';
import { fail, isEngineError, ok, type EngineError, type EngineResult } from './result.js';
import type { UserFileData, UserFileMeta, UserFileView } from './types.js';

/** How a write is performed and recorded. */
export interface CommitOptions {
  expectedVersion: number;
  action?: AuditAction;
  /** Extra audit details (rectification: previous values). */
  details?: (prev: UserFileData, next: UserFileData) => Record<string, unknown>;
  identity?: Pick<IdentityChangeInput, 'reason' | 'evidence' | 'documentContext'>;
  reason?: string;
  /** The action checked on every changed category (`sign` for signatures). Default `write`. */
  permission?: 'write' | 'sign';
}

const viaBreakGlass = (d: Decision) => d.allowed && d.via === 'break-glass';

/** Categories of a value placed at `segments` and of everything inside it (nested mappings count). */
function categoriesUnder(core: EngineCore, doc: UserFileData, segments: string[], into: Set<Category>) {
  const walk = (node: unknown, segs: string[], cat: Category) => {
    into.add(cat);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const child = [...segs, k];
      walk(v, child, core.categorizer.step(child, v, cat));
    }
  };
  const node = segments.reduce<unknown>(
    (n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined),
    doc,
  );
  walk(node, segments, core.categorizer.categoryOf(doc, segments));
}

/**
 * What changed between two versions of a file: pointers and the categories of every changed
 * place, including everything inside an added or removed object.
 */
export function changedPlaces(
  core: EngineCore,
  prev: UserFileData,
  next: UserFileData,
): { pointers: string[]; categories: Category[] } {
  const pointers: string[] = [];
  const categories = new Set<Category>();
  for (const d of diff(prev, next)) {
    const segs = d.path.map(String);
    pointers.push(toPointer(segs));
    if (d.type !== 'CREATE') categoriesUnder(core, prev, segs, categories);
    if (d.type !== 'REMOVE') categoriesUnder(core, next, segs, categories);
  }
  return { pointers, categories: [...categories] };
}

/** Runs identity vigilance when the person part changed; returns the file with the engine-kept history. */
function vigilance(
  core: EngineCore,
  ctx: CallContext,
  prev: UserFileData,
  next: UserFileData,
  identity: CommitOptions['identity'],
): { file: UserFileData; statusChanged: boolean } | EngineError {
  const p = next.person as Record<string, unknown> | undefined;
  if (!p || diff({ p: prev.person ?? null }, { p }).length === 0) return { file: next, statusChanged: false };
  const r = applyIdentityChange(p, prev.person as Record<string, unknown> | undefined, {
    mode: core.mode,
    now: core.now(),
    actor: ctx.actor,
    config: core.options.identityVigilance,
    ...identity,
  });
  if (!r.ok)
    return core.error('identity-vigilance', r.problem.key, r.problem.params, {
      path: `/person${r.problem.path}`,
    });
  return { file: { ...next, person: r.person }, statusChanged: r.statusChanged };
}

/**
 * Applies `mutate` to the stored file under every rule of the engine.
 *
 * @example
 * await commitChange(core, ctx, id, (file) => ({ ...file, notes: [...(file.notes ?? []), note] }), { expectedVersion: 3 });
 */
export async function commitChange(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  mutate: (file: UserFileData, meta: UserFileMeta) => UserFileData | EngineError,
  opts: CommitOptions,
): Promise<EngineResult<UserFileView>> {
  const action = opts.action ?? 'write';
  const rec = await core.load(id);
  if (!rec) return core.refuse(ctx, id, action, core.error('not-found', 'engine.error.notFound', { id }));
  const grants = await core.grants(ctx, id);
  const can = core.decideFor(ctx, rec, grants);
  const permission = opts.permission ?? 'write';
  // Access is decided before the version is compared: an outsider learns nothing, not even it.
  const closed = closedTo(core, ctx, can, 'read');
  if (closed && !CATEGORIES.some((c) => can(c, permission).allowed))
    return core.refuse(ctx, id, action, closed);
  if (rec.version !== opts.expectedVersion) {
    return fail(
      core.error('conflict', 'engine.error.conflict', {
        expected: opts.expectedVersion,
        actual: rec.version,
      }),
    );
  }
  const prev = rec.data.file;
  const mutated = mutate(structuredClone(prev), rec.data.meta);
  if (isEngineError(mutated)) return core.refuse(ctx, id, action, mutated);
  const checked = vigilance(core, ctx, prev, mutated, opts.identity);
  if (isEngineError(checked)) return core.refuse(ctx, id, action, checked, ['administrative']);
  const next = checked.file;

  const { pointers, categories } = changedPlaces(core, prev, next);
  for (const c of categories) {
    const d = can(c, permission);
    if (!d.allowed) {
      return core.refuse(
        ctx,
        id,
        action,
        { ...core.denial(ctx, d.reason, c, permission), path: pointers[0] },
        [c],
      );
    }
  }
  const problems = core.validate(next);
  if (problems.length) {
    return fail(
      core.error(
        'invalid',
        'engine.error.invalid',
        { count: problems.length },
        { path: problems[0].path, details: problems },
      ),
    );
  }
  let saved;
  try {
    // The write and its audit entries are one transaction: both are kept, or neither.
    saved = await core.store.transaction(async (tx) => {
      const s = await tx.put<StoredUserFile>(
        COLLECTIONS.files,
        id,
        { meta: rec.data.meta, file: next },
        rec.version,
      );
      tx.appendAudit(
        core.audit.chain(
          core.stamp(ctx, {
            action,
            fileId: id,
            categories,
            pointers: pointers.slice(0, 200),
            outcome: 'success',
            ...(opts.reason ? { reason: opts.reason } : {}),
            ...(categories.some((c) => viaBreakGlass(can(c, 'write'))) ? { breakGlass: true } : {}),
            details: { version: s.version, ...(opts.details?.(prev, next) ?? {}) },
          }),
        ),
      );
      if (checked.statusChanged) {
        const person = next.person as { identityStatus?: string };
        tx.appendAudit(
          core.audit.chain(
            core.stamp(ctx, {
              action: 'identity-status',
              fileId: id,
              categories: ['administrative'],
              pointers: ['/person/identityStatus'],
              outcome: 'success',
              details: {
                from: (prev.person as { identityStatus?: string } | undefined)?.identityStatus ?? null,
                to: person.identityStatus,
              },
            }),
          ),
        );
      }
      return s;
    });
  } catch (e) {
    if (isConflict(e)) {
      return fail(
        core.error('conflict', 'engine.error.conflict', {
          expected: opts.expectedVersion,
          actual: e.actualVersion ?? 0,
        }),
      );
    }
    throw e;
  }
  return ok(core.view(saved, next, [], false));
}

/**
 * Updates the engine's own metadata of a file (care team, objections, retention), retrying on
 * a concurrent write: metadata changes do not depend on what the caller saw.
 *
 * @example
 * await updateMeta(core, id, (meta) => ({ ...meta, litigationHold: undefined }));
 */
export async function updateMeta(
  core: EngineCore,
  id: string,
  change: (meta: UserFileMeta, file: UserFileData) => { meta: UserFileMeta; file?: UserFileData },
) {
  for (let attempt = 0; ; attempt++) {
    const rec = await core.load(id);
    if (!rec) return undefined;
    const out = change(structuredClone(rec.data.meta), rec.data.file);
    try {
      return await core.store.put<StoredUserFile>(
        COLLECTIONS.files,
        id,
        { meta: out.meta, file: out.file ?? rec.data.file },
        rec.version,
      );
    } catch (e) {
      if (!isConflict(e) || attempt >= 4) throw e;
    }
  }
}
