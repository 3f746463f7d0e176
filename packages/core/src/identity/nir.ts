/**
 * The NIR (and NIA) against the identity traits: the first digit is the sex, digits 2–3 the
 * last two digits of the birth year, digits 4–5 the birth month (INSEE registration number; the
 * INS matricule is the NIR, or the NIA while a NIR is pending, CSP R1111-8-1).
 */

/**
 * Months of a NIR that stand for an unknown or incomplete birth date (INSEE: 20, 30 to 42 and
 * 50 to 99 for persons born abroad whose civil status is incomplete) [K: configurable].
 */
export function isPseudoMonth(month: number): boolean {
  return month === 20 || (month >= 30 && month <= 42) || month >= 50;
}

/** Which trait of the identity the matricule contradicts. */
export type NirMismatch = 'sex' | 'birthYear' | 'birthMonth';

/**
 * The first trait the matricule contradicts, or `undefined` when it agrees with the traits given
 * (a trait not given is not checked).
 *
 * @example
 * nirMismatch('241057505612345', { sex: 'F', birthDate: '1990-12-01' }); // 'birthYear'
 * nirMismatch('290127505612345', { sex: 'F', birthDate: '1990-12-01' }); // undefined
 */
export function nirMismatch(
  matricule: string,
  traits: { sex?: unknown; birthDate?: unknown },
): NirMismatch | undefined {
  if (!/^[0-9]{5}/.test(matricule)) return undefined; // the pattern and the key are the schema's job
  const first = matricule[0];
  if (traits.sex === 'M' && !'137'.includes(first)) return 'sex';
  if (traits.sex === 'F' && !'248'.includes(first)) return 'sex';
  if (typeof traits.birthDate !== 'string' || !/^\d{4}-\d{2}/.test(traits.birthDate)) return undefined;
  if (matricule.slice(1, 3) !== traits.birthDate.slice(2, 4)) return 'birthYear';
  const month = Number(matricule.slice(3, 5));
  if (!isPseudoMonth(month) && month !== Number(traits.birthDate.slice(5, 7))) return 'birthMonth';
  return undefined;
}
