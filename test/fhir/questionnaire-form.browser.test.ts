import { expect } from 'chai';
import 'axe-core/axe.min.js';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  TDDUI_QUESTIONNAIRES,
  formResponseToQuestionnaireResponse,
  questionnaireToForm,
  type Questionnaire,
  type QuestionnaireResponse,
} from '@duikit/fhir/questionnaire';
import { $$, axeViolations, byLabel, mount, ready, type } from '../components/form/helpers.js';

const PROFILE =
  'https://interop.esante.gouv.fr/ig/fhir/tddui/StructureDefinition/tddui-questionnaire-response';

/** The QuestionnaireResponse of what the person entered, checked by the Node validator. */
async function respond(value: unknown, q: Questionnaire) {
  const qr = formResponseToQuestionnaireResponse(value, q, {
    profiles: [PROFILE],
    identifier: {
      system: 'https://identifiant-medicosocial-evaluation.esante.gouv.fr',
      value: '3690000013/demop01-EVAL-7',
    },
    subject: { reference: 'Patient/demo-p01' },
    authored: '2026-01-05',
  });
  const report = await executeServerCommand<
    { errors: number; issues: { expression: string }[] },
    QuestionnaireResponse
  >('fhir-validate', qr);
  return { qr, report };
}

/** The converted definition as `<dui-form>` props (the UI schema is typed loosely in @duikit/fhir). */
const formOf = (q: Questionnaire) => questionnaireToForm(q) as unknown as Parameters<typeof mount>[0];

const chooseByLabel = (form: Parameters<typeof byLabel>[0], label: string, option: string) => {
  const select = byLabel<HTMLSelectElement>(form, label);
  select.value = [...select.options].find((o) => o.text === option)!.value;
  select.dispatchEvent(new Event('change'));
};

describe('TDDUI questionnaires in <dui-form>', () => {
  it('AGGIR PA SSIAD: renders, passes axe, and a person’s answers round-trip to a valid QuestionnaireResponse', async () => {
    const q = TDDUI_QUESTIONNAIRES['tddui-questionnaire-aggir-pa-ssiad'];
    const form = await mount(formOf(q));
    expect($$(form, 'input[type=checkbox]')).to.have.length(60);
    expect(await axeViolations(form)).to.deep.equal([]);
    await ready(form);
    chooseByLabel(form, 'Résultat évaluation', 'GIR-4');
    chooseByLabel(form, 'Fonctions de la pensée', 'facilitateur modéré');
    byLabel(form, 'fait spontanément').click(); // the first one: pensée
    const { qr, report } = await respond(form.value, q);
    expect(report.issues).to.deep.equal([]);
    const gir = qr.item![0];
    expect(gir.answer![0].valueCoding).to.deep.equal({
      system: 'https://smt.esante.gouv.fr/fhir/CodeSystem/terminologie-cisis',
      code: 'MED-342',
      display: 'GIR-4',
    });
    const pensee = gir.answer![0].item!.find((i) => i.linkId === 'fonction-pensee')!;
    expect((pensee.answer![0].valueCoding as { code: string }).code).to.equal('qf2');
    expect(pensee.answer![0].item).to.deep.equal([
      { linkId: 'pensee-spont', text: 'fait spontanément', answer: [{ valueBoolean: true }] },
    ]);
  });

  it('AGGIR PH SSIAD: renders, passes axe, round-trips', async () => {
    const q = TDDUI_QUESTIONNAIRES['tddui-questionnaire-aggir-ph-ssiad'];
    const form = await mount(formOf(q));
    expect(await axeViolations(form)).to.deep.equal([]);
    await ready(form);
    chooseByLabel(form, 'Résultat évaluation', 'GIR-2');
    chooseByLabel(form, 'Manger', 'facilitateur absolu');
    const { qr, report } = await respond(form.value, q);
    expect(report.issues).to.deep.equal([]);
    expect(
      qr.item![0].answer![0].item!.map((i) => [
        i.linkId,
        (i.answer![0].valueCoding as { code: string }).code,
      ]),
    ).to.deep.equal([['manger', 'qf4']]);
  });

  it('SERAFIN: renders its integer items, passes axe, round-trips', async () => {
    const q = TDDUI_QUESTIONNAIRES['tddui-questionnaire-serafin'];
    const form = await mount(formOf(q));
    expect(await axeViolations(form)).to.deep.equal([]);
    await ready(form);
    const mobility = byLabel(form, 'Besoins pour la mobilité');
    expect(mobility.type).to.equal('number');
    type(mobility, '2');
    const { qr, report } = await respond(form.value, q);
    expect(report.issues).to.deep.equal([]);
    expect(qr.item).to.deep.equal([
      { linkId: 'besoin-mobilite', text: 'Besoins pour la mobilité', answer: [{ valueInteger: 2 }] },
    ]);
  });

  it('situation SSIAD: renders its yes/no items, passes axe, round-trips', async () => {
    const q = TDDUI_QUESTIONNAIRES['tddui-questionnaire-situation-ssiad'];
    const form = await mount(formOf(q));
    expect($$(form, 'input[type=checkbox]')).to.have.length(8);
    expect(await axeViolations(form)).to.deep.equal([]);
    await ready(form);
    byLabel(form, 'Obésité, sans précision').click();
    const { qr, report } = await respond(form.value, q);
    expect(report.issues).to.deep.equal([]);
    expect(qr.item).to.deep.equal([
      { linkId: 'obesite', text: 'Obésité, sans précision', answer: [{ valueBoolean: true }] },
    ]);
  });
});
