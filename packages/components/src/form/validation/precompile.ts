/**
 * `@duikit/components/precompile` (build time, Node): turns a form's JSON Schema into the source
 * of a standalone validator for `<dui-form validator=…>`, so CSP-strict pages (no `unsafe-eval`)
 * validate without shipping a compiler. Same options, formats and bilingual messages as the
 * element's run-time compiler; formats are imported one by one from
 * `@duikit/components/form-formats`, so the page carries only the checks the schema uses.
 *
 * @example
 * import { precompileFormValidator } from '@duikit/components/precompile';
 * writeFileSync('admission.validator.js', precompileFormValidator(admissionSchema));
 * // in the page: import validate from './admission.validator.js'; form.validator = validate;
 */
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft7, { _, type Format } from 'ajv';
import ajvErrors from 'ajv-errors';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { ANNOTATION_KEYWORDS, prepareSchema } from '@duikit/core/form/ajv-options';
import * as calendar from './formats/calendar.js';
import * as standard from './formats/standard.js';
import * as identifiers from './formats/identifiers.js';
import * as widgets from './formats/widgets.js';
import { hoistSchemaLeaves } from './hoist-schema.js';

/** Options of {@link precompileFormValidator}. */
export interface PrecompileOptions {
  /**
   * One module the generated code imports every format from, by name. By default each format
   * comes from its group's module (`@duikit/components/form-formats/calendar`…), so the page
   * reaches no other group's file.
   */
  formatsModule?: string;
}

/** The module of each format: a bundler keeps whole files, so a `date` check must not pull the INS key. */
const GROUPS: Record<string, Record<string, Format>> = { calendar, standard, identifiers, widgets };
const FORMAT_MODULES = new Map(
  Object.entries(GROUPS).flatMap(([group, formats]) =>
    Object.keys(formats).map((name) => [name, `@duikit/components/form-formats/${group}`] as const),
  ),
);

const FORMATS = '__duikitFormats';
const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

/**
 * Returns ES module source whose default export validates data against `schema` (2020-12, or
 * draft-07 when its `$schema` says so) and leaves ajv errors on `.errors`, the shape `<dui-form>`'s
 * `validator` property takes. Throws, naming the schema path, when the schema does not compile.
 *
 * @example
 * const source = precompileFormValidator({ type: 'object', properties: { birthDate: { type: 'string', format: 'date' } } });
 */
export function precompileFormValidator(schema: object, options: PrecompileOptions = {}): string {
  const formatsModule = (name: string) => options.formatsModule ?? FORMAT_MODULES.get(name)!;
  const { $schema } = schema as { $schema?: unknown };
  const draft7 = typeof $schema === 'string' && DRAFT_07.test($schema);
  const Ajv = draft7 ? AjvDraft7 : Ajv2020;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // ajv's English messages are never shown (the form words errors from its catalogues); only
    // custom `errorMessage`s need the message machinery.
    messages: /"(x-)?errorMessage"\s*:/.test(JSON.stringify(schema)),
    code: { source: true, esm: true, optimize: true, formats: _`__duikitFormats` },
  });
  for (const formats of Object.values(GROUPS))
    for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  for (const keyword of ANNOTATION_KEYWORDS) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  ajvErrors(ajv);
  let source: string;
  try {
    source = standaloneCode(ajv, ajv.compile(prepareSchema(schema)));
  } catch (err) {
    throw new Error(`precompileFormValidator: the schema does not compile: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return toEsm(hoistSchemaLeaves(source), formatsModule);
}

/**
 * ajv's "ESM" output still `require()`s its run-time helpers (`ucs2length`, `equal`…); a browser
 * needs imports. Each distinct module becomes one namespace import at the top.
 */
function toEsm(source: string, formatsModule: (format: string) => string): string {
  const imports = new Map<string, string>();
  const body = source.replace(/require\("([^"]+)"\)(\.default)?/g, (_m, spec: string, dflt?: string) => {
    let name = imports.get(spec);
    if (!name) imports.set(spec, (name = `__ajv${imports.size}`));
    // Bundlers expose the CommonJS `exports.default` as `default`; Node as `default.default`.
    return dflt ? `(${name}.default.default ?? ${name}.default)` : name;
  });
  // Named imports of the formats used (not a namespace): bundlers then keep only those.
  const used = new Set<string>();
  const formatRef = new RegExp(`${FORMATS}(?:\\.([\\w$]+)|\\[("[^"]+")\\])`, 'g');
  for (const m of body.matchAll(formatRef)) used.add(m[1] ?? (JSON.parse(m[2]) as string));
  const names = [...used].map((name, i) => [name, `__format${i}`] as const);
  const byModule = new Map<string, string[]>();
  for (const [name, local] of names) {
    const spec = formatsModule(name);
    byModule.set(spec, [...(byModule.get(spec) ?? []), `${JSON.stringify(name)} as ${local}`]);
  }
  const head = [...byModule].map(
    ([spec, list]) => `import { ${list.join(', ')} } from ${JSON.stringify(spec)};`,
  );
  if (names.length > 0)
    head.push(
      `const ${FORMATS} = { ${names.map(([n, local]) => `${JSON.stringify(n)}: ${local}`).join(', ')} };`,
    );
  // ajv has no `exports` map: Node's ESM loader needs the file extension.
  for (const [spec, name] of imports)
    head.push(`import * as ${name} from ${JSON.stringify(/\.[cm]?js$/.test(spec) ? spec : `${spec}.js`)};`);
  return `${head.join('\n')}\n${body.replace(/^"use strict";/, '')}`;
}
