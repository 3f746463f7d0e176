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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [duikitDefinePlugin(), duikitDeclaredMembersPlugin()],
};
