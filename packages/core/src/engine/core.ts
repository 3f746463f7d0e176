/**
 * What every engine module shares: the store, the policy, the audit log, the clock, the
 * translator, and the helpers that turn decisions into audited refusals.
 */
import type { CallContext } from '../actor.js';
import { createTranslator, type Translate } from '../i18n/index.js';
import { validateUserFile } from '../validation/validate.js';
import type { AuditLog, AuditDraft } from '../audit/log.js';
import { createCategorizer, type Categorizer } from '../policy/categorize.js';
import { decide, type BreakGlassGrant, type Decision, type DenyReason } from '../policy/decide.js';
import type { AccessPolicy, Category, PolicyAction } from '../policy/types.js';
import type { StorePort, StoredRecord } from '../store/port.js';
import type { RetentionRules } from '../retention/types.js';
import { defaultEstablishmentConfig, type EstablishmentConfig } from './establishments.js';
import { brandError, fail, type EngineError, type EngineErrorCode, type EngineResult } from './result.js';
import type { EngineOptions, UserFileData, UserFileMeta, UserFileView, RestrictionMarker } from './types.js';

/** The stored shape of a user file record (`userFiles` collection). */
export interface StoredUserFile {
  meta: UserFileMeta;
  file: UserFileData;
}

/** Collections the engine owns in the store. */
export const COLLECTIONS = { files: 'userFiles', grants: 'breakGlassGrants' } as const;

/** The engine's shared internals. */
export interface EngineCore {
  store: StorePort;
  policy: AccessPolicy;
  categorizer: Categorizer;
  audit: AuditLog;
  t: Translate;
  now(): string;
  mode: 'production' | 'test' | 'demo';
  retention?: RetentionRules;
  auditRetention: string;
  options: EngineOptions;
  /** The establishment configuration in force (default care teams, categories). */
  establishments: EstablishmentConfig;
  /** The file validator in force (schema by default). */
  validate(file: UserFileData): { path: string; message: string }[];
  load(id: string): Promise<StoredRecord<StoredUserFile> | undefined>;
  /** The stored record, not copied: for access checks and names only, never to be changed. */
  peek(id: string): Promise<Readonly<StoredRecord<StoredUserFile>> | undefined>;
  grants(ctx: CallContext, id: string): Promise<BreakGlassGrant[]>;
  decideFor(
    ctx: CallContext,
    rec: StoredRecord<StoredUserFile>,
    grants: BreakGlassGrant[],
  ): (c: Category, a: PolicyAction) => Decision;
  /** The audit draft stamped with the call's actor, purpose and time. */
  stamp(ctx: CallContext, draft: Omit<AuditDraft, 'at' | 'actor' | 'purpose'>): AuditDraft;
  /** Appends an audit entry stamped with the call's actor, purpose and time. */
  record(ctx: CallContext, draft: Omit<AuditDraft, 'at' | 'actor' | 'purpose'>): Promise<void>;
  /** An error in the engine's locale. */
  error(
    code: EngineErrorCode,
    key: string,
    params?: Record<string, string | number>,
    extra?: Partial<EngineError>,
  ): EngineError;
  /** Audits a refusal and returns it as a failed result. */
  refuse<T>(
    ctx: CallContext,
    fileId: string | undefined,
    action: AuditDraft['action'],
    err: EngineError,
    categories?: Category[],
  ): Promise<EngineResult<T>>;
  /** Turns a policy denial into an error. */
  denial(ctx: CallContext, reason: DenyReason, category: Category, action: PolicyAction): EngineError;
  view(
    rec: StoredRecord<StoredUserFile>,
    file: UserFileData,
    restricted: RestrictionMarker[],
    breakGlass: boolean,
  ): UserFileView;
}

const DENY_KEYS: Record<DenyReason, [EngineErrorCode, string]> = {
  forbidden: ['forbidden', 'engine.error.forbidden'],
  'not-in-care-team': ['forbidden', 'engine.error.notInCareTeam'],
  objection: ['objection', 'engine.error.objection'],
  restricted: ['restricted', 'engine.error.restricted'],
  archived: ['archived', 'engine.error.archived'],
};

/**
 * Builds the shared internals from the engine options.
 *
 * @example
 * const core = createCore(options, auditLog);
 */
export function createCore(options: EngineOptions, audit: AuditLog): EngineCore {
  const { store, policy } = options;
  const clock = options.clock ?? (() => new Date());
  const t = createTranslator(options.locale ?? 'fr');
  const now = () => clock().toISOString();

  const core: EngineCore = {
    store,
    policy,
    categorizer: createCategorizer(policy),
    audit,
    t,
    now,
    mode: options.mode ?? 'production',
    retention: options.retention,
    auditRetention: options.auditRetention ?? 'P12M',
    options,
    establishments: options.establishments ?? defaultEstablishmentConfig,
    validate(file) {
      const v = options.validateUserFile;
      if (v === false) return [];
      if (v) return v(file);
      return validateUserFile(file, { locale: options.locale ?? 'fr' }).errors.map((e) => ({
        path: e.path,
        message: e.message,
      }));
    },
    load: (id) => store.get<StoredUserFile>(COLLECTIONS.files, id),
    peek: (id) =>
      (store.peek ?? store.get).call(store, COLLECTIONS.files, id) as Promise<
        StoredRecord<StoredUserFile> | undefined
      >,
    async grants(ctx, id) {
      const g = (await (store.peek ?? store.get).call(
        store,
        COLLECTIONS.grants,
        `${id}|${ctx.actor.professionalId}`,
      )) as StoredRecord<BreakGlassGrant> | undefined;
      return g ? [structuredClone(g.data)] : [];
    },
    decideFor(ctx, rec, grants) {
      const at = now();
      const cache = new Map<string, Decision>();
      return (c, a) => {
        const key = `${c}|${a}`;
        let d = cache.get(key);
        if (!d)
          cache.set(
            key,
            (d = decide(policy, ctx, { fileId: rec.id, meta: rec.data.meta }, c, a, at, grants)),
          );
        return d;
      };
    },
    async record(ctx, draft) {
      await audit.append(core.stamp(ctx, draft));
    },
    stamp(ctx, draft) {
      const { actor } = ctx;
      return {
        at: now(),
        actor: {
          professionalId: actor.professionalId,
          role: actor.role,
          establishment: actor.establishment,
          ...(actor.name ? { name: actor.name } : {}),
        },
        purpose: ctx.purpose,
        ...draft,
      };
    },
    error(code, key, params, extra) {
      return brandError({ code, key, message: t(key, params), ...(params ? { params } : {}), ...extra });
    },
    async refuse(ctx, fileId, action, err, categories) {
      await core.record(ctx, {
        action,
        ...(fileId ? { fileId } : {}),
        ...(categories?.length ? { categories } : {}),
        ...(err.path ? { pointers: [err.path] } : {}),
        outcome: 'refused',
        reason: err.code,
      });
      return fail(err);
    },
    denial(ctx, reason, category, action) {
      const [code, key] = DENY_KEYS[reason];
      return core.error(
        code,
        key,
        {
          role: policy.roles[ctx.actor.role]?.label[options.locale ?? 'fr'] ?? ctx.actor.role,
          category: t(`engine.category.${category}`),
          action: t(`engine.action.${action}`),
        },
        { reason },
      );
    },
    view(rec, file, restricted, breakGlass) {
      const m = rec.data.meta;
      return {
        id: rec.id,
        version: rec.version,
        updatedAt: rec.updatedAt,
        file,
        meta: {
          establishment: m.establishment,
          phase: m.phase,
          ...(m.closedAt ? { closedAt: m.closedAt } : {}),
          careTeam: m.careTeam,
          objection: m.objections.length > 0,
          restricted: m.restrictions.length > 0,
          litigationHold: !!m.litigationHold,
        },
        restricted,
        breakGlass,
      };
    },
  };
  return core;
}
