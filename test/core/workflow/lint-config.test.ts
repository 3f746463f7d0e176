/**
 * The mistakes a configurator makes most often, which used to pass silently: each is refused
 * with a French message at the place that caused it. Legal bounds are the law's (CASF D311,
 * D311-0-4, L311-4-1 II), written here by hand, not read from the workflow files.
 */
import { describe, expect, it } from 'vitest';
import {
  closestName,
  editDistance,
  lintForm,
  lintVariant,
  lintWorkflow,
  localizeProblem,
  longerSomewhere,
  renderProblemText,
  standardWorkflowFiles,
  type WorkflowDefinition,
} from '@duikit/core';
import { parseJsonText } from '@duikit/core/config';
import { loose, tinyWorkflow } from './fixtures.js';

const admission = standardWorkflowFiles.definitions.find((d) => d.id === 'admission')!;
const lookup = (ref: string) => (ref === 'admission@1.0.0' ? admission : undefined);
const variant = (parameters: Record<string, unknown>) => ({
  id: 'admission-test',
  version: '1.0.0',
  extends: 'admission@1.0.0',
  patch: { parameters },
});
const lines = (problems: { pointer: string; message: string }[]) =>
  problems.map((p) => `${p.pointer}: ${p.message}`);

describe('declared parameters', () => {
  it('refuses a misspelled parameter in a variant, at its place in the patch, with a suggestion', () => {
    expect(lines(lintVariant(variant({ contractHandoverDelai: 'P10D' }), lookup))).toEqual([
      '/patch/parameters/contractHandoverDelai: paramètre inconnu « contractHandoverDelai » ' +
        '(déclarés : requiresMedicalOpinion, withdrawalWindowApplies, contractHandoverDelay, ' +
        'contractSignatureDelay, trustedPersonInformationLead, withdrawalPeriod) ' +
        '— vouliez-vous dire « contractHandoverDelay » ?',
    ]);
  });

  it('refuses a mistyped parameter, naming what was expected', () => {
    const found = lintVariant(
      variant({ requiresMedicalOpinion: 'oui', contractSignatureDelay: '1 mois' }),
      lookup,
    );
    expect(lines(found)).toEqual([
      '/patch/parameters/requiresMedicalOpinion: le paramètre « requiresMedicalOpinion » doit être ' +
        'un booléen (true ou false) (reçu : oui)',
      '/patch/parameters/contractSignatureDelay: le paramètre « contractSignatureDelay » doit être ' +
        'une durée ISO 8601 (par exemple P15D, P1M) (reçu : 1 mois)',
    ]);
    expect(localizeProblem(found[0], 'en').message).toBe(
      'parameter "requiresMedicalOpinion" must be a boolean (true or false) (got: oui)',
    );
  });

  it('refuses values beyond the legal bounds, citing the source', () => {
    // CASF D311: contract handed over within 15 days, signed within a month of admission.
    // CASF D311-0-4: information at least 8 days before the interview. L311-4-1 II: 15-day withdrawal.
    const found = lintVariant(
      variant({
        contractHandoverDelay: 'P16D',
        contractSignatureDelay: 'P30D',
        trustedPersonInformationLead: 'P7D',
        withdrawalPeriod: 'P14D',
      }),
      lookup,
    );
    expect(found.map((p) => [p.pointer, p.code])).toEqual([
      ['/patch/parameters/contractHandoverDelay', 'param-legal'],
      ['/patch/parameters/contractSignatureDelay', 'param-legal'],
      ['/patch/parameters/trustedPersonInformationLead', 'param-legal'],
      ['/patch/parameters/withdrawalPeriod', 'param-legal'],
    ]);
    expect(found[0].message).toBe(
      'le paramètre « contractHandoverDelay » vaut P16D, au-delà du maximum légal P15D (CASF art. D311)',
    );
    expect(found[2].message).toBe(
      'le paramètre « trustedPersonInformationLead » vaut P7D, sous le minimum légal P8D (CASF art. D311-0-4)',
    );
    // The bounds themselves, and a longer withdrawal period (more favourable to the person), pass.
    expect(
      lintVariant(
        variant({
          contractHandoverDelay: 'P15D',
          contractSignatureDelay: 'P1M',
          trustedPersonInformationLead: 'P8D',
          withdrawalPeriod: 'P1M',
        }),
        lookup,
      ),
    ).toEqual([]);
  });

  it('holds the support plan and the GIR re-assessment to their legal periods', () => {
    // CASF D311: objectives amendment within 6 months, yearly update; arrêté du 26 avril 1999: yearly GIR.
    const base = (id: string) => standardWorkflowFiles.definitions.find((d) => d.id === id)!;
    const over = (id: string, parameters: Record<string, unknown>) =>
      lintVariant(
        { id: `${id}-x`, version: '1.0.0', extends: `${id}@1.0.0`, patch: { parameters } },
        (ref) => (ref === `${id}@1.0.0` ? base(id) : undefined),
      ).map((p) => `${p.pointer} ${p.code}`);
    expect(over('support-plan', { objectivesAmendmentDelay: 'P7M', reviewPeriod: 'P13M' })).toEqual([
      '/patch/parameters/objectivesAmendmentDelay param-legal',
      '/patch/parameters/reviewPeriod param-legal',
    ]);
    expect(over('support-plan', { objectivesAmendmentDelay: 'P6M', reviewPeriod: 'P1Y' })).toEqual([]);
    expect(over('assessment', { reevaluationPeriod: 'P366D' })).toEqual([
      '/patch/parameters/reevaluationPeriod param-legal',
    ]);
    expect(over('assessment', { reevaluationPeriod: 'P6M' })).toEqual([]);
  });

  it('refuses a value outside the allowed range, and a workflow whose parameters are not declared', () => {
    expect(lines(lintVariant(variant({ withdrawalPeriod: 'P1Y' }), lookup))).toEqual([
      '/patch/parameters/withdrawalPeriod: le paramètre « withdrawalPeriod » vaut P1Y, au-delà du maximum autorisé P3M',
    ]);
    const def = loose(tinyWorkflow());
    delete def.parametersSchema;
    expect(lintWorkflow(def).map((p) => [p.pointer, p.code])).toEqual([
      ['/parameters/reviewDelay', 'undeclared-param'],
    ]);
  });

  it('compares durations on the calendar: a month is not 30 days', () => {
    expect(longerSomewhere('P30D', 'P1M')).toBe(true); // from 1 February
    expect(longerSomewhere('P28D', 'P1M')).toBe(false);
    expect(longerSomewhere('P1M', 'P1M')).toBe(false);
    expect(longerSomewhere('P12M', 'P1Y')).toBe(false);
    expect(longerSomewhere('P366D', 'P1Y')).toBe(true); // from a common year's 1 March
  });

  it('names an unknown parameter in a deadline, with a suggestion', () => {
    const def = loose(tinyWorkflow());
    def.states.review.deadlines[0].duration = { param: 'reviewDelai' };
    expect(lines(lintWorkflow(def))).toEqual([
      '/states/review/deadlines/0/duration: paramètre inconnu « reviewDelai » (déclarez-le sous ' +
        '/parametersSchema, sa valeur sous /parameters) — vouliez-vous dire « reviewDelay » ?',
    ]);
  });

  it('forbids a variant to redeclare the parameters', () => {
    const v = { ...variant({}), patch: { parametersSchema: { type: 'object', properties: {} } } };
    expect(lintVariant(v, lookup).map((p) => p.pointer)).toEqual(['/patch/parametersSchema']);
  });
});

describe('scopes that designate nothing', () => {
  const withGuard = (scope: string) => {
    const def = loose(tinyWorkflow());
    def.states.review.on.APPROVE[0].guard = { scope, schema: { const: true } };
    return lintWorkflow(def as WorkflowDefinition).map((p) => `${p.pointer} ${p.code}: ${p.message}`);
  };

  it('refuses an undeclared parameter, an unknown event field, missing instance data', () => {
    expect(withGuard('#/properties/params/properties/noSuchParam')).toEqual([
      '/states/review/on/APPROVE/0/guard/scope unknown-scope: « #/properties/params/properties/noSuchParam » ' +
        'désigne le paramètre non déclaré « noSuchParam »',
    ]);
    expect(withGuard('#/properties/event/properties/payload/properties/reason')).toEqual([
      '/states/review/on/APPROVE/0/guard/scope unknown-scope: « #/properties/event/properties/payload/properties/reason » ' +
        ': l’événement « APPROVE » ne déclare pas de données (ajoutez « payload »)',
    ]);
    expect(withGuard('#/properties/context/properties/approvedBy')).toEqual([
      '/states/review/on/APPROVE/0/guard/scope unknown-scope: « #/properties/context/properties/approvedBy » ' +
        ': aucune donnée « /approvedBy » dans l’instance (ni dans « context » ni écrite par une action)',
    ]);
    expect(withGuard('#/properties/contxt/properties/x')).toHaveLength(1);
  });

  it('checks user-file scopes against the user-file schema, across its $refs', () => {
    expect(
      withGuard('#/properties/userFile/properties/rights/properties/mdph/properties/fileNumber'),
    ).toEqual([]);
    expect(withGuard('#/properties/userFile/properties/rights/properties/mdph/properties/fileNumbr')).toEqual(
      [
        '/states/review/on/APPROVE/0/guard/scope unknown-scope: ' +
          '« #/properties/userFile/properties/rights/properties/mdph/properties/fileNumbr » : ' +
          'le dossier usager ne déclare pas « fileNumbr »',
      ],
    );
  });

  it('accepts what an action writes and what a payload declares; checks action sources', () => {
    expect(withGuard('#/properties/params/properties/reviewDelay')).toEqual([]);
    const def = loose(tinyWorkflow());
    def.states.draft.on.SUBMIT.actions[0].params.from = '/event/payload/raison';
    expect(lintWorkflow(def as WorkflowDefinition).map((p) => `${p.pointer}: ${p.message}`)).toEqual([
      '/states/draft/on/SUBMIT/actions/0/params/from: « /event/payload/raison » : ' +
        'les données de « SUBMIT » ne déclarent pas « raison »',
    ]);
  });

  it('refuses a form rule whose scope designates no property of the form', () => {
    const form = loose(structuredClone(standardWorkflowFiles.forms[0]));
    form.uischema.elements[0].rule = {
      effect: 'HIDE',
      condition: { scope: '#/properties/nowhere', schema: { const: true } },
    };
    expect(lintForm(form).map((p) => p.pointer)).toEqual(['/uischema/elements/0/rule/condition/scope']);
  });
});

describe('one run, every problem', () => {
  it('reports schema errors and semantic errors of the same file together', () => {
    const def = loose(tinyWorkflow());
    def.states.draft.colour = 'blue';
    def.states.review.task.roles = ['directr'];
    expect(lintWorkflow(def).map((p) => `${p.pointer} ${p.code}: ${p.message}`)).toEqual([
      '/states/draft/colour schema: propriété inconnue',
      '/states/review/task/roles/0 unknown-role: rôle inconnu « directr » (connus : director, ' +
        'coordinating-physician, head-nurse, nurse, psychologist, educator, social-worker, secretariat, ' +
        'person, legal-representative) — vouliez-vous dire « director » ?',
    ]);
  });
});

describe('did you mean', () => {
  it('suggests close state, event and form names', () => {
    const def = loose(tinyWorkflow());
    def.states.review.on.APPROVE[0].target = 'aproved';
    def.states.review.on.APROVE = { target: 'approved' };
    def.states.review.task.form = 'reveiw@1.0.0';
    const messages = lintWorkflow(def, { forms: ['review@1.0.0'] }).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/« aproved ».*vouliez-vous dire « approved » \?$/));
    expect(messages).toContainEqual(expect.stringMatching(/« APROVE ».*vouliez-vous dire « APPROVE » \?$/));
    expect(messages).toContainEqual(
      expect.stringMatching(/« reveiw@1\.0\.0 ».*vouliez-vous dire « review@1\.0\.0 » \?$/),
    );
  });

  it('measures edits with transpositions, ignoring case and separators, and stays quiet when far', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('reveiw', 'review')).toBe(1);
    expect(closestName('contract_handover_delay', ['contractHandoverDelay'])).toBe('contractHandoverDelay');
    expect(closestName('xyz', ['director', 'nurse'])).toBeUndefined();
    expect(closestName('nurse', ['nurse'])).toBeUndefined();
  });
});

describe('JSON syntax errors', () => {
  it('give the line, the column and a French sentence (English on request)', () => {
    const r = parseJsonText('{\n  "id": "x",\n}');
    expect('error' in r && renderProblemText(r.error)).toBe(
      'JSON invalide (ligne 3, colonne 1) : nom de propriété entre guillemets doubles attendu (une virgule en trop avant « } » ?)',
    );
    const missingComma = parseJsonText('{\n  "id": "x"\n  "version": "1.0.0"\n}');
    expect('error' in missingComma && renderProblemText(missingComma.error)).toBe(
      'JSON invalide (ligne 3, colonne 3) : virgule attendue entre deux éléments',
    );
    const comment = parseJsonText('{ // note\n}');
    expect('error' in comment && renderProblemText(comment.error)).toMatch(/commentaires ne sont pas permis/);
  });
});
