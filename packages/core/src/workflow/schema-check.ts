/**
 * Structural validation of workflow, form and variant files against `schemas/*.schema.json`
 * (ajv 2020-12), with errors turned into `pointer: message` problems a configurator can act on.
 * ajv generates code (`new Function`): this runs in Node and in browsers without a strict CSP;
 * hosts under a strict CSP validate with the CLI and pass `lint: false` to the registry.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import workflowSchema from '../../../../schemas/workflow.schema.json';
import formSchema from '../../../../schemas/form-definition.schema.json';
import variantSchema from '../../../../schemas/workflow-variant.schema.json';
import type { WorkflowProblem } from './types.js';

// ajv-formats is CommonJS: its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ??
  addFormatsImport) as typeof addFormatsImport;

/** The three kinds of configuration file. */
export type WorkflowFileKind = 'workflow' | 'form' | 'variant';

let validators: Record<WorkflowFileKind, ValidateFunction> | undefined;

/** A fresh strict ajv, the one that decides whether a payload or form schema "compiles". */
export function createStrictAjv(): Ajv2020 {
  // strictTypes off: condition schemas such as { minLength: 5 } (no "type") are normal in JSON Forms rules.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  // Documentation keywords allowed in DUI Kit schemas.
  ajv.addKeyword({ keyword: 'x-tddui' });
  ajv.addKeyword({ keyword: 'x-category' });
  return ajv;
}

let shared: Ajv2020 | undefined;

/** The strict ajv the linter shares between calls (compiled schemas are memoised by text). */
export function strictAjv(): Ajv2020 {
  return (shared ??= createStrictAjv());
}

function getValidators(): Record<WorkflowFileKind, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validators = {
      workflow: ajv.compile(workflowSchema),
      form: ajv.compile(formSchema),
      variant: ajv.compile(variantSchema),
    };
  }
  return validators;
}

function describe(e: ErrorObject): WorkflowProblem {
  const at = e.instancePath || '';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        pointer: `${at}/${String(p.additionalProperty)}`,
        message: 'unknown property',
        code: 'schema',
      };
    case 'required':
      return {
        pointer: at || '/',
        message: `missing required property "${String(p.missingProperty)}"`,
        code: 'schema',
      };
    case 'enum':
      return {
        pointer: at || '/',
        message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        code: 'schema',
      };
    case 'pattern':
      return { pointer: at || '/', message: `does not match ${String(p.pattern)}`, code: 'schema' };
    default:
      return { pointer: at || '/', message: e.message ?? e.keyword, code: 'schema' };
  }
}

/**
 * Validates a parsed file against its kind's schema. Branch failures of `oneOf`/`anyOf` are
 * reduced to the errors of the branch that got furthest, so a configurator reads one reason.
 *
 * @example
 * checkSchema('workflow', { id: 'x' }); // [{ pointer: '/', message: 'missing required property "version"', … }]
 */
export function checkSchema(kind: WorkflowFileKind, doc: unknown): WorkflowProblem[] {
  const validate = getValidators()[kind];
  if (validate(doc)) return [];
  const errors = (validate.errors ?? []).filter(
    (e) => !['oneOf', 'anyOf', 'if', 'not'].includes(e.keyword) || e.schemaPath.endsWith('/not'),
  );
  // Keep only the deepest errors under each alternative: shallow "must be string" errors of a
  // rejected branch hide the useful one (e.g. a missing "name" in a guard object).
  const deepest = errors.filter(
    (e) =>
      !errors.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`) && e.keyword === 'type'),
  );
  const seen = new Set<string>();
  const out: WorkflowProblem[] = [];
  for (const e of deepest.length ? deepest : (validate.errors ?? [])) {
    const d = describe(e);
    const key = `${d.pointer}\u0000${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

const compileErrors = new Map<string, string | null>();

/**
 * Whether a JSON Schema embedded in a definition compiles under strict ajv; the error text if
 * not. Results are memoised by schema text: variants repeat their base's schemas.
 *
 * @example
 * schemaCompileError(createStrictAjv(), { type: 'strng' }); // 'schema is invalid: data/type must be …'
 */
export function schemaCompileError(ajv: Ajv2020, schema: unknown): string | undefined {
  const key = JSON.stringify(schema);
  const known = compileErrors.get(key);
  if (known !== undefined) return known ?? undefined;
  let error: string | null = null;
  try {
    ajv.compile(schema as object);
  } catch (e) {
    error = (e as Error).message;
  }
  if (compileErrors.size > 5000) compileErrors.clear();
  compileErrors.set(key, error);
  return error ?? undefined;
}
