// The form model's incremental state (FormState): what `evaluateForm` reads once and what
// `<dui-form>` keeps in step with every keystroke. Expected values are worked out by hand from
// the JSON Forms rule semantics and JSON Schema's `if`/`then`/`else`.
import { describe, expect, it } from 'vitest';
import { getAtPointer, setAtPointer } from '@duikit/core/base';
import { FormState, type RuleScope, type StateControl } from '@duikit/core/form/state';
import type { JsonSchema } from '@duikit/core/form/types';

const guardian: JsonSchema = {
  type: 'object',
  properties: {
    hasGuardian: { type: 'boolean' },
    guardianName: { type: 'string' },
    weight: { type: 'number' },
    extra: { type: 'number' },
    total: { type: 'number' },
  },
  if: { properties: { hasGuardian: { const: true } }, required: ['hasGuardian'] },
  then: { required: ['guardianName'] },
};

function setup(initial: Record<string, unknown>) {
  let data: unknown = initial;
  const log: string[] = [];
  const state = new FormState({
    get: (p) => getAtPointer(data, p),
    write: (p, v) => {
      log.push(`write ${p}=${JSON.stringify(v)}`);
      data = setAtPointer(data, p, v);
    },
    onRule: (s, o) =>
      log.push(`rule ${s.rule.effect} at '${s.base}' visible=${o.visible} enabled=${o.enabled}`),
    onRequired: (c, on) => log.push(`required ${c.path}=${on}`),
  });
  const set = (p: string, v: unknown) => {
    data = setAtPointer(data, p, v);
    state.changed(p);
  };
  return { state, log, set, data: () => data };
}

const showWhenGuardian: RuleScope = {
  rule: { effect: 'SHOW', condition: { scope: '#/properties/hasGuardian', schema: { const: true } } },
  base: '',
};
const name = (hiddenValue: StateControl['hiddenValue'], scope = showWhenGuardian): StateControl => ({
  path: '/guardianName',
  hiddenValue,
  scope,
  source: { schema: guardian, scope: '#/properties/guardianName', base: '' },
});

describe('FormState', () => {
  it('decides rules, required and calculations once live, then only what a change reaches', () => {
    const { state, log, set } = setup({ hasGuardian: false, weight: 2, extra: 3 });
    const control = name('exclude');
    state.addScope(showWhenGuardian);
    state.addControl(control);
    state.addCalculation({ path: '/total', fn: 'sum', args: ['/weight', '/extra'] });
    expect(log).toEqual([]); // nothing is decided before the first refresh
    state.refresh();
    expect(log).toEqual(['write /total=5', "rule SHOW at '' visible=false enabled=true"]);
    expect([
      state.visible(showWhenGuardian),
      state.required(control),
      state.isHidden('/guardianName'),
    ]).toEqual([false, false, true]);
    log.length = 0;
    set('/weight', 4); // reaches the calculation only
    expect(log).toEqual(['write /total=7']);
    log.length = 0;
    set('/hasGuardian', true); // reaches the rule and the `then`
    expect(log).toEqual(["rule SHOW at '' visible=true enabled=true", 'required /guardianName=true']);
    expect(state.required(control)).toBe(true);
  });

  it('leaves hidden exclude and clear values out of the submit; only a person’s change clears', () => {
    const { state, set, data } = setup({ hasGuardian: true, guardianName: 'Martin' });
    const control = name('clear');
    state.addScope(showWhenGuardian);
    state.addControl(control);
    state.refresh();
    expect(state.submitted(data())).toEqual({ hasGuardian: true, guardianName: 'Martin' });
    set('/hasGuardian', false);
    expect(data()).toEqual({ hasGuardian: false });
    const host = setup({ hasGuardian: false, guardianName: 'Martin' });
    host.state.addScope(showWhenGuardian);
    host.state.addControl(name('exclude'));
    host.state.refresh(); // data the host set: kept, but not submitted
    expect(host.data()).toEqual({ hasGuardian: false, guardianName: 'Martin' });
    expect(host.state.submitted(host.data())).toEqual({ hasGuardian: false });
  });

  it('hides and disables an element with its ancestors’ rules', () => {
    const { state, set } = setup({ a: true, b: true });
    const outer: RuleScope = {
      rule: { effect: 'DISABLE', condition: { scope: '#/properties/a', schema: { const: false } } },
      base: '',
    };
    const inner: RuleScope = {
      rule: { effect: 'HIDE', condition: { scope: '#/properties/b', schema: { const: false } } },
      base: '',
      parent: outer,
    };
    state.addScope(outer);
    state.addScope(inner);
    state.refresh();
    expect([state.visible(inner), state.enabled(inner)]).toEqual([true, true]);
    set('/a', false);
    expect([state.visible(inner), state.enabled(inner), state.enabled(outer)]).toEqual([true, false, false]);
    set('/b', false);
    expect([state.visible(inner), state.visible(outer)]).toEqual([false, true]);
  });

  it('evaluates what is added while live at once (an array item added by a person)', () => {
    const { state, log } = setup({ items: [{ on: false }] });
    state.refresh();
    const item: RuleScope = {
      rule: { effect: 'SHOW', condition: { scope: '#/properties/on', schema: { const: true } } },
      base: '/items/0',
    };
    state.addControl({ path: '/items/0/note', hiddenValue: 'exclude', scope: item });
    state.addScope(item);
    expect(log).toEqual(["rule SHOW at '/items/0' visible=false enabled=true"]);
    expect(state.submitted({ items: [{ on: false, note: 'x' }] })).toEqual({ items: [{ on: false }] });
  });
});
