/**
 * Recording a support-plan agreement through the engine: the rules of law are checked, the
 * support-plan workflow waiting for the agreement moves with the same data (`AGREE` or
 * `DISAGREE`), then the agreement is signed into the stored plan version (needs `sign` on the
 * support-plan category: the person, the representative, the director).
 */
import type { CallContext } from '../actor.js';
import type { Engine, UserFileView } from '../engine/types.js';
import type { EngineResult } from '../engine/result.js';
import { createTranslator, type Locale } from '../i18n/index.js';
import {
  agreementProblem,
  statusAfter,
  storedAgreement,
  workflowEvent,
  type PlanAgreementInput,
} from './agreement.js';

type Obj = Record<string, unknown>;

/** The state of the support-plan workflow that waits for the person's agreement. */
export const AGREEMENT_STATE = 'plan.elaboration.proposed';

/**
 * Records an agreement or disagreement on version `version` of the file's support plan.
 *
 * @example
 * const r = await recordPlanAgreement(engine, ctx, 'uf-1', 2, { party: 'person', agreed: true, method: 'signature' }, { today: '2026-06-15' });
 */
export async function recordPlanAgreement(
  engine: Engine,
  ctx: CallContext,
  fileId: string,
  version: number,
  input: PlanAgreementInput,
  o: { today: string; locale?: Locale },
): Promise<EngineResult<UserFileView>> {
  const t = createTranslator(o.locale ?? 'fr');
  const invalid = (key: string, path?: string, params?: Record<string, string | number>) => ({
    ok: false as const,
    error: { code: 'invalid' as const, key, message: t(key, params), ...(path ? { path } : {}) },
  });
  const view = await engine.getUserFile(ctx, fileId);
  if (!view.ok) return view;
  const plans = (view.value.file.supportPlans ?? []) as Obj[];
  const plan = plans.find((p) => Number(p.version) === version);
  if (!plan)
    return {
      ok: false,
      error: {
        code: 'not-found',
        key: 'law.agreement.planNotFound',
        message: t('law.agreement.planNotFound', { version }),
      },
    };
  const problem = agreementProblem(input, { role: ctx.actor.role, file: view.value.file, today: o.today });
  if (problem) return invalid(problem.key, problem.path);

  const event = workflowEvent(input, o.today);
  const runtime = engine.workflows;
  if (event && runtime) {
    const waiting = (await runtime.list({ fileId, status: 'active' })).find(
      (i) => i.definition.startsWith('support-plan@') && i.states.includes(AGREEMENT_STATE),
    );
    if (waiting) {
      const r = await runtime.send(ctx, waiting.id, event);
      if (!r.ok) return invalid('law.agreement.workflowRefused', undefined, { reason: r.reason.message });
    }
  }
  const agreement = storedAgreement(input, ctx.actor, o.today);
  const agreements = [...((plan.agreements ?? []) as Obj[]), agreement];
  const status = statusAfter(agreements) === 'agreed' ? 'agreed' : undefined;
  return engine.sign(ctx, fileId, 'supportPlans', String(plan.id), {
    expectedVersion: view.value.version,
    agreement,
    ...(status ? { status } : {}),
  });
}
