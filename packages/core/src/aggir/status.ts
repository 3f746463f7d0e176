/**
 * The `updateAssessment` effect of the assessment workflow, as the engine runs it: the stored
 * assessment the instance points at takes the status of the step (completed when submitted for
 * validation, validated by the coordinating physician, cancelled when sent back), written by the
 * actor who moved the workflow, under the access policy and in the audit trail.
 */
import type { EngineCore } from '../engine/core.js';
import { commitChange } from '../engine/write.js';
import type { EffectHandler } from '../workflow/kernel.js';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

/**
 * Builds the effect handler over the engine core.
 *
 * @example
 * createWorkflowRuntime({ …, effects: { updateAssessment: assessmentStatusEffect(core) } });
 */
export function assessmentStatusEffect(core: EngineCore): EffectHandler {
  return async ({ instance, params, ctx }) => {
    const context = obj(instance.snapshot.context);
    const id = context.assessmentId ?? obj(context.result).assessmentId;
    if (!ctx || typeof id !== 'string' || typeof params.status !== 'string') return;
    const rec = await core.load(instance.fileId);
    if (!rec) return;
    const r = await commitChange(
      core,
      ctx,
      instance.fileId,
      (file) => {
        const list = Array.isArray(file.assessments) ? (file.assessments as Obj[]) : [];
        return {
          ...file,
          assessments: list.map((a) => (a.id === id ? { ...a, status: params.status } : a)),
        };
      },
      { expectedVersion: rec.version },
    );
    if (!r.ok) throw new Error(r.error.message);
  };
}
