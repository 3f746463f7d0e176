/**
 * Small JSON Schemas shared by the routes' envelopes. Every object refuses unknown fields, so a
 * typo in a field name is a 400 naming it instead of being silently ignored.
 */

/** A closed object with the given properties. */
export function closed(properties: Record<string, unknown>, required: string[] = []) {
  return { type: 'object', additionalProperties: false, properties, required } as const;
}

/** Ids of files, instances, items: no slashes, bounded. */
export const idParam = { type: 'string', pattern: '^[A-Za-z0-9._:@-]{1,128}$' } as const;

/** `expectedVersion` for optimistic concurrency. */
export const version = { type: 'integer', minimum: 1 } as const;

/** Any JSON object: its content is validated by the engine against the user-file schema. */
export const anyObject = { type: 'object' } as const;

/** Data categories of the access policy. */
export const category = {
  enum: ['administrative', 'social', 'financial', 'health', 'psychological', 'support-plan', 'documents'],
} as const;

/** Path parameters `{ id }`. */
export const idParams = closed({ id: idParam }, ['id']);

/** A reason given by a person (break-the-glass, rectification). */
export const reason = { type: 'string', minLength: 3, maxLength: 1000 } as const;
