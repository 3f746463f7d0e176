/**
 * `@duikit/components/form-formats/identifiers`: the keys of French health identifiers. `ins-nir`
 * and `finess` are core's checks of a well-shaped value; `ins` takes the INS matricule as people
 * type it, spaces allowed.
 *
 * @example
 * import { ins } from '@duikit/components/form-formats/identifiers';
 * ins.validate('2 55 08 2A 001 015 62'); // true
 *
 * @packageDocumentation
 */
export { insNir as 'ins-nir', finess } from '@duikit/core/formats/identifiers';
export { insFormat as ins } from '@duikit/core/form/identifiers';
