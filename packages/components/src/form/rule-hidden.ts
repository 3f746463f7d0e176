/**
 * How the page hides what a rule hides: `hidden`, and a mark that tells it from a wizard step or
 * a tab panel that is only not shown (the engine, before a rule's code is here; the form model's
 * state, once it decided).
 *
 * @example
 * hideByRule(node.el, !outcome.visible);
 */
export function hideByRule(el: HTMLElement, hide: boolean): void {
  el.hidden = hide;
  el.toggleAttribute('data-rule-hidden', hide);
}
