// Configuration of @custom-elements-manifest/analyzer for @duikit/components.
// Run it through `node scripts/build-manifest.mjs` (part of `npm run build`), which runs the
// analyzer inside packages/components so that module paths are relative to the package that
// ships the manifest. `packagejson: false`: the analyzer would otherwise rewrite the package's
// package.json (its `customElements` field is maintained by hand).

/**
 * DUI Kit registers tags through `define('dui-x', DuiX)` (packages/components/src/define/define.ts),
 * which the analyzer does not recognise as `customElements.define`. This plugin records those
 * calls as `custom-element-definition` exports and gives each class its `tagName`, so Storybook,
 * the VS Code data and the JSX typings know every tag.
 *
 * @example
 * const config = { plugins: [duikitDefinePlugin()] };
 */
export function duikitDefinePlugin() {
  /** @type {{ tag: string, className: string, module: string }[]} */
  const found = [];
  return {
    name: 'duikit-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define' || node.arguments.length !== 2) return;
      const [tag, ctor] = node.arguments;
      if (!ts.isStringLiteral(tag) || !ts.isIdentifier(ctor) || !tag.text.includes('-')) return;
      found.push({ tag: tag.text, className: ctor.text, module: moduleDoc.path });
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, module } of found) {
        const home = customElementsManifest.modules.find((m) =>
          (m.declarations ?? []).some((d) => d.kind === 'class' && d.name === className),
        );
        if (!home) continue;
        const klass = home.declarations.find((d) => d.kind === 'class' && d.name === className);
        klass.tagName ??= tag;
        klass.customElement = true;
        const definingModule = customElementsManifest.modules.find((m) => m.path === module);
        const def = definingModule?.exports?.find(
          (e) => e.kind === 'custom-element-definition' && e.name === tag,
        );
        if (def) def.declaration = { name: className, module: home.path };
      }
    },
  };
}

const hasTag = (ts, node, names) => ts.getJSDocTags(node).some((t) => names.includes(t.tagName.getText()));

/**
 * Keeps only what a class really declares. The analyzer also turns constructor assignments into
 * members — `this.internals = this.attachInternals()` loses the field's `@internal` tag, and
 * `this.body.className = 'body'` even invents a `className` member — so this plugin records each
 * class's declared members (and which are `@internal` / `@ignore`) and filters the manifest by
 * them. Inherited members (`inheritedFrom`) are kept.
 *
 * @example
 * const config = { plugins: [duikitDeclaredMembersPlugin()] };
 */
export function duikitDeclaredMembersPlugin() {
  /** @type {Map<string, { declared: Set<string>, internal: Set<string> }>} */
  const classes = new Map();
  return {
    name: 'duikit-declared-members',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const info = { declared: new Set(), internal: new Set() };
      for (const member of node.members) {
        // Constructor parameter properties (`constructor(private x)`) are members too.
        const named = ts.isConstructorDeclaration(member)
          ? member.parameters.filter((p) => ts.getModifiers(p)?.length)
          : [member];
        for (const m of named) {
          if (!m.name || !ts.isIdentifier(m.name)) continue;
          (hasTag(ts, m, ['internal', 'ignore']) ? info.internal : info.declared).add(m.name.text);
        }
      }
      classes.set(`${moduleDoc.path}#${node.name.text}`, info);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          const info = d.kind === 'class' && classes.get(`${mod.path}#${d.name}`);
          if (!info) continue;
          const keep = (name) => info.declared.has(name) && !info.internal.has(name);
          if (d.members) d.members = d.members.filter((m) => m.inheritedFrom || keep(m.name));
          if (d.attributes) {
            d.attributes = d.attributes.filter((a) => a.inheritedFrom || !a.fieldName || keep(a.fieldName));
          }
        }
      }
    },
  };
}

/** `src/a/b.ts` + `../c.js` → `src/c.ts` (relative specifiers only). */
function resolveModule(from, specifier) {
  const parts = from.split('/').slice(0, -1);
  for (const seg of specifier.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/** The texts an expression can take when it is made of literals (`a ? 'x' : \`y ${z}\``). */
function staticTexts(ts, node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.getText().slice(1, -1)];
  if (ts.isConditionalExpression(node))
    return [...staticTexts(ts, node.whenTrue), ...staticTexts(ts, node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return staticTexts(ts, node.expression);
  return [];
}

const stringOf = (ts, node) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/**
 * Completes each element's events, CSS parts and CSS custom properties from the code, so the
 * manifest carries every one of them, not only those a JSDoc tag names:
 * - an event's `type` is the `CustomEvent<Detail>` declared for it in
 *   `GlobalEventHandlersEventMap` (type aliases resolved), and `detail` the detail interface's
 *   members;
 * - every `part="…"` written in the `html` templates the element reaches (its modules and the
 *   ones they import, dynamically too, stopping at other elements) is a CSS part; one the JSDoc
 *   does not name is added without a description, which `checkManifest` reports as a gap;
 * - every token read with `token('x')` or `var(--dui-x` in those modules is a custom property,
 *   described from `TOKEN_DESCRIPTIONS` with its built-in value from `TOKENS` as default.
 *
 * @example
 * const config = { plugins: [duikitCodeFactsPlugin()] };
 */
export function duikitCodeFactsPlugin() {
  /** @type {Map<string, { imports: Set<string>, parts: Set<string>, tokens: Set<string>, partDocs: Map<string, string> }>} */
  const modules = new Map();
  const aliases = new Map();
  const interfaces = new Map();
  const eventTypes = new Map();
  const tokenDocs = new Map();
  const tokenDefaults = new Map();
  const factsOf = (path) => {
    if (!modules.has(path))
      modules.set(path, { imports: new Set(), parts: new Set(), tokens: new Set(), partDocs: new Map() });
    return modules.get(path);
  };
  const objectEntries = (ts, init) =>
    init && ts.isObjectLiteralExpression(init)
      ? init.properties
          .filter(ts.isPropertyAssignment)
          .map((p) => [stringOf(ts, p.name) ?? p.name.getText(), p.initializer])
      : [];
  return {
    name: 'duikit-code-facts',
    analyzePhase({ ts, node, moduleDoc }) {
      const facts = factsOf(moduleDoc.path);
      if (ts.isSourceFile(node)) {
        // Parts documented where a shared template renders them (`@csspart x - …` in any JSDoc).
        for (const block of node.text.match(/\/\*\*[\s\S]*?\*\//g) ?? [])
          for (const m of block.matchAll(/@csspart\s+([\w-]+)\s+-\s+(.+)/g))
            facts.partDocs.set(m[1], m[2].trim());
      }
      const spec =
        ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
          stringOf(ts, node.moduleSpecifier)) ||
        (ts.isCallExpression(node) &&
          node.expression.kind === ts.SyntaxKind.ImportKeyword &&
          stringOf(ts, node.arguments[0]));
      if (typeof spec === 'string' && spec.startsWith('.'))
        facts.imports.add(resolveModule(moduleDoc.path, spec));
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'token') {
        const name = stringOf(ts, node.arguments[0]);
        if (name) facts.tokens.add(name);
      }
      const addParts = (list) => {
        for (const name of list.replace(/[\w-]*\$\{[^}]*\}[\w-]*/g, ' ').split(/\s+/))
          if (name) facts.parts.add(name);
      };
      // `el.setAttribute('part', 'hint')` (the form builds some of its DOM imperatively).
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'setAttribute' &&
        stringOf(ts, node.arguments[0]) === 'part' &&
        node.arguments[1]
      )
        for (const text of staticTexts(ts, node.arguments[1])) addParts(text);
      // `part="…"` in plain strings of HTML, as in lit templates.
      if (
        ts.isStringLiteral(node) ||
        (ts.isTemplateLiteral(node) && !ts.isTaggedTemplateExpression(node.parent))
      )
        for (const m of node.getText().matchAll(/(?<![\w-])part="([^"]*)"/g)) addParts(m[1]);
      if (ts.isTaggedTemplateExpression(node) && ['html', 'svg', 'css'].includes(node.tag.getText())) {
        const text = node.template.getText();
        for (const m of text.matchAll(/--dui-([a-z0-9-]+)/g)) facts.tokens.add(m[1]);
        // `part="a b ${cond ? 'c' : ''}"`: the static names; a dynamic one is documented by hand.
        for (const m of text.matchAll(/(?<![\w-])part="([^"]*)"/g)) addParts(m[1]);
      }
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type.getText());
      if (ts.isInterfaceDeclaration(node) && node.name.text !== 'GlobalEventHandlersEventMap') {
        const members = node.members.map((m) =>
          m
            .getText()
            .replace(/\s*\/\*\*[\s\S]*?\*\/\s*/g, '')
            .trim(),
        );
        interfaces.set(node.name.text, `{ ${members.join(' ')} }`);
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const m of node.members) {
          const name = ts.isPropertySignature(m) && stringOf(ts, m.name);
          if (name?.startsWith('dui-') && m.type) eventTypes.set(name, m.type.getText());
        }
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
        let init = node.initializer;
        while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init))) init = init.expression;
        if (node.name.text === 'TOKEN_DESCRIPTIONS')
          for (const [k, v] of objectEntries(ts, init))
            if (stringOf(ts, v)) tokenDocs.set(k, stringOf(ts, v));
        if (node.name.text === 'TOKENS')
          for (const [k, v] of objectEntries(ts, init)) {
            const light = objectEntries(ts, v).find(([p]) => p === 'light');
            if (light && stringOf(ts, light[1])) tokenDefaults.set(k, stringOf(ts, light[1]));
          }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const homes = new Set();
      const elements = [];
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind === 'class' && d.customElement && d.tagName) {
            homes.add(mod.path);
            elements.push([mod.path, d]);
          }
        }
        for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') homes.add(mod.path);
      }
      const resolveType = (text) => {
        for (let i = 0; i < 5 && aliases.has(text); i++) text = aliases.get(text);
        return text;
      };
      for (const [home, el] of elements) {
        const reached = new Set([home]);
        const queue = [home];
        while (queue.length) {
          for (const next of modules.get(queue.shift())?.imports ?? []) {
            if (reached.has(next) || (homes.has(next) && next !== home)) continue;
            reached.add(next);
            queue.push(next);
          }
        }
        const parts = new Set();
        const tokens = new Set();
        const partDocs = new Map();
        for (const path of reached) {
          const facts = modules.get(path);
          for (const p of facts?.parts ?? []) parts.add(p);
          for (const t of facts?.tokens ?? []) tokens.add(t);
          for (const [name, doc] of facts?.partDocs ?? []) if (path !== home) partDocs.set(name, doc);
        }
        el.cssParts ??= [];
        const documented = [...el.cssParts];
        for (const name of [...parts].sort()) {
          if (el.cssParts.some((p) => p.name === name)) continue;
          // A piece named in backticks in another part's description (`button`: "`submit`,
          // `next`… name them") is that part's; otherwise a shared module may document it.
          const owner = documented.find((p) => p.description?.includes(`\`${name}\``));
          const description = owner
            ? `A \`${owner.name}\` part: ${owner.description}`
            : (partDocs.get(name) ?? '');
          el.cssParts.push({ name, description });
        }
        el.cssProperties ??= [];
        for (const name of [...tokens].sort()) {
          const prop = `--dui-${name}`;
          const known = el.cssProperties.find((p) => p.name === prop);
          const fromCode = {
            name: prop,
            description: tokenDocs.get(name) ?? '',
            default: tokenDefaults.get(name),
          };
          if (!known) el.cssProperties.push(fromCode);
          else known.default ??= fromCode.default;
        }
        for (const event of el.events ?? []) {
          const declared = eventTypes.get(event.name);
          if (!declared) continue;
          const type = resolveType(declared);
          event.type = { text: type };
          const detail = /^CustomEvent<(\w+)>$/.exec(type)?.[1];
          if (detail && interfaces.has(detail)) event.detail = { name: detail, text: interfaces.get(detail) };
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [duikitDefinePlugin(), duikitDeclaredMembersPlugin(), duikitCodeFactsPlugin()],
};
