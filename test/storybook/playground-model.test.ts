/**
 * The workbench's checking, as the playground story uses it: every offered definition checks
 * clean, a variant resolves, and mistakes are named by place (JSON Pointer, line and column).
 */
import { describe, it, expect } from 'vitest';
import { refOf, standardWorkflowFiles, type WorkflowDefinition } from '@duikit/core';
import { checkText } from '../../packages/components/src/dui-workflow-workbench/workbench-model.js';
import visitRequest from '../../stories/playground/visit-request.workflow.json';

const library = {
  ...standardWorkflowFiles,
  definitions: [...standardWorkflowFiles.definitions, visitRequest as WorkflowDefinition],
};
const pretty = (v: unknown) => JSON.stringify(v, null, 2);

describe('checkText', () => {
  it('accepts every standard workflow, variant and the guide example', () => {
    for (const doc of [...library.definitions, ...library.variants])
      expect(checkText(pretty(doc), 'fr', library).problems, refOf(doc)).toEqual([]);
  });

  it('resolves a variant against the standard workflows', () => {
    const ehpad = standardWorkflowFiles.variants.find((v) => v.id === 'admission-ehpad')!;
    const checked = checkText(pretty(ehpad), 'fr', library);
    expect(checked.variantOf).toBe('admission@1.0.0');
    expect(checked.definition?.parameters?.requiresMedicalOpinion).toBe(true);
  });

  it('names the line and column of a JSON syntax error, in the asked locale', () => {
    expect(checkText('{\n  "id": "x",\n  oops\n}', 'fr').problems[0]).toMatchObject({
      pointer: '/',
      line: 3,
      column: 3,
      message: 'JSON invalide (ligne 3, colonne 3) : caractère inattendu',
    });
    expect(checkText('{', 'en').problems[0].message).toMatch(/^invalid JSON \(line 1, column 2\): /);
  });

  it("reports the linter's problems with their pointer and line, drawn in the definition", () => {
    const broken = structuredClone(visitRequest) as {
      states: { scheduled: { on: Record<string, unknown> } };
    };
    broken.states.scheduled.on.VISIT_DONE = { target: 'nowhere' };
    const text = pretty(broken);
    const checked = checkText(text, 'fr', library);
    const p = checked.problems.find((x) => x.pointer === '/states/scheduled/on/VISIT_DONE/target')!;
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('"nowhere"')) + 1);
    expect(checked.definition).toBeDefined();
  });
});
