/**
 * The establishment (`tddui-organization`, idNat_Struct = `1` + FINESS) and the professionals
 * the exported resources name (`tddui-practitioner` + `tddui-practitioner-role`).
 */
import type { ActorRef } from '@duikit/core';
import { ID_NAT_PS, ID_NAT_STRUCT, idNatPs, idNatStruct } from '../tddui/identifiers.js';
import { FR_CORE_CS } from '../tddui/urls.js';
import { clean, type BundleBuilder } from './context.js';

/**
 * Adds the Organization of the establishment.
 *
 * @example
 * addOrganization(b, { finess: '690000013', name: 'EHPAD Les Tilleuls' });
 */
export function addOrganization(b: BundleBuilder, org: { finess: string; name?: string }): void {
  b.add(
    'organization',
    clean({
      resourceType: 'Organization',
      identifier: [
        {
          use: 'official',
          type: { coding: [{ system: `${FR_CORE_CS}fr-core-cs-v2-0203`, code: 'IDNST' }] },
          system: ID_NAT_STRUCT,
          value: idNatStruct(org.finess),
        },
      ],
      name: org.name,
    }),
    'tddui-organization',
  );
}

/** A display name split into given and family names (`Dr Paul Morel` → Paul / Morel). */
function humanName(name: string | undefined) {
  if (!name) return undefined;
  const words = name.replace(/^(Dr|Pr|M\.|Mme)\s+/i, '').split(/\s+/);
  const family = words.pop();
  return [{ family, given: words.length ? words : undefined }];
}

/**
 * Adds (once) the Practitioner and PractitionerRole of a professional; returns the reference to
 * use: the role when known (it carries the establishment), else the practitioner.
 *
 * @example
 * const ref = addProfessional(b, { id: 'pro-17', kind: 'professional', name: 'Camille Roux', role: 'aide-soignant' });
 */
export function addProfessional(b: BundleBuilder, actor: ActorRef | undefined, role?: string) {
  if (!actor || (actor.kind && actor.kind !== 'professional')) return undefined;
  const key = `pro:${actor.id}`;
  if (!b.has(key))
    b.add(
      key,
      clean({
        resourceType: 'Practitioner',
        identifier: [
          {
            type: { coding: [{ system: `${FR_CORE_CS}fr-core-cs-v2-0203`, code: 'IDNPS' }] },
            system: ID_NAT_PS,
            value: idNatPs(actor, b.options.finess),
          },
        ],
        name: humanName(actor.name),
      }),
      'tddui-practitioner',
    );
  const functionLabel = role ?? actor.role;
  const roleKey = `role:${actor.id}`;
  if (!b.has(roleKey))
    b.add(
      roleKey,
      clean({
        resourceType: 'PractitionerRole',
        practitioner: b.ref(key),
        organization: b.ref('organization'),
        code: functionLabel ? [{ text: functionLabel }] : undefined,
      }),
      'tddui-practitioner-role',
    );
  return { practitioner: b.ref(key), role: b.ref(roleKey) };
}
