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
 * export default { plugins: [duikitDefinePlugin()] };
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [duikitDefinePlugin()],
};
