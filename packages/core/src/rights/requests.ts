/**
 * The person's rights (GDPR art. 15–21, CASF L311-3): access (JSON and printable HTML copies),
 * rectification with the previous values kept in the audit, restriction and objection.
 */
import type { CallContext } from '../actor.js';
import { REQUEST_LIMITS } from '../contract/limits.js';
import { getAtPointer, parsePointer, setAtPointer } from '../json/pointer.js';
import type { Category } from '../policy/types.js';
import type { EngineCore } from '../engine/core.js';
import { closedTo, grantsFor, visiblePart } from '../engine/read.js';
import { governedChange } from '../engine/access.js';
import { commitChange } from '../engine/write.js';
import { fail, ok, type EngineResult } from '../engine/result.js';
import type { UserFileExport, UserFileView, WriteOptions } from '../engine/types.js';
import { renderUserFileHtml } from './html.js';

/**
 * Exports what the actor may export of a file, as JSON or as a printable HTML document.
 *
 * @example
 * const r = await exportUserFile(core, personCtx, id, 'html');
 */
export async function exportUserFile(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  format: 'json' | 'html',
): Promise<EngineResult<UserFileExport>> {
  const rec = await core.load(id);
  if (!rec) return core.refuse(ctx, id, 'export', core.error('not-found', 'engine.error.notFound', { id }));
  const grants = await grantsFor(core, ctx, rec);
  if (!Array.isArray(grants)) return core.refuse(ctx, id, 'export', grants);
  const can = core.decideFor(ctx, rec, grants);
  const closed = closedTo(core, ctx, can, 'export');
  if (closed) return core.refuse(ctx, id, 'export', closed);
  const { value, withheld, kept } = visiblePart(core, rec.data.file, can, 'export');
  const at = core.now();
  const locale = core.options.locale ?? 'fr';
  const requestedBy = core.policy.roles[ctx.actor.role]?.label[locale] ?? ctx.actor.role;
  const stamp = at.slice(0, 10);
  let out: UserFileExport;
  if (format === 'json') {
    const doc = {
      format: 'duikit-user-file-export',
      formatVersion: 1,
      exportedAt: at,
      fileId: id,
      fileVersion: rec.version,
      file: value,
      withheld,
    };
    out = {
      format,
      mediaType: 'application/json; charset=utf-8',
      fileName: `dossier-${id}-${stamp}.json`,
      content: JSON.stringify(doc, null, 2),
    };
  } else {
    const p = value.person as
      | {
          usedName?: string;
          usedFirstName?: string;
          ins?: { birthName?: string; birthFirstNames?: string[] };
        }
      | undefined;
    const title =
      [p?.usedFirstName ?? p?.ins?.birthFirstNames?.[0], (p?.usedName ?? p?.ins?.birthName)?.toUpperCase()]
        .filter(Boolean)
        .join(' ') || id;
    const content = renderUserFileHtml({
      locale,
      t: core.t,
      title,
      generatedAt: at,
      requestedBy,
      version: rec.version,
      file: value,
      withheld: withheld.length,
    });
    out = { format, mediaType: 'text/html; charset=utf-8', fileName: `dossier-${id}-${stamp}.html`, content };
  }
  await core.record(ctx, {
    action: 'export',
    fileId: id,
    categories: kept,
    outcome: 'success',
    details: { format, withheld: withheld.length },
  });
  return ok(out);
}

/**
 * Rectifies values: the live file gets the new values, the audit keeps the previous ones.
 *
 * @example
 * await rectify(core, ctx, id, [{ pointer: '/person/usedName', value: 'DURAND' }], { expectedVersion: 4, reason: 'Demande du 3 mars' });
 */
export async function rectify(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  changes: { pointer: string; value: unknown }[],
  opts: WriteOptions & { reason: string },
): Promise<EngineResult<UserFileView>> {
  if (!opts.reason?.trim())
    return fail(core.error('invalid', 'engine.error.reasonRequired', undefined, { path: '/reason' }));
  // A fault points at the change in the request (`/changes/2/pointer`); the sentence names the place.
  const at = (i: number) => ({ path: `/changes/${i}/pointer` });
  for (const [i, c] of changes.entries()) {
    try {
      if (parsePointer(c.pointer).length === 0) throw new Error('root');
    } catch {
      return fail(core.error('invalid', 'engine.error.unknownPointer', { path: c.pointer }, at(i)));
    }
  }
  if (changes.length > REQUEST_LIMITS.changes)
    return fail(
      core.error(
        'invalid',
        'engine.error.tooManyChanges',
        { max: REQUEST_LIMITS.changes },
        { path: '/changes' },
      ),
    );
  return commitChange(
    core,
    ctx,
    id,
    (file) => {
      let f = file;
      for (const [i, c] of changes.entries()) {
        const segs = placeOf(f, c.pointer);
        if (!segs) return core.error('invalid', 'engine.error.unknownPointer', { path: c.pointer }, at(i));
        f = setAtPointer(f, segs, c.value);
      }
      return f;
    },
    {
      expectedVersion: opts.expectedVersion,
      action: 'rectify',
      reason: opts.reason.trim(),
      details: (prev, next) => ({
        changes: changes.map((c) => ({
          pointer: c.pointer,
          before: getAtPointer(prev, c.pointer) ?? null,
          after: getAtPointer(next, c.pointer) ?? null,
        })),
      }),
    },
  );
}

const check = (core: EngineCore, categories: Category[] | undefined) =>
  !categories || categories.length === 0
    ? core.error('invalid', 'engine.error.emptyCategories', undefined, { path: '/categories' })
    : null;

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The segments of a place a rectification may write: no prototype key, and in a list only an
 * existing index or `-` (the end) — never an index that would grow the list to its size.
 */
function placeOf(file: unknown, pointer: string): string[] | undefined {
  const segs = parsePointer(pointer);
  let cur: unknown = file;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (PROTOTYPE_KEYS.has(s)) return undefined;
    const last = i === segs.length - 1;
    if (Array.isArray(cur)) {
      if (s === '-' && last) segs[i] = String(cur.length);
      else if (!/^(0|[1-9]\d*)$/.test(s) || Number(s) >= cur.length) return undefined;
    } else if (cur === undefined || cur === null) {
      // A place that does not exist yet: a new list starts with its first item (`0` or `-`), and
      // an index can never conjure up the items before it.
      if (s === '-' || s === '0') {
        if (!last) return undefined;
        segs[i] = '0';
      } else if (/^\d+$/.test(s)) return undefined;
    } else if (typeof cur !== 'object') return undefined; // nothing lives inside a string or number
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[segs[i]] : undefined;
  }
  return segs;
}

/**
 * Records (or, with `null`, lifts) a restriction of processing on categories.
 *
 * @example
 * await restrict(core, personCtx, id, { categories: ['financial'], reason: 'Contestation en cours' });
 */
export function restrict(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  r: { categories: Category[]; reason: string } | null,
) {
  const bad =
    r &&
    (check(core, r.categories) ??
      (!r.reason?.trim()
        ? core.error('invalid', 'engine.error.reasonRequired', undefined, { path: '/reason' })
        : null));
  if (bad) return Promise.resolve(fail<UserFileView>(bad));
  const at = core.now();
  return governedChange(
    core,
    ctx,
    id,
    'rightsOfficers',
    'restrict',
    (meta) => ({
      ...meta,
      restrictions: r
        ? [...meta.restrictions, { categories: r.categories, reason: r.reason.trim(), at }]
        : [],
    }),
    { lifted: !r },
    { personMayAct: true, ...(r ? { categories: r.categories, reason: r.reason.trim() } : {}) },
  );
}

/**
 * Records (or, with `null`, withdraws) the person's objection to sharing categories with roles.
 *
 * @example
 * await object(core, personCtx, id, { categories: ['psychological'], roles: ['educator'] });
 */
export function object(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  o: { categories: Category[]; roles?: string[]; reason?: string } | null,
) {
  const bad = o && check(core, o.categories);
  if (bad) return Promise.resolve(fail<UserFileView>(bad));
  const at = core.now();
  return governedChange(
    core,
    ctx,
    id,
    'rightsOfficers',
    'object',
    (meta) => ({
      ...meta,
      objections: o
        ? [
            ...meta.objections,
            {
              categories: o.categories,
              ...(o.roles ? { roles: o.roles } : {}),
              ...(o.reason ? { reason: o.reason } : {}),
              at,
            },
          ]
        : [],
    }),
    { withdrawn: !o, ...(o?.roles ? { roles: o.roles } : {}) },
    {
      personMayAct: true,
      ...(o ? { categories: o.categories } : {}),
      ...(o?.reason ? { reason: o.reason } : {}),
    },
  );
}
