/**
 * A Categorization renders as a wizard (default) with per-step validation, progress ("Étape 2
 * sur 4") and focus moved to the step heading; or, with `options.variant: 'tabs'`, as an ARIA
 * tab list (arrow keys, Home, End). Categories hidden by a rule are skipped.
 *
 * @example
 * // { type: 'Categorization', options: { variant: 'tabs' }, elements: [{ type: 'Category', label: 'Identité', elements: [...] }] }
 */
import type { ControlBinding, RenderContext, RenderedNode, Renderer } from '../contracts.js';
import { controlLabel } from '@duikit/core/form/labels';
import type { CategorizationElement } from '@duikit/core/form/types';
import { useExtras } from '../extras.js';
import { formButton } from '../field.js';

interface Step {
  title: string;
  section: HTMLElement;
  heading: HTMLElement;
  node: RenderedNode;
}

function buildSteps(ctx: RenderContext, el: HTMLElement): Step[] {
  const ui = ctx.uischema as CategorizationElement;
  return ui.elements.map((cat, i) => {
    const title = controlLabel(
      cat,
      {},
      { locale: ctx.locale, lookup: ctx.engine.options.lookup },
      `${i + 1}`,
    );
    const section = document.createElement('section');
    section.className = 'step';
    section.setAttribute('part', 'step');
    const heading = document.createElement('h2');
    heading.className = 'step-title';
    heading.setAttribute('part', 'step-title');
    heading.tabIndex = -1;
    heading.id = ctx.engine.uniqueId(`step-${i}`);
    section.setAttribute('aria-labelledby', heading.id);
    // A Categorization nested in a Categorization is a step (or tab) holding its own tabs.
    const node =
      cat.type === 'Categorization'
        ? ctx.render({ ...cat, options: { ...cat.options, variant: 'tabs' } }, {})
        : ctx.render({ ...cat, type: 'VerticalLayout' }, {});
    section.append(heading, node.el);
    el.append(section);
    return { title, section, heading, node };
  });
}

/** Renders a Categorization as a wizard or tabs. */
export const categorizationRenderer: Renderer = (ctx) => {
  useExtras(ctx.engine);
  const el = document.createElement('div');
  const tabs = ctx.uischema.options?.variant === 'tabs';
  el.className = tabs ? 'tabs' : 'wizard';
  el.setAttribute('part', tabs ? 'tabs' : 'wizard');
  const nav = document.createElement(tabs ? 'div' : 'ol');
  el.append(nav);
  const steps = buildSteps(ctx, el);
  const controls: ControlBinding[] = steps.flatMap((s) => s.node.controls);
  return { el, controls, ...(tabs ? tabsOf(ctx, nav, steps) : wizardOf(ctx, el, nav, steps)) };
};

function tabsOf(ctx: RenderContext, nav: HTMLElement, steps: Step[]) {
  nav.className = 'tablist';
  nav.setAttribute('role', 'tablist');
  nav.setAttribute('part', 'tablist');
  const buttons = steps.map((s, i) => {
    const b = formButton(s.title, 'tab');
    b.setAttribute('role', 'tab');
    b.id = ctx.engine.uniqueId(`tab-${i}`);
    s.section.setAttribute('role', 'tabpanel');
    s.section.setAttribute('aria-labelledby', b.id);
    s.heading.textContent = s.title;
    b.setAttribute('aria-controls', (s.section.id = ctx.engine.uniqueId(`panel-${i}`)));
    nav.append(b);
    return b;
  });
  const select = (i: number, focus: boolean) => {
    steps.forEach((s, j) => (s.section.hidden = j !== i));
    buttons.forEach((b, j) => {
      b.ariaSelected = String(j === i);
      b.tabIndex = j === i ? 0 : -1;
    });
    if (focus) buttons[i].focus();
  };
  nav.addEventListener('click', (e) => {
    const i = buttons.indexOf((e.target as HTMLElement).closest('button')!);
    if (i >= 0) select(i, false);
  });
  nav.addEventListener('keydown', (e) => {
    const cur = buttons.indexOf(e.target as HTMLButtonElement);
    const n = buttons.length;
    const to = { ArrowRight: cur + 1, ArrowLeft: cur - 1 + n, Home: 0, End: n - 1 }[e.key];
    if (to === undefined || cur < 0) return;
    e.preventDefault();
    select(to % n, true);
  });
  select(0, false);
  return {};
}

function wizardOf(ctx: RenderContext, el: HTMLElement, nav: HTMLElement, steps: Step[]) {
  const { t, engine } = ctx;
  nav.className = 'steps';
  nav.setAttribute('part', 'steps');
  nav.ariaLabel = t('form.steps');
  const actions = document.createElement('div');
  actions.className = 'step-nav';
  actions.setAttribute('part', 'step-nav');
  const prev = formButton(t('form.previous'), 'previous');
  const next = formButton(t('form.next'), 'next primary');
  const submit = formButton(t('form.submit'), 'submit primary');
  actions.append(prev, next, submit);
  el.append(actions);
  let current = 0;
  const visible = () => steps.filter((s) => !s.node.el.hidden);
  const show = (step: Step, focus: boolean) => {
    const vis = visible();
    current = steps.indexOf(step);
    const pos = vis.indexOf(step);
    steps.forEach((s) => (s.section.hidden = s !== step));
    nav.replaceChildren(
      ...vis.map((s, i) => {
        const li = document.createElement('li');
        li.textContent = s.title;
        const state = i < pos ? t('form.stepDone') : i === pos ? t('form.stepCurrent') : '';
        if (state)
          li.append(
            Object.assign(document.createElement('span'), {
              className: 'visually-hidden',
              textContent: ` (${state})`,
            }),
          );
        if (i === pos) li.setAttribute('aria-current', 'step');
        if (i < pos) li.className = 'done';
        return li;
      }),
    );
    step.heading.textContent = '';
    const count = Object.assign(document.createElement('span'), {
      className: 'step-count',
      textContent: t('form.step', { current: pos + 1, total: vis.length }),
    });
    step.heading.append(count, document.createTextNode(step.title));
    prev.hidden = pos === 0;
    next.hidden = pos === vis.length - 1;
    submit.hidden = !next.hidden;
    if (!next.hidden) next.textContent = t('form.stepNext', { title: vis[pos + 1].title });
    if (focus) step.heading.focus();
  };
  const stepErrors = async (step: Step) => {
    await engine.options.whenReady?.();
    engine.display.showFor(step.node.controls);
    return engine.display.shownControls().filter((c) => step.section.contains(c.el));
  };
  next.addEventListener('click', () => {
    const step = steps[current];
    void stepErrors(step).then((invalid) => {
      if (invalid.length) return invalid[0].focus();
      const vis = visible();
      show(vis[vis.indexOf(step) + 1], true);
    });
  });
  prev.addEventListener('click', () => {
    const vis = visible();
    show(vis[Math.max(0, vis.indexOf(steps[current]) - 1)], true);
  });
  submit.addEventListener('click', () => engine.options.onSubmit?.());
  show(steps[0], false);
  /** Shows the step holding a control (the error summary links into hidden steps). */
  const reveal = (c: ControlBinding) => {
    const s = steps.find((st) => st.section.contains(c.el));
    if (s && s !== steps[current]) show(s, false);
  };
  engine.revealers.push(reveal);
  return {};
}
