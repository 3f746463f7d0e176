/**
 * Interop › TDDUI questionnaires: the four questionnaires of the ANS « Transfert de données DUI »
 * guide (AGGIR PA and PH SSIAD, SERAFIN, situation SSIAD), converted by `questionnaireToForm` and
 * rendered by `<dui-form>`; the QuestionnaireResponse `formResponseToQuestionnaireResponse`
 * builds is shown under the form as it is filled.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/define.js';
import type { DuiForm } from '../packages/components/src/dui-form/dui-form.component.js';
import {
  TDDUI_QUESTIONNAIRES,
  formResponseToQuestionnaireResponse,
  questionnaireToForm,
} from '../packages/fhir/src/questionnaire/index.js';

type Id = keyof typeof TDDUI_QUESTIONNAIRES;

/** The form, then the live QuestionnaireResponse and any conversion warning. */
function questionnaire(id: Id): HTMLElement {
  const q = TDDUI_QUESTIONNAIRES[id];
  const { schema, uischema, data, warnings } = questionnaireToForm(q);
  const wrap = document.createElement('div');
  const form: DuiForm = document.createElement('dui-form');
  Object.assign(form, { schema, uischema, data, noSubmit: true });
  const heading = document.createElement('h2');
  heading.textContent = 'QuestionnaireResponse';
  const out = document.createElement('pre');
  out.tabIndex = 0;
  out.setAttribute('aria-label', 'QuestionnaireResponse produite');
  const show = (value: unknown) =>
    (out.textContent = JSON.stringify(formResponseToQuestionnaireResponse(value, q), null, 2));
  form.addEventListener('dui-change', (e) => show(e.detail.data));
  show(data);
  wrap.append(form, heading, out);
  if (warnings.length) {
    const list = document.createElement('ul');
    list.append(
      ...warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w.message.fr })),
    );
    wrap.append(list);
  }
  return wrap;
}

const meta: Meta = {
  title: 'Interop/TDDUI questionnaires',
  parameters: {
    docs: {
      description: {
        component:
          'The TDDUI guide’s Questionnaires (CC0-1.0) as `<dui-form>` definitions: ' +
          '`questionnaireToForm(questionnaire)` gives `{ schema, uischema, data, warnings }`; ' +
          '`formResponseToQuestionnaireResponse(data, questionnaire)` gives the QuestionnaireResponse back.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const AggirPa: Story = {
  name: 'AGGIR PA SSIAD',
  render: () => questionnaire('tddui-questionnaire-aggir-pa-ssiad'),
};
export const AggirPh: Story = {
  name: 'AGGIR PH SSIAD',
  render: () => questionnaire('tddui-questionnaire-aggir-ph-ssiad'),
};
export const Serafin: Story = {
  name: 'SERAFIN-PH',
  render: () => questionnaire('tddui-questionnaire-serafin'),
};
export const SituationSsiad: Story = {
  name: 'Situation SSIAD',
  render: () => questionnaire('tddui-questionnaire-situation-ssiad'),
};
