/**
 * `@duikit/server`: the HTTP API over the engine and the reference host app.
 *
 * @packageDocumentation
 */
export const SERVER_PLACEHOLDER = true;
