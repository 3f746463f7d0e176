/**
 * The register of the person's rights requests (GDPR art. 12 and 15–22): each request with the
 * day it was received and the last day to answer — one month (art. 12(3)), extendable by two
 * months with a reason. The register holds no care data: the DPO reads it (governance list
 * `rightsRequestReaders`) without reaching the files.
 */
import type { CallContext } from '../actor.js';
import type { EngineCore } from '../engine/core.js';
import { governs } from '../engine/access.js';
import { fail, ok, type EngineResult } from '../engine/result.js';
import { inScope } from '../policy/decide.js';
import { dueInstant, parisDate, resolveDuration } from '../workflow/dates.js';

/** The collection the register lives in. */
export const RIGHTS_REQUESTS = 'rightsRequests';

/** GDPR art. 12(3): answer within one month of receipt… */
export const ANSWER_DELAY = 'P1M';
/** …extendable by two further months where necessary, the person being told within the first month. */
export const EXTENSION_DELAY = 'P2M';

/** What the person asks (GDPR art. 15–21). */
export type RightsRequestKind =
  'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection';

/** One request of the register. */
export interface RightsRequest {
  id: string;
  fileId: string;
  establishment: string;
  kind: RightsRequestKind;
  /** Day received (`YYYY-MM-DD`). */
  receivedOn: string;
  requester: { party: 'person' | 'legalRepresentative' | 'other'; name?: string };
  /** The last day to answer: received + one month, or + three with an extension. */
  dueOn: string;
  extension?: { reason: string; on: string };
  status: 'open' | 'answered';
  answer?: { on: string; outcome: 'granted' | 'partly' | 'refused'; reason?: string; details?: unknown };
  recordedAt: string;
  recordedBy: { id: string; role: string };
}

/** A request as listed, with where its deadline stands today. */
export interface RightsRequestView extends RightsRequest {
  deadline: 'answered' | 'on-time' | 'due-soon' | 'overdue';
}

const KINDS: readonly string[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
];

/** The instant (UTC) that ends `delay` after the day `from`: 00:00 Paris after the last day. */
const endAfter = (from: string, delay: string): string => {
  const d = resolveDuration(delay);
  if ('error' in d) throw new Error(d.error);
  return dueInstant(from, d.duration, 'after');
};

/**
 * The last allowed day, `delay` after `from` (the whole last day counts).
 *
 * @example
 * lastDay('2026-01-31', 'P1M'); // '2026-02-28'
 */
export const lastDay = (from: string, delay: string): string =>
  parisDate(new Date(Date.parse(endAfter(from, delay)) - 1));

function view(r: RightsRequest, now: string): RightsRequestView {
  if (r.status === 'answered') return { ...r, deadline: 'answered' };
  const end = Date.parse(endAfter(r.dueOn, 'P0D'));
  const t = Date.parse(now);
  return { ...r, deadline: t >= end ? 'overdue' : t >= end - 7 * 86_400_000 ? 'due-soon' : 'on-time' };
}

/**
 * Records a request: the person or their representative for their own file, or a rights officer.
 *
 * @example
 * await recordRightsRequest(core, ctx, 'uf-1', { kind: 'erasure', receivedOn: '2026-03-02', requester: { party: 'person' } });
 */
export async function recordRightsRequest(
  core: EngineCore,
  ctx: CallContext,
  fileId: string,
  input: { kind: RightsRequestKind; receivedOn: string; requester: RightsRequest['requester'] },
): Promise<EngineResult<RightsRequestView>> {
  const rec = await core.load(fileId);
  if (!rec)
    return core.refuse(
      ctx,
      fileId,
      'rights-request',
      core.error('not-found', 'engine.error.notFound', { id: fileId }),
    );
  const person =
    !!core.policy.roles[ctx.actor.role]?.isPerson &&
    inScope(core.policy, ctx, { fileId, meta: rec.data.meta }, core.now());
  if (!person && !governs(core, ctx, rec, 'rightsOfficers'))
    return core.refuse(
      ctx,
      fileId,
      'rights-request',
      core.error('forbidden', 'engine.error.governance', {
        role: ctx.actor.role,
        operation: 'rights-request',
      }),
    );
  if (!KINDS.includes(input.kind))
    return fail(core.error('invalid', 'law.rights.kind', { kind: String(input.kind) }, { path: '/kind' }));
  const today = parisDate(new Date(core.now()));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.receivedOn) || input.receivedOn > today)
    return fail(core.error('invalid', 'law.rights.receivedOn', undefined, { path: '/receivedOn' }));
  const request: RightsRequest = {
    id: core.options.newId?.() ?? `rr-${crypto.randomUUID()}`,
    fileId,
    establishment: rec.data.meta.establishment,
    kind: input.kind,
    receivedOn: input.receivedOn,
    requester: input.requester,
    dueOn: lastDay(input.receivedOn, ANSWER_DELAY),
    status: 'open',
    recordedAt: core.now(),
    recordedBy: { id: ctx.actor.professionalId, role: ctx.actor.role },
  };
  await core.store.put(RIGHTS_REQUESTS, request.id, request, null);
  await core.record(ctx, {
    action: 'rights-request',
    fileId,
    outcome: 'success',
    details: {
      request: request.id,
      kind: request.kind,
      receivedOn: request.receivedOn,
      dueOn: request.dueOn,
    },
  });
  return ok(view(request, core.now()));
}

/**
 * The register for the actor's establishment (rights-request readers: the DPO, the director), or
 * the person's own requests; oldest deadline first.
 *
 * @example
 * const r = await listRightsRequests(core, dpoCtx, { open: true });
 */
export async function listRightsRequests(
  core: EngineCore,
  ctx: CallContext,
  q: { open?: boolean; fileId?: string } = {},
): Promise<EngineResult<RightsRequestView[]>> {
  const g = core.policy.governance;
  const reader = (g.rightsRequestReaders ?? g.rightsOfficers).includes(ctx.actor.role);
  const isPerson = !!core.policy.roles[ctx.actor.role]?.isPerson;
  if (!reader && !isPerson)
    return core.refuse(
      ctx,
      q.fileId,
      'rights-request',
      core.error('forbidden', 'engine.error.governance', {
        role: ctx.actor.role,
        operation: 'rights-register',
      }),
    );
  const all = (await core.store.query<RightsRequest>(RIGHTS_REQUESTS)).map((r) => r.data);
  const now = core.now();
  const mine: RightsRequest[] = [];
  for (const r of all) {
    if (q.fileId && r.fileId !== q.fileId) continue;
    if (q.open && r.status !== 'open') continue;
    if (reader ? r.establishment !== ctx.actor.establishment : !(await ownFile(core, ctx, r.fileId)))
      continue;
    mine.push(r);
  }
  await core.record(ctx, {
    action: 'audit-read',
    outcome: 'success',
    details: { register: 'rights-requests' },
  });
  return ok(mine.map((r) => view(r, now)).sort((a, b) => a.dueOn.localeCompare(b.dueOn)));
}

async function ownFile(core: EngineCore, ctx: CallContext, fileId: string) {
  const rec = await core.load(fileId);
  return !!rec && inScope(core.policy, ctx, { fileId, meta: rec.data.meta }, core.now());
}

/**
 * Answers a request, or extends its deadline by two months with a reason (art. 12(3)).
 *
 * @example
 * await settleRightsRequest(core, ctx, id, { answer: { outcome: 'granted' } });
 */
export async function settleRightsRequest(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  change: { answer: Omit<NonNullable<RightsRequest['answer']>, 'on'> } | { extend: { reason: string } },
): Promise<EngineResult<RightsRequestView>> {
  const stored = await core.store.get<RightsRequest>(RIGHTS_REQUESTS, id);
  if (!stored) return fail(core.error('not-found', 'law.rights.notFound', { id }));
  const rec = await core.load(stored.data.fileId);
  if (!rec || !governs(core, ctx, rec, 'rightsOfficers'))
    return core.refuse(
      ctx,
      stored.data.fileId,
      'rights-request',
      core.error('forbidden', 'engine.error.governance', {
        role: ctx.actor.role,
        operation: 'rights-request',
      }),
    );
  const today = parisDate(new Date(core.now()));
  let next: RightsRequest;
  if ('extend' in change) {
    if (!change.extend.reason?.trim())
      return fail(core.error('invalid', 'engine.error.reasonRequired', undefined, { path: '/reason' }));
    if (stored.data.extension || stored.data.status === 'answered' || today > stored.data.dueOn)
      return fail(core.error('invalid', 'law.rights.noExtension', { dueOn: stored.data.dueOn }));
    next = {
      ...stored.data,
      dueOn: lastDay(stored.data.receivedOn, 'P3M'),
      extension: { reason: change.extend.reason.trim(), on: today },
    };
  } else {
    next = { ...stored.data, status: 'answered', answer: { ...change.answer, on: today } };
  }
  await core.store.put(RIGHTS_REQUESTS, id, next, stored.version);
  await core.record(ctx, {
    action: 'rights-request',
    fileId: next.fileId,
    outcome: 'success',
    details: {
      request: id,
      ...('extend' in change ? { extendedTo: next.dueOn } : { outcome: next.answer?.outcome }),
    },
  });
  return ok(view(next, core.now()));
}
