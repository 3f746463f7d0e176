/**
 * The standard DUI workflows, forms and establishment variants shipped in `workflows/`, bundled
 * so that hosts, Storybook and tests can run them without reading files.
 */
import admissionWorkflow from '../../../../workflows/admission.workflow.json';
import assessmentWorkflow from '../../../../workflows/assessment.workflow.json';
import supportPlanWorkflow from '../../../../workflows/support-plan.workflow.json';
import dischargeWorkflow from '../../../../workflows/discharge.workflow.json';
import admissionRequestForm from '../../../../workflows/forms/admission-request.form.json';
import assessmentReportForm from '../../../../workflows/forms/assessment-report.form.json';
import contractSignatureForm from '../../../../workflows/forms/contract-signature.form.json';
import deathRecordForm from '../../../../workflows/forms/death-record.form.json';
import dischargePlanForm from '../../../../workflows/forms/discharge-plan.form.json';
import entryChecklistForm from '../../../../workflows/forms/entry-checklist.form.json';
import exitSummaryForm from '../../../../workflows/forms/exit-summary.form.json';
import medicalOpinionForm from '../../../../workflows/forms/medical-opinion.form.json';
import supportPlanExpectationsForm from '../../../../workflows/forms/support-plan-expectations.form.json';
import supportPlanObjectivesForm from '../../../../workflows/forms/support-plan-objectives.form.json';
import supportPlanReviewForm from '../../../../workflows/forms/support-plan-review.form.json';
import trustedPersonAttestationForm from '../../../../workflows/forms/trusted-person-attestation.form.json';
import admissionEhpadVariant from '../../../../workflows/variants/admission-ehpad.json';
import admissionImeVariant from '../../../../workflows/variants/admission-ime.json';
import admissionMasVariant from '../../../../workflows/variants/admission-mas.json';
import admissionSsiadVariant from '../../../../workflows/variants/admission-ssiad.json';
import assessmentEhpadVariant from '../../../../workflows/variants/assessment-ehpad.json';
import type { FormDefinition, WorkflowDefinition, WorkflowVariant } from './types.js';

/**
 * Every shipped file, ready for `createWorkflowRegistry` or `createWorkflowRuntime({ registry })`.
 *
 * @example
 * const runtime = createWorkflowRuntime({ store, registry: standardWorkflowFiles });
 */
export const standardWorkflowFiles: {
  definitions: WorkflowDefinition[];
  forms: FormDefinition[];
  variants: WorkflowVariant[];
} = {
  definitions: [
    admissionWorkflow,
    assessmentWorkflow,
    supportPlanWorkflow,
    dischargeWorkflow,
  ] as WorkflowDefinition[],
  forms: [
    admissionRequestForm,
    assessmentReportForm,
    contractSignatureForm,
    deathRecordForm,
    dischargePlanForm,
    entryChecklistForm,
    exitSummaryForm,
    medicalOpinionForm,
    supportPlanExpectationsForm,
    supportPlanObjectivesForm,
    supportPlanReviewForm,
    trustedPersonAttestationForm,
  ] as FormDefinition[],
  variants: [
    admissionEhpadVariant,
    admissionImeVariant,
    admissionMasVariant,
    admissionSsiadVariant,
    assessmentEhpadVariant,
  ] as WorkflowVariant[],
};
