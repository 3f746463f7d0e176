/**
 * The establishment configuration (`workflows/config/establishments.json`, schema
 * `schemas/establishment-config.schema.json`): per category (ehpad, ime, mas, ssiad…) the roles
 * whose professionals join every new file's care team, and per FINESS the category. With the
 * host's professional directory, the engine builds a new file's default care team from it.
 */
import { Validator } from '@cfworker/json-schema';
import configSchema from '../../../../schemas/establishment-config.schema.json';
import shippedConfig from '../../../../workflows/config/establishments.json';
import type { AccessPolicy } from '../policy/types.js';

/** A text in French and English. */
export interface ConfigText {
  fr: string;
  en: string;
}

/** One role of a default care team, with why it joins. */
export interface DefaultCareTeamRole {
  role: string;
  why: ConfigText;
}

/** The whole configuration. */
export interface EstablishmentConfig {
  version: number;
  categories: Record<string, { title: ConfigText; defaultCareTeam: DefaultCareTeamRole[] }>;
  establishments?: Record<
    string,
    { category: string; name?: ConfigText; defaultCareTeam?: DefaultCareTeamRole[] }
  >;
}

/** A professional of the host's directory. */
export interface DirectoryProfessional {
  professionalId: string;
  name: string;
  /** A role of the access policy. */
  role: string;
  /** FINESS of the establishment they work in. */
  establishment: string;
}

/**
 * The host's directory of professionals (RPPS+, an LDAP, the demo list): who works where, in
 * which role. The engine reads it to build default care teams, to add a member by id and to
 * offer candidates; it never writes to it.
 *
 * @example
 * const directory: ProfessionalDirectory = { professionals: (finess) => staff.filter((p) => p.establishment === finess) };
 */
export interface ProfessionalDirectory {
  professionals(
    establishment: string,
  ): readonly DirectoryProfessional[] | Promise<readonly DirectoryProfessional[]>;
  /** The establishment's name and category, when the configuration does not list its FINESS. */
  establishment?(finess: string): { name?: ConfigText; category?: string } | undefined;
}

/** A problem in the configuration, named by JSON Pointer. */
export interface ConfigProblem {
  path: string;
  message: string;
}

const validator = new Validator(configSchema as object, '2020-12', false);

/**
 * Validates a parsed configuration, and that every default role exists in the policy with the
 * `care-team` scope (other scopes reach files without being members).
 *
 * @example
 * const r = loadEstablishmentConfig(JSON.parse(text), defaultAccessPolicy);
 * if (!r.ok) for (const p of r.problems) console.error(`${p.path}: ${p.message}`);
 */
export function loadEstablishmentConfig(
  input: unknown,
  policy?: AccessPolicy,
): { ok: true; config: EstablishmentConfig } | { ok: false; problems: ConfigProblem[] } {
  const result = validator.validate(input);
  if (!result.valid) {
    const deepest = result.errors.filter(
      (e) => !['properties', '$ref', 'items', 'additionalProperties'].includes(e.keyword),
    );
    return {
      ok: false,
      problems: (deepest.length ? deepest : result.errors).map((e) => ({
        path: e.instanceLocation.replace(/^#/, ''),
        message: e.error,
      })),
    };
  }
  const config = input as EstablishmentConfig;
  const problems: ConfigProblem[] = [];
  const check = (list: DefaultCareTeamRole[] | undefined, at: string) =>
    list?.forEach((r, i) => {
      const role = policy?.roles[r.role];
      if (policy && !role)
        problems.push({
          path: `${at}/${i}/role`,
          message: `Unknown role "${r.role}": define it in the access policy first.`,
        });
      else if (role && role.scope !== 'care-team')
        problems.push({
          path: `${at}/${i}/role`,
          message: `Role "${r.role}" reaches files by its ${role.scope} scope: it never needs to join a care team.`,
        });
    });
  for (const [name, c] of Object.entries(config.categories))
    check(c.defaultCareTeam, `/categories/${name}/defaultCareTeam`);
  for (const [finess, e] of Object.entries(config.establishments ?? {})) {
    check(e.defaultCareTeam, `/establishments/${finess}/defaultCareTeam`);
    if (!config.categories[e.category])
      problems.push({
        path: `/establishments/${finess}/category`,
        message: `Unknown category "${e.category}": describe it under /categories.`,
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, config };
}

/**
 * The shipped configuration (`workflows/config/establishments.json`), already validated.
 *
 * @example
 * const engine = await createEngine({ store, policy, establishments: defaultEstablishmentConfig, directory });
 */
export const defaultEstablishmentConfig: EstablishmentConfig = (() => {
  const r = loadEstablishmentConfig(shippedConfig);
  if (!r.ok)
    throw new Error(
      `workflows/config/establishments.json is invalid: ${r.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
  return r.config;
})();

/**
 * The category of an establishment and the roles of its default care team.
 *
 * @example
 * establishmentProfile(config, directory, '690000013'); // { category: 'ehpad', defaultCareTeam: [...] }
 */
export function establishmentProfile(
  config: EstablishmentConfig,
  directory: ProfessionalDirectory | undefined,
  finess: string,
): { category?: string; name?: ConfigText; defaultCareTeam: DefaultCareTeamRole[] } {
  const own = config.establishments?.[finess];
  const known = directory?.establishment?.(finess);
  const category = own?.category ?? known?.category;
  const name = own?.name ?? known?.name;
  return {
    ...(category ? { category } : {}),
    ...(name ? { name } : {}),
    defaultCareTeam:
      own?.defaultCareTeam ?? (category ? config.categories[category]?.defaultCareTeam : undefined) ?? [],
  };
}
