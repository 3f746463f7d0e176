/**
 * JSON Schema semantics, one for the whole kit: ajv is the reference. This module compiles a
 * schema given at run time (a form definition's response schema, an event payload schema) the
 * way `<dui-form>` compiles it in a page: JSON Schema 2020-12 (draft-07 when `$schema` says so),
 * every error at once, the form formats (wall-clock `time`, spaced INS, widget formats), core's
 * annotation keywords and bilingual custom messages (`form/ajv-options.ts`).
 *
 * ajv itself loads on first use (`loadAjv`, awaited by the workflow runtime's `send`): bundles that
 * import core without running workflows never carry the compiler. Until it is here, where it
 * cannot load, or where a Content-Security-Policy forbids compiling (`EvalError`), the schema is
 * interpreted (`form/interpret.ts`), whose verdicts a differential test holds to ajv's.
 *
 * @example
 * await loadAjv();
 * compileSchema({ type: 'object', required: ['reason'] })({});
 * // [{ keyword: 'required', instancePath: '', params: { missingProperty: 'reason' } }]
 */
import type AjvCore from 'ajv/dist/core.js';
import {
  configureFormAjv,
  FORM_AJV_OPTIONS,
  prepareSchema,
  type FormAjvPlugins,
} from '../form/ajv-options.js';
import { interpretSchema } from '../form/interpret.js';
import type { SchemaValidator } from '../form/response.js';

type AjvClass = new (options: object) => AjvCore;

interface Loaded {
  Ajv2020: AjvClass;
  AjvDraft7: AjvClass;
  plugins: FormAjvPlugins;
}

let loaded: Loaded | undefined;
let loading: Promise<void> | undefined;
let draft2020: AjvCore | undefined;
let draft7: AjvCore | undefined;
const compiled = new WeakMap<object, SchemaValidator>();
const interpreted = new WeakMap<object, SchemaValidator>();

/** The default export of a CommonJS module, whichever way the loader exposes it. */
const cjs = <T>(m: unknown): T => {
  const d = (m as { default?: { default?: unknown } }).default;
  return (d?.default ?? d ?? m) as T;
};

/**
 * Loads ajv and its plugins (once). A failed load leaves the interpreter in charge.
 *
 * @example
 * await loadAjv();
 */
export function loadAjv(): Promise<void> {
  return (loading ??= Promise.all([
    import('ajv/dist/2020.js'),
    import('ajv'),
    import('ajv-errors'),
    import('ajv-formats'),
  ]).then(
    ([a2020, a7, errors, formats]) => {
      loaded = {
        Ajv2020: cjs<AjvClass>(a2020),
        AjvDraft7: cjs<AjvClass>(a7),
        plugins: { ajvErrors: cjs(errors), addFormats: cjs(formats) },
      };
    },
    () => undefined,
  ));
}

function interpret(schema: object): SchemaValidator {
  let v = interpreted.get(schema);
  if (!v) interpreted.set(schema, (v = interpretSchema(schema)));
  return v;
}

/**
 * A validator for the schema (cached per schema object): ajv's once loaded, else the
 * interpreter. Throws ajv's message for a schema that does not compile.
 *
 * @example
 * compileSchema(form.schema)(response); // ajv errors, or null when valid
 */
export function compileSchema(schema: object): SchemaValidator {
  if (!loaded) return interpret(schema);
  let v = compiled.get(schema);
  if (v) return v;
  const declared = (schema as { $schema?: unknown }).$schema;
  const old = typeof declared === 'string' && /draft-0[67]/.test(declared);
  const { Ajv2020, AjvDraft7, plugins } = loaded;
  try {
    const ajv = old
      ? (draft7 ??= configureFormAjv(new AjvDraft7(FORM_AJV_OPTIONS), plugins))
      : (draft2020 ??= configureFormAjv(new Ajv2020(FORM_AJV_OPTIONS), plugins));
    const validate = ajv.compile(prepareSchema(schema));
    v = (data) => (validate(data) ? null : (validate.errors ?? []));
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    v = interpret(schema);
  }
  compiled.set(schema, v);
  return v;
}
