/**
 * `@duikit/components/form-formats/standard`: core's checks of the usual JSON Schema formats
 * (ported from ajv-formats), as `<dui-form>` validates them.
 *
 * @example
 * import { email } from '@duikit/components/form-formats/standard';
 * email.validate('accueil@ehpad.fr'); // true
 *
 * @packageDocumentation
 */
export { duration, email, uri, uriReference as 'uri-reference', uuid } from '@duikit/core/formats/standard';
