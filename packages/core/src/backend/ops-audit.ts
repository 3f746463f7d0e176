/**
 * The audit trail for its readers: the audit page worded for people (names, titles, a sentence
 * per entry) and scoped to the reader's establishment, the raw trail, its FHIR export and the
 * chain check. The engine refuses other roles and audits every read.
 */
import type { AuditEntry } from '../audit/types.js';
import { fromEngine, type Scope } from './scope.js';
import type { AuditEntryView, DuiBackend, PersonRef } from './types.js';

type AuditOps = Pick<DuiBackend, 'getAudit' | 'readAuditEntries' | 'exportAuditFhir' | 'verifyAudit'>;

const REASONS = new Set([
  'not-in-care-team',
  'forbidden',
  'objection',
  'restricted',
  'archived',
  'not-found',
  'role',
  'conflict',
  'invalid',
  'break-glass-refused',
  'identity-vigilance',
  'system-event',
]);

/**
 * The audit operations bound to one call scope.
 *
 * @example
 * const ops = auditOps(scope);
 */
export function auditOps(s: Scope): AuditOps {
  const { labels } = s;
  const t = labels.t;

  const entryView = (e: AuditEntry, person?: PersonRef): AuditEntryView => {
    const system = e.actor.role === 'system';
    const actor = labels.professional(
      system ? 'system' : { professionalId: e.actor.professionalId, role: e.actor.role, name: e.actor.name },
    );
    const est = e.actor.establishment ? s.engine.establishment(e.actor.establishment).name : undefined;
    const event = typeof e.details?.event === 'string' ? e.details.event : undefined;
    const action = event
      ? t('backend.audit.event', { event: eventTitle(e, event) })
      : labels.text(labels.action(e.action));
    const categories = (e.categories ?? []).map((c) => ({ code: c, title: labels.category(c) }));
    const refused = e.outcome === 'refused';
    const params = {
      actor: actor.name,
      action,
      person: person ? t('backend.audit.person', { person: person.displayName }) : '',
      categories: categories.length
        ? t('backend.audit.categories', {
            categories: categories.map((c) => labels.text(c.title)).join(', '),
          })
        : '',
      reason:
        refused && e.reason ? t(`backend.reason.${REASONS.has(e.reason) ? e.reason : 'forbidden'}`) : '',
    };
    return {
      seq: e.seq,
      at: e.at,
      actor: {
        id: actor.id,
        name: actor.name,
        ...(actor.role ? { role: actor.role, roleTitle: actor.roleTitle } : {}),
        ...(est ? { establishmentName: est } : {}),
      },
      action: e.action,
      actionTitle: labels.action(e.action),
      ...(person ? { person } : {}),
      ...(categories.length ? { categories } : {}),
      outcome: e.outcome,
      summary: t(refused ? 'backend.audit.summaryRefused' : 'backend.audit.summary', params),
      ...(!refused && e.reason ? { reason: e.reason } : {}),
      ...(e.breakGlass ? { breakGlass: true } : {}),
    };
  };

  /** An event's title, from the definition of the entry's instance when the runtime knows it. */
  const titles = new Map<string, string>();
  const eventTitle = (e: AuditEntry, event: string) =>
    titles.get(`${String(e.details?.instanceId)}|${event}`) ?? event;

  return {
    async getAudit(filter = {}) {
      const r = await s.engine.auditPage(s.ctx, filter);
      if (!r.ok) return fromEngine(s, r);
      if (s.runtime) {
        for (const e of r.value.entries) {
          const id = e.details?.instanceId;
          const event = e.details?.event;
          if (typeof id !== 'string' || typeof event !== 'string' || titles.has(`${id}|${event}`)) continue;
          const inst = (await s.runtime.list({ fileId: e.fileId })).find((i) => i.id === id);
          const def = inst && s.runtime.registry.get(inst.definition)?.definition;
          if (def) titles.set(`${id}|${event}`, labels.text(labels.event(def, event)));
        }
      }
      const entries = r.value.entries.map((e) => {
        const n = e.fileId ? r.value.people[e.fileId] : undefined;
        const person =
          e.fileId && n
            ? {
                userFileId: e.fileId,
                displayName: n.displayName ?? e.fileId,
                ...(n.birthDate ? { birthDate: n.birthDate } : {}),
              }
            : undefined;
        return entryView(e, person);
      });
      return { ok: true, value: { entries, ...(r.value.next ? { next: r.value.next } : {}) } };
    },
    async readAuditEntries(query) {
      return fromEngine(s, await s.engine.readAudit(s.ctx, query ?? {}));
    },
    async exportAuditFhir(query) {
      return fromEngine(s, await s.engine.exportAuditFhir(s.ctx, query ?? {}));
    },
    async verifyAudit() {
      // The chain check takes no actor: reading one entry first applies (and audits) the policy.
      const r = await s.engine.readAudit(s.ctx, { limit: 1 });
      if (!r.ok) return fromEngine(s, r);
      return { ok: true, value: await s.engine.verifyAudit() };
    },
  };
}
