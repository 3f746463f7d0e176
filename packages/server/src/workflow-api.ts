/**
 * The {@link WorkflowApi} the routes use, over the core workflow runtime. Access to the file is
 * checked through the engine first (so a refusal is audited and says why), then the runtime
 * applies its own role and guard rules.
 */
import type { CallContext, Engine } from '@duikit/core';
import type { WorkflowRuntime } from '@duikit/core';
import type { WorkflowApi } from './routes/workflows.js';

/** What decides which definitions an establishment runs (from its FINESS). */
export type CategoryOf = (establishment: string) => string | undefined;

const fail = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

/**
 * Adapts a runtime to the routes. With `categoryOf`, only definitions that apply to the actor's
 * establishment category are offered, a variant for the category replacing its base.
 *
 * @example
 * const workflows = workflowApiOf(runtime, engine, (finess) => (finess === '690000013' ? 'ehpad' : 'ime'));
 */
export function workflowApiOf(
  runtime: WorkflowRuntime,
  engine: Engine,
  categoryOf: CategoryOf = () => undefined,
): WorkflowApi {
  async function fileRefusal(ctx: CallContext, fileId: string) {
    const r = await engine.getUserFile(ctx, fileId);
    return r.ok ? undefined : fail(r.error.code, r.error.message);
  }
  return {
    async definitions(ctx) {
      const category = categoryOf(ctx.actor.establishment);
      const all = runtime.registry.list();
      const applies = (c: (typeof all)[number]) =>
        !category || c.definition.appliesTo.includes('*') || c.definition.appliesTo.includes(category);
      const chosen = all.filter(applies);
      // A variant for this category hides what it extends, through every level (admission-mas
      // extends admission-ime, which extends admission: a MAS is offered admission-mas only).
      const replaced = new Set<string>();
      for (const c of chosen) {
        if (!c.variantOf || !category || !c.definition.appliesTo.includes(category)) continue;
        for (let base: string | undefined = c.variantOf; base; base = runtime.registry.get(base)?.variantOf)
          replaced.add(base);
      }
      const latest = new Map<string, (typeof all)[number]>();
      for (const c of chosen) {
        if (replaced.has(c.ref)) continue;
        latest.set(c.definition.id, c);
      }
      return {
        ok: true,
        value: [...latest.values()].map((c) => ({
          ref: c.ref,
          id: c.definition.id,
          version: c.definition.version,
          title: c.definition.title,
          ...(c.variantOf ? { variantOf: c.variantOf } : {}),
        })),
      };
    },
    async start(ctx, definition, fileId, input) {
      const refused = await fileRefusal(ctx, fileId);
      if (refused) return refused;
      const r = await runtime.start(ctx, { definition, fileId, ...(input ? { data: input } : {}) });
      return r.ok ? { ok: true, value: r.instance } : fail(r.reason.code, r.reason.message);
    },
    async instances(ctx, fileId) {
      const refused = await fileRefusal(ctx, fileId);
      if (refused) return refused;
      const list = await runtime.list({ fileId });
      return { ok: true, value: list.sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
    },
    async availableEvents(ctx, instanceId) {
      const got = await runtime.get(ctx, instanceId);
      if (!got.ok) return fail(got.reason.code, got.reason.message);
      const refused = await fileRefusal(ctx, got.instance.fileId);
      if (refused) return refused;
      return { ok: true, value: await runtime.availableEvents(ctx, instanceId) };
    },
  };
}
