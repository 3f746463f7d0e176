/**
 * The renderer registry: built-in renderers plus those a host registers, each with a ranked
 * tester; for every UI schema element the highest rank wins. A host may register a plain
 * renderer function or a custom element tag (see `elementRenderer`).
 *
 * @example
 * registerRenderer(rankWith(10, formatIs('phone')), elementRenderer('my-phone-input'), 'phone');
 */
import { scopeToPointer } from '@duikit/core/base';
import type { RenderContext, RenderedNode, Renderer, RendererEntry, Tester } from './contracts.js';
import { builtInRenderers } from './renderers/index.js';
import { findScope, readOnlyControl, requiredByScope } from '@duikit/core/form/schema';
import { NOT_APPLICABLE } from './testers.js';

const hostEntries: RendererEntry[] = [];
let entries: RendererEntry[] | undefined;

/**
 * Registers a renderer for every `<dui-form>` on the page. Registering the same `name` again
 * replaces the earlier entry.
 *
 * @example
 * registerRenderer(rankWith(10, formatIs('siret')), siretRenderer, 'siret');
 */
export function registerRenderer(tester: Tester, renderer: Renderer, name?: string): void {
  addHostEntry({ tester, renderer, name });
}

/**
 * Registers a renderer that loads on first use, like the built-in wizard or file widget: a form
 * that needs it shows a busy placeholder until `load` resolves; a form that never does never
 * downloads it.
 *
 * @example
 * registerLazyRenderer(rankWith(10, formatIs('body-map')), () => import('./body-map.js').then((m) => m.bodyMapRenderer), 'body-map');
 */
export function registerLazyRenderer(tester: Tester, load: () => Promise<Renderer>, name?: string): void {
  addHostEntry({ tester, load, name });
}

function addHostEntry(entry: RendererEntry): void {
  const i = entry.name ? hostEntries.findIndex((e) => e.name === entry.name) : -1;
  if (i >= 0) hostEntries.splice(i, 1);
  hostEntries.push(entry);
  entries = undefined;
}

/** Every registered entry (host entries first, so they win ties). */
export function rendererEntries(): RendererEntry[] {
  return (entries ??= [...hostEntries, ...builtInRenderers]);
}

function controlContext(ctx: RenderContext, scope: string): RenderContext | undefined {
  const schema = findScope(ctx.scopeSchema, scope);
  if (!schema) return undefined;
  const required = requiredByScope(ctx.scopeSchema, scope);
  const readonly = readOnlyControl(ctx.readonly, schema, ctx.uischema);
  return { ...ctx, schema, path: ctx.base + scopeToPointer(scope), required, readonly };
}

const loads = new WeakMap<RendererEntry, Promise<void>>();

/**
 * Loads an entry's renderer once per page and shows a busy placeholder meanwhile. During a mount
 * the form mounts again once it is here; after it (an array item added later) the element is
 * rendered in place of the placeholder. A chunk that fails to load leaves a message in its place
 * (not a spinner for ever) and is tried again by the next mount.
 */
function deferred(entry: RendererEntry, input: RenderContext, ctx: RenderContext): RenderedNode {
  let load = loads.get(entry);
  if (!load) {
    if (!entry.load)
      throw new Error(`<dui-form>: renderer "${entry.name ?? '?'}" has neither renderer nor load.`);
    load = entry.load().then((r) => void (entry.renderer = r));
    loads.set(entry, load);
  }
  const engine = ctx.engine;
  const el = document.createElement('div');
  el.className = 'loading';
  el.setAttribute('aria-busy', 'true');
  el.textContent = ctx.t('form.loading');
  const loaded = load.then(
    () => true,
    (err: unknown) => {
      loads.delete(entry);
      console.error(`<dui-form>: the "${entry.name ?? '?'}" renderer could not be loaded`, err);
      el.className = 'error';
      el.removeAttribute('aria-busy');
      el.role = 'alert';
      el.textContent = ctx.t('form.loadFailed');
      return false;
    },
  );
  if (engine.mounting) {
    engine.loading.push(loaded);
    engine.remount = true;
  } else {
    const placed = loaded.then((ok) => {
      if (!ok || !el.isConnected) return;
      el.replaceWith(renderNode(input).el);
      engine.model.applyAll();
      engine.display.refresh(false);
    });
    engine.options.onLoading?.(placed);
  }
  return { el, controls: [] };
}

/**
 * What stands for an element the form cannot render (a scope that designates nothing, no
 * renderer): a console warning naming it for the developer, and an empty hidden marker in the
 * form, so the person sees the rest of the form and no half-translated notice.
 */
function notice(ctx: RenderContext, where: string, what: string): RenderedNode {
  console.warn(`<dui-form>: ${where} ${what}; the rest of the form is rendered.`, ctx.uischema);
  const el = Object.assign(document.createElement('div'), { hidden: true });
  el.dataset.unsupported = where;
  return { el, controls: [] };
}

/**
 * Renders one UI schema element with the best renderer, then binds its rule. An element no
 * renderer accepts shows a visible notice naming its scope (and warns in the console) rather
 * than disappearing silently.
 *
 * @example
 * const node = renderNode(ctx);
 */
export function renderNode(input: RenderContext): RenderedNode {
  const ui = input.uischema;
  const scoped = ui.type === 'Control' || ui.type === 'ListWithDetail';
  const found = scoped ? controlContext(input, ui.scope) : { ...input };
  if (!found) return notice(input, `${ui.type} ${(ui as { scope: string }).scope}`, 'designates nothing');
  const ctx: RenderContext = found;
  // The form model's scope of this rule: what it renders inside is hidden and disabled with it.
  if (ui.rule) ctx.ruleScope = { rule: ui.rule, base: ctx.base, parent: input.ruleScope };
  // Children inherit this element's context (base, item schema, disposal scope), not the root's.
  ctx.render = (child, o) => renderNode({ ...ctx, ...o, uischema: child });
  let best: RendererEntry | undefined;
  let rank = NOT_APPLICABLE;
  for (const e of rendererEntries()) {
    const r = e.tester(ui, ctx.schema, ctx);
    if (r > rank) [best, rank] = [e, r];
  }
  let node: RenderedNode;
  if (best && !best.renderer) {
    node = deferred(best, input, ctx);
    // After a mount the element renders itself in place, rule included: bind nothing here.
    if (!ctx.engine.mounting) return node;
  } else if (!best) {
    node = notice(ctx, scoped ? ui.scope : ui.type, 'has no renderer');
  } else node = best.renderer!(ctx);
  if (ui.rule) {
    const fieldset = node.el instanceof HTMLFieldSetElement ? node.el : undefined;
    ctx.onDispose(ctx.engine.addRule({ rule: ui.rule, scope: ctx.ruleScope!, node, fieldset }));
  }
  return node;
}
