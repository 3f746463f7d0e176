/**
 * `@duikit/components/form-formats/widgets`: formats that choose a control and check nothing
 * (any string passes), declared so that ajv's strict mode knows them.
 *
 * @example
 * import { signature } from '@duikit/components/form-formats/widgets';
 * signature === true; // true
 *
 * @packageDocumentation
 */

/** A signature pad; the value is the drawing as a data URL. @example signature === true */
export const signature = true;
/** A file attachment; the value is what the host's upload hook returned. @example file === true */
export const file = true;
/** An enum shown as radio buttons rather than a select. @example radio === true */
export const radio = true;
