/**
 * Creating a user file and the writers for its parts. All of them end in {@link commitChange}.
 */
import { apply as mergePatch } from 'tiny-merge-patch';
import type { CallContext } from '../actor.js';
import { parsePointer, setAtPointer } from '../json/pointer.js';
import { isConflict } from '../store/port.js';
import { COLLECTIONS, type EngineCore, type StoredUserFile } from './core.js';
import { EngineUsageError, fail, isEngineError, ok, type EngineResult } from './result.js';
import type { UserFileData, UserFileMeta, UserFilePart, UserFileView, WriteOptions } from './types.js';
import { changedPlaces, commitChange } from './write.js';
import { applyIdentityChange } from '../identity/vigilance.js';
import { defaultCareTeam } from './care-team.js';

/** Where each part lives in the file and whether it is a list of items with ids. */
export const PARTS: Record<UserFilePart, { pointer: string; list: boolean }> = {
  identity: { pointer: '/person', list: false },
  entourage: { pointer: '/person/entourage', list: true },
  rights: { pointer: '/rights', list: false },
  stays: { pointer: '/stays', list: true },
  assessments: { pointer: '/assessments', list: true },
  supportPlans: { pointer: '/supportPlans', list: true },
  health: { pointer: '/health', list: false },
  documents: { pointer: '/documents', list: true },
  notes: { pointer: '/notes', list: true },
};

const part = (name: UserFilePart, list?: boolean) => {
  const p = PARTS[name];
  if (!p)
    throw new EngineUsageError(
      `Unknown user-file part "${String(name)}": use one of ${Object.keys(PARTS).join(', ')}.`,
    );
  if (list !== undefined && p.list !== list) {
    throw new EngineUsageError(
      `Part "${name}" is ${p.list ? 'a list: use addItem/updateItem' : 'not a list: use setPart'}.`,
    );
  }
  return p;
};

const getAt = (file: UserFileData, pointer: string): unknown =>
  parsePointer(pointer).reduce<unknown>(
    (n, s) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[s] : undefined),
    file,
  );

/**
 * Creates a file: the creator needs `write` on every category the content touches.
 *
 * @example
 * await createUserFile(core, ctx, { person: { id: 'p1', ins: {…}, identityStatus: 'PROV' } });
 */
export async function createUserFile(
  core: EngineCore,
  ctx: CallContext,
  file: UserFileData,
  opts: { id?: string; establishment?: string } = {},
): Promise<EngineResult<UserFileView>> {
  const id = opts.id ?? core.options.newId?.() ?? crypto.randomUUID();
  const now = core.now();
  const role = core.policy.roles[ctx.actor.role];
  const establishment = opts.establishment ?? ctx.actor.establishment;
  // The establishment's default care team (its configuration, the host's directory), and a
  // care-team professional who opens a file, or they could not read it back.
  const defaults = await defaultCareTeam(core, establishment, now);
  const creator =
    role?.scope === 'care-team' && !defaults.some((m) => m.professionalId === ctx.actor.professionalId)
      ? [{ professionalId: ctx.actor.professionalId, role: ctx.actor.role, since: now }]
      : [];
  const meta: UserFileMeta = {
    establishment,
    createdAt: now,
    careTeam: [...creator, ...defaults],
    representatives: [],
    objections: [],
    restrictions: [],
    phase: 'active',
    retentionDone: {},
  };
  let content = structuredClone(file);
  if (content.person) {
    const r = applyIdentityChange(content.person as Record<string, unknown>, undefined, {
      mode: core.mode,
      now,
      actor: ctx.actor,
      config: core.options.identityVigilance,
    });
    if (!r.ok)
      return core.refuse(
        ctx,
        id,
        'create',
        core.error('identity-vigilance', r.problem.key, r.problem.params, {
          path: `/person${r.problem.path}`,
        }),
      );
    content = { ...content, person: r.person };
  }
  const { pointers, categories } = changedPlaces(core, {}, content);
  const can = core.decideFor(
    ctx,
    { collection: COLLECTIONS.files, id, version: 0, updatedAt: now, data: { meta, file: {} } },
    [],
  );
  for (const c of categories.length ? categories : (['administrative'] as const)) {
    const d = can(c, 'write');
    if (!d.allowed) return core.refuse(ctx, id, 'create', core.denial(ctx, d.reason, c, 'write'), [c]);
  }
  const problems = core.validate(content);
  if (problems.length)
    return fail(
      core.error(
        'invalid',
        'engine.error.invalid',
        { count: problems.length },
        { path: problems[0].path, details: problems },
      ),
    );
  let saved;
  try {
    // The new file and its audit entries are one transaction: both are kept, or neither.
    saved = await core.store.transaction(async (tx) => {
      const s = await tx.put<StoredUserFile>(COLLECTIONS.files, id, { meta, file: content }, null);
      tx.appendAudit(
        core.audit.chain(
          core.stamp(ctx, {
            action: 'create',
            fileId: id,
            categories,
            pointers: pointers.slice(0, 200),
            outcome: 'success',
            details: { version: 1 },
          }),
        ),
      );
      if (defaults.length) {
        tx.appendAudit(
          core.audit.chain(
            core.stamp(ctx, {
              action: 'care-team',
              fileId: id,
              outcome: 'success',
              details: { byDefault: true, added: defaults.map((m) => m.professionalId) },
            }),
          ),
        );
      }
      return s;
    });
  } catch (e) {
    if (isConflict(e))
      return fail(
        core.error('conflict', 'engine.error.conflict', { expected: 0, actual: e.actualVersion ?? 0 }),
      );
    throw e;
  }
  return ok(core.view(saved, content, [], false));
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The pointer of the first key that could reach an object's prototype, or null. */
function unsafeKey(value: unknown, path = ''): string | null {
  if (!value || typeof value !== 'object') return null;
  for (const k of Object.keys(value)) {
    if (UNSAFE_KEYS.has(k)) return `${path}/${k}`;
    const deeper = unsafeKey((value as Record<string, unknown>)[k], `${path}/${k}`);
    if (deeper) return deeper;
  }
  return null;
}

/** Applies a merge patch, refusing prototype-reaching keys (a JSON `"__proto__"` would set the result's prototype). */
function safePatch<T>(core: EngineCore, base: T, patch: unknown, at = '') {
  const bad = unsafeKey(patch);
  if (bad)
    return core.error('invalid', 'engine.error.unknownPointer', { path: at + bad }, { path: at + bad });
  return mergePatch(base, patch) as T;
}

/** JSON Merge Patch (RFC 7396) of the whole file. */
export const updateUserFile = (
  core: EngineCore,
  ctx: CallContext,
  id: string,
  patch: UserFileData,
  opts: WriteOptions,
) => commitChange(core, ctx, id, (file) => safePatch(core, file, patch), opts);

/** Replaces a non-list part. */
export const setPart = (
  core: EngineCore,
  ctx: CallContext,
  id: string,
  name: UserFilePart,
  value: unknown,
  opts: WriteOptions,
) => {
  const p = part(name, false);
  return commitChange(core, ctx, id, (file) => setAtPointer(file, p.pointer, value), opts);
};

/** Appends an item (with an id) to a list part. */
export async function addItem(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  name: UserFilePart,
  item: Record<string, unknown>,
  opts: WriteOptions,
): Promise<EngineResult<UserFileView & { itemId: string }>> {
  const p = part(name, true);
  const itemId = typeof item.id === 'string' && item.id ? item.id : crypto.randomUUID();
  const r = await commitChange(
    core,
    ctx,
    id,
    (file) => {
      const list = (getAt(file, p.pointer) as unknown[] | undefined) ?? [];
      return setAtPointer(file, p.pointer, [...list, { ...item, id: itemId }]);
    },
    opts,
  );
  return r.ok ? ok({ ...r.value, itemId }) : r;
}

/** Merge-patches one item of a list part, found by id. */
export const updateItem = (
  core: EngineCore,
  ctx: CallContext,
  id: string,
  name: UserFilePart,
  itemId: string,
  patch: Record<string, unknown>,
  opts: WriteOptions,
) => {
  const p = part(name, true);
  return commitChange(
    core,
    ctx,
    id,
    (file) => {
      const list = (getAt(file, p.pointer) as Record<string, unknown>[] | undefined) ?? [];
      const index = list.findIndex((x) => x?.id === itemId);
      if (index < 0)
        return core.error(
          'not-found',
          'engine.error.itemNotFound',
          { itemId, part: name },
          { path: p.pointer },
        );
      const patched = safePatch(core, list[index], patch, `${p.pointer}/${index}`);
      if (isEngineError(patched)) return patched;
      const next = [...list];
      next[index] = { ...patched, id: itemId };
      return setAtPointer(file, p.pointer, next);
    },
    opts,
  );
};

/** Writes the person's identity with identity vigilance (evidence for status changes). */
export const updateIdentity = (
  core: EngineCore,
  ctx: CallContext,
  id: string,
  identity: Record<string, unknown>,
  opts: WriteOptions & { statusReason?: string; evidence?: string | string[]; documentContext?: string },
) =>
  commitChange(core, ctx, id, (file) => ({ ...file, person: { ...(file.person ?? {}), ...identity } }), {
    expectedVersion: opts.expectedVersion,
    identity: { reason: opts.statusReason, evidence: opts.evidence, documentContext: opts.documentContext },
  });
