/**
 * `@duikit/core/config`: what configuration tools (the `duikit` command line, the workbench)
 * need beyond the engine: parsing a file's text with a located, translated syntax error, and
 * finding where a JSON Pointer is in that text. Kept out of the main entry so pages that only
 * run the engine or show screens never load the JSON scanner.
 *
 * @packageDocumentation
 */
export { parseJsonText, locatePointer, lineColumn } from './json/parse-text.js';
