/**
 * Request validation with our own Ajv 2020-12 instances. Fastify's built-in compiler only builds
 * draft-07 Ajv, which rejects the project's 2020-12 schemas (STACK-MORE §3.3), so we supply the
 * compiler: one strict, non-coercing instance for bodies (a wrong type is an error, never
 * silently fixed) and one coercing instance for query strings and path parameters.
 */
import type { FastifyInstance } from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { apiSchemas, configureAjv, schemaDefs, schemas } from '@duikit/core';

// ajv-formats is CommonJS: its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ??
  addFormatsImport) as typeof addFormatsImport;

/** A JSON Schema with an `$id`, shared between routes (and published in the OpenAPI document). */
export interface SharedSchema {
  $id: string;
  [keyword: string]: unknown;
}

/**
 * `$schema` is not a keyword a response serialiser or the OpenAPI document needs, and the
 * serialiser (fast-json-stringify) resolves a `$ref` only when it is absolute: every `$ref` is made
 * absolute against the schema's own `$id`.
 */
function withoutMetaSchema(schema: SharedSchema): SharedSchema {
  const { $schema: _ignored, ...rest } = schema;
  return absoluteRefs(rest, rest.$id) as SharedSchema;
}

/**
 * A schema whose `$ref`s are absolute URIs, so it resolves wherever it is used.
 *
 * @example
 * absoluteRefs({ $ref: 'common.schema.json#/$defs/id' }, 'https://duikit.dev/schemas/api/x.schema.json');
 * // { $ref: 'https://duikit.dev/schemas/api/common.schema.json#/$defs/id' }
 */
export function absoluteRefs(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((n) => absoluteRefs(n, base));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string'
        ? new URL(v, base).href
        : ['enum', 'const', 'default', 'examples'].includes(k)
          ? v
          : absoluteRefs(v, base),
    ]),
  );
}

/**
 * Installs the two Ajv instances as Fastify's validator compiler and registers the shared
 * schemas with both Ajv (for `$ref` resolution) and Fastify (for the OpenAPI document).
 *
 * @example
 * installValidation(app, [identitySchema, stayPayloadSchema]);
 */
export function installValidation(app: FastifyInstance, shared: readonly SharedSchema[] = []): void {
  // As the generator of the precompiled validators: strict, except that `if`/`then` blocks may
  // require properties their parent declares (strictRequired).
  const common = {
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
    allowUnionTypes: true,
    inlineRefs: false,
  } as const;
  const body = new Ajv2020({ ...common, coerceTypes: false });
  const query = new Ajv2020({ ...common, coerceTypes: 'array', useDefaults: true });
  for (const ajv of [body, query]) {
    addFormats(ajv);
    // The DUI Kit formats (ins-nir, finess) and annotation keywords, as everywhere else.
    configureAjv(ajv);
  }
  for (const schema of shared) {
    const clean = withoutMetaSchema(schema);
    if (!body.getSchema(clean.$id)) body.addSchema(clean);
    if (!query.getSchema(clean.$id)) query.addSchema(clean);
    app.addSchema(clean);
  }
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? body : query).compile(schema as object),
  );
}

/**
 * The project's JSON Schemas (`schemas/`), as shipped in `@duikit/core`: the user file and its
 * parts, the shared definitions they reference, and the contract's shapes (`schemas/api/`).
 *
 * @example
 * installValidation(app, projectSchemas());
 */
export function projectSchemas(): SharedSchema[] {
  return [
    ...Object.values(schemaDefs),
    ...Object.values(schemas),
    ...Object.values(apiSchemas),
  ] as unknown as SharedSchema[];
}
