/**
 * `createEngine`: assembles the user-file services over a Store port and an access policy.
 */
import type { CallContext } from '../actor.js';
import { openAuditLog } from '../audit/log.js';
import { auditKeyBytes } from '../audit/head.js';
import { toFhirBundle } from '../audit/fhir.js';
import type { AuditQuery } from '../audit/types.js';
import { defaultRetentionRules } from '../retention/load.js';
import { runRetention } from '../retention/apply.js';
import { exportUserFile, object, rectify, restrict } from '../rights/requests.js';
import { listRightsRequests, recordRightsRequest, settleRightsRequest } from '../rights/register.js';
import { eraseOnRequest } from '../rights/erasure.js';
import { governedChange, openBreakGlass } from './access.js';
import { createCore, type EngineCore } from './core.js';
import { addItem, createUserFile, setPart, updateIdentity, updateItem, updateUserFile } from './files.js';
import { getUserFile, namesOf, timeline } from './read.js';
import { listUserFiles } from './list.js';
import { readAuditPage } from './audit-page.js';
import { auditScope } from './audit-scope.js';
import { readWorkflow } from './workflow-read.js';
import { careTeamDetails, findProfessional } from './care-team.js';
import { dropDrafts, readDraft, saveDraft } from './drafts.js';
import { establishmentProfile } from './establishments.js';
import { EngineUsageError, ok, type EngineResult } from './result.js';
import { isDuration, shiftInstant } from './time.js';
import type { UserFileMeta } from './model.js';
import type { Engine, EngineOptions, UserFileView } from './types.js';
import { createEngineWorkflows } from './workflows.js';
import { signItem } from './sign.js';

/** Re-reads the file for the actor after a metadata change (the change itself is already audited). */
async function thenView(core: EngineCore, ctx: CallContext, id: string, r: EngineResult<UserFileView>) {
  if (!r.ok) return r;
  const view = await getUserFile(core, ctx, id);
  return view.ok ? view : r;
}

/** Care-team members and representatives: people keyed by professional id in the file's metadata. */
const upsert = <T extends { professionalId: string }>(list: T[], person: T): T[] => [
  ...without(list, person.professionalId),
  person,
];
const without = <T extends { professionalId: string }>(list: T[], professionalId: string): T[] =>
  list.filter((x) => x.professionalId !== professionalId);

/** A care-team or representative change: governed by `careTeamManagers`, audited, then the new view. */
async function manageMembers(
  core: EngineCore,
  ctx: CallContext,
  id: string,
  change: (meta: UserFileMeta) => UserFileMeta,
  details: Record<string, unknown>,
) {
  return thenView(
    core,
    ctx,
    id,
    await governedChange(core, ctx, id, 'careTeamManagers', 'care-team', change, details),
  );
}

/** Audit-trail reads need a governance role; the read itself is audited. */
async function auditAccess(core: EngineCore, ctx: CallContext, action: 'audit-read' | 'export') {
  if (core.policy.governance.auditReaders.includes(ctx.actor.role)) return null;
  return core.refuse<never>(
    ctx,
    undefined,
    action,
    core.error('forbidden', 'engine.error.governance', { role: ctx.actor.role, operation: 'audit' }),
  );
}

/**
 * Creates the engine. Opens the audit log (chaining onto its last entry) and checks options.
 *
 * @example
 * const engine = await createEngine({ store: createMemoryStore(), policy: defaultAccessPolicy });
 * const r = await engine.createUserFile({ actor, purpose: 'admission' }, { person });
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  if (!options?.store)
    throw new EngineUsageError(
      'createEngine: `store` is required (createMemoryStore() or createLowdbStore({ dir })).',
    );
  if (!options.policy)
    throw new EngineUsageError(
      'createEngine: `policy` is required (defaultAccessPolicy, or loadAccessPolicy(json).policy).',
    );
  if (options.auditRetention && !isDuration(options.auditRetention)) {
    throw new EngineUsageError(
      `createEngine: auditRetention "${options.auditRetention}" is not an ISO 8601 duration (e.g. P12M).`,
    );
  }
  const key = options.auditKey !== undefined ? auditKeyBytes(options.auditKey) : options.store.auditKey;
  const audit = await openAuditLog(options.store, key);
  // A trail cut or forged while the store was closed: refuse to chain onto it (ADR 0026).
  await audit.checkHead();
  const core = createCore({ ...options, retention: options.retention ?? defaultRetentionRules }, audit);

  const engine: Engine = {
    policy: options.policy,
    workflows: options.workflows
      ? createEngineWorkflows(core, options.workflows, options.workflowOptions)
      : null,
    createUserFile: (ctx, file, opts) => createUserFile(core, ctx, file, opts),
    getUserFile: (ctx, id) => getUserFile(core, ctx, id),
    listUserFiles: (ctx, q) => listUserFiles(core, ctx, q),
    updateUserFile: (ctx, id, patch, opts) => updateUserFile(core, ctx, id, patch, opts),
    setPart: (ctx, id, part, value, opts) => setPart(core, ctx, id, part, value, opts),
    addItem: (ctx, id, part, item, opts) => addItem(core, ctx, id, part, item, opts),
    updateItem: (ctx, id, part, itemId, patch, opts) => updateItem(core, ctx, id, part, itemId, patch, opts),
    updateIdentity: (ctx, id, identity, opts) => updateIdentity(core, ctx, id, identity, opts),
    sign: (ctx, id, part, itemId, opts) => signItem(core, ctx, id, part, itemId, opts),
    timeline: (ctx, id) => timeline(core, ctx, id),
    exportUserFile: (ctx, id, format) => exportUserFile(core, ctx, id, format),
    rightsRequests: {
      record: (ctx, fileId, input) => recordRightsRequest(core, ctx, fileId, input),
      list: (ctx, q) => listRightsRequests(core, ctx, q),
      settle: (ctx, id, change) => settleRightsRequest(core, ctx, id, change),
      erase: (ctx, id) => eraseOnRequest(core, ctx, id),
    },
    rectify: (ctx, id, changes, opts) => rectify(core, ctx, id, changes, opts),
    restrict: async (ctx, id, r) => thenView(core, ctx, id, await restrict(core, ctx, id, r)),
    object: async (ctx, id, o) => thenView(core, ctx, id, await object(core, ctx, id, o)),
    async breakGlass(ctx, id, reason) {
      const rec = await core.load(id);
      if (!rec)
        return core.refuse(ctx, id, 'break-glass', core.error('not-found', 'engine.error.notFound', { id }));
      return openBreakGlass(core, ctx, rec, reason);
    },
    async addCareTeamMember(ctx, id, member) {
      let role = member.role;
      if (!role) {
        const rec = await core.load(id);
        if (!rec)
          return core.refuse(ctx, id, 'care-team', core.error('not-found', 'engine.error.notFound', { id }));
        const pro = await findProfessional(core, rec.data.meta.establishment, member.professionalId);
        if (!pro)
          return core.refuse(
            ctx,
            id,
            'care-team',
            core.error(
              'not-found',
              'engine.error.unknownProfessional',
              { id: member.professionalId },
              { reason: 'unknown-professional' },
            ),
          );
        role = pro.role;
      }
      const entry = {
        professionalId: member.professionalId,
        role,
        ...(member.until ? { until: member.until } : {}),
      };
      return manageMembers(
        core,
        ctx,
        id,
        (meta) => ({ ...meta, careTeam: upsert(meta.careTeam, { ...entry, since: core.now() }) }),
        { added: member.professionalId, role, ...(member.until ? { until: member.until } : {}) },
      );
    },
    careTeam: (ctx, id) => careTeamDetails(core, ctx, id),
    async professionals(ctx) {
      const staff = (await options.directory?.professionals(ctx.actor.establishment)) ?? [];
      return ok(staff.filter((p) => p.establishment === ctx.actor.establishment).map((p) => ({ ...p })));
    },
    establishment(finess) {
      const { category, name } = establishmentProfile(core.establishments, options.directory, finess);
      return { ...(category ? { category } : {}), ...(name ? { name } : {}) };
    },
    names: (ctx, ids) => namesOf(core, ctx, ids),
    saveDraft: (ctx, target, data, expectedVersion) => saveDraft(core, ctx, target, data, expectedVersion),
    readDraft: (ctx, target) => readDraft(core, ctx, target),
    readWorkflow: (ctx, target) => readWorkflow(core, ctx, target),
    dropDrafts: (instanceId, activeSteps) => dropDrafts(core, instanceId, activeSteps),
    auditPage: (ctx, query) => readAuditPage(core, ctx, query ?? {}),
    removeCareTeamMember: (ctx, id, professionalId) =>
      manageMembers(
        core,
        ctx,
        id,
        (meta) => ({ ...meta, careTeam: without(meta.careTeam, professionalId) }),
        {
          removed: professionalId,
        },
      ),
    addRepresentative: (ctx, id, rep) =>
      manageMembers(
        core,
        ctx,
        id,
        (meta) => ({ ...meta, representatives: upsert(meta.representatives, { ...rep, since: core.now() }) }),
        { representativeAdded: rep.professionalId, measure: rep.measure },
      ),
    removeRepresentative: (ctx, id, professionalId) =>
      manageMembers(
        core,
        ctx,
        id,
        (meta) => ({ ...meta, representatives: without(meta.representatives, professionalId) }),
        { representativeRemoved: professionalId },
      ),
    async closeUserFile(ctx, id, opts) {
      const at = opts?.at ?? core.now();
      const r = await governedChange(
        core,
        ctx,
        id,
        'retentionOfficers',
        'retention',
        (meta) => ({ ...meta, closedAt: at, phase: meta.phase === 'active' ? 'closed' : meta.phase }),
        { step: 'close', closedAt: at },
      );
      return thenView(core, ctx, id, r);
    },
    retentionDue: (ctx) => runRetention(core, ctx, undefined, false),
    applyRetention: (ctx, id) => runRetention(core, ctx, id, true),
    async setLitigationHold(ctx, id, hold) {
      const at = core.now();
      const r = await governedChange(
        core,
        ctx,
        id,
        'retentionOfficers',
        'litigation-hold',
        (meta) => {
          const { litigationHold: _old, ...rest } = meta;
          return hold
            ? { ...rest, litigationHold: { reason: hold.reason, at, by: ctx.actor.professionalId } }
            : rest;
        },
        { set: !!hold },
        hold ? { reason: hold.reason } : {},
      );
      return thenView(core, ctx, id, r);
    },
    async readAudit(ctx, query?: AuditQuery) {
      const refused = await auditAccess(core, ctx, 'audit-read');
      if (refused) return refused;
      const entries = await audit.read(query, auditScope(core, ctx).visible);
      await core.record(ctx, {
        action: 'audit-read',
        outcome: 'success',
        ...(query?.fileId ? { fileId: query.fileId } : {}),
        details: { count: entries.length },
      });
      return ok(entries);
    },
    async exportAuditFhir(ctx, query) {
      const refused = await auditAccess(core, ctx, 'export');
      if (refused) return refused;
      const entries = await audit.read(query, auditScope(core, ctx).visible);
      await core.record(ctx, {
        action: 'audit-read',
        outcome: 'success',
        ...(query?.fileId ? { fileId: query.fileId } : {}),
        details: { count: entries.length, format: 'fhir' },
      });
      return ok(toFhirBundle(entries, core.now()));
    },
    async auditAnchor() {
      return audit.anchor(core.now());
    },
    async verifyAudit(anchor) {
      const v = await audit.verify(anchor);
      if (!v.ok)
        options.onAlert?.({
          kind: 'audit-broken',
          reason: `${v.firstBroken?.reason} at seq ${v.firstBroken?.seq}`,
        });
      return v;
    },
    async pruneAudit(ctx) {
      if (!core.policy.governance.retentionOfficers.includes(ctx.actor.role)) {
        return core.refuse(
          ctx,
          undefined,
          'audit-prune',
          core.error('forbidden', 'engine.error.governance', {
            role: ctx.actor.role,
            operation: 'audit-prune',
          }),
        );
      }
      const cutoff = shiftInstant(core.now(), core.auditRetention, -1);
      const cut = await audit.prune(cutoff);
      if (!cut) return ok({ removed: 0 });
      await core.record(ctx, { action: 'audit-prune', outcome: 'success', details: { ...cut, cutoff } });
      return ok({ removed: cut.removed });
    },
    async can(ctx, id, category, action) {
      // A question about access, asked several times per view: the stored record, not a copy.
      const rec = await core.peek(id);
      if (!rec) return false;
      const grants = await core.grants(ctx, id);
      return core.decideFor(ctx, rec, grants)(category, action).allowed;
    },
    close: () => options.store.close(),
  };
  return engine;
}
