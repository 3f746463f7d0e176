/**
 * What the builders share while one Bundle is assembled: the entries with their `urn:uuid`
 * fullUrls, a reference per source object, and the list of what was not exported and why.
 */
import type { Localized } from '../validate/rules.js';
import { SD } from '../tddui/urls.js';

/** A FHIR resource as plain JSON. */
export type Resource = { resourceType: string } & Record<string, unknown>;

/** A place of the user file left out of the Bundle, with the reason. */
export interface LeftOut {
  /** JSON Pointer in the user file (`/rights/bankDetails`). */
  pointer: string;
  /** `withheld`: the access policy did not let the requester export it; `not-mapped`: TDDUI has no place for it, or DUI Kit does not map it yet. */
  kind: 'withheld' | 'not-mapped';
  reason: Localized;
}

/** Options of one build. */
export interface BuildOptions {
  finess: string;
  uuid: () => string;
  now: Date;
}

/** The Bundle being built. */
export class BundleBuilder {
  readonly entries: { fullUrl: string; resource: Resource; request: { method: 'POST'; url: string } }[] = [];
  readonly leftOut: LeftOut[] = [];
  private readonly urls = new Map<string, string>();

  constructor(readonly options: BuildOptions) {}

  /**
   * Adds a resource under `key` with its TDDUI profile; returns its `urn:uuid` fullUrl.
   *
   * @example
   * b.add('patient', { resourceType: 'Patient', … }, 'tddui-patient-ins');
   */
  add(key: string, resource: Resource, profile: string): string {
    const existing = this.urls.get(key);
    if (existing) return existing;
    const fullUrl = `urn:uuid:${this.options.uuid()}`;
    this.urls.set(key, fullUrl);
    const withProfile = { resourceType: resource.resourceType, meta: { profile: [`${SD}${profile}`] } };
    this.entries.push({
      fullUrl,
      resource: { ...withProfile, ...resource, meta: withProfile.meta },
      request: { method: 'POST', url: resource.resourceType },
    });
    return fullUrl;
  }

  /** Whether an object was already added. */
  has(key: string): boolean {
    return this.urls.has(key);
  }

  /** A Reference to an added object, or undefined. @example b.ref('patient') // { reference: 'urn:uuid:…' } */
  ref(key: string): { reference: string } | undefined {
    const url = this.urls.get(key);
    return url ? { reference: url } : undefined;
  }

  /** Records a place of the file that stays out of the Bundle. */
  skip(pointer: string, kind: LeftOut['kind'], reason: Localized): void {
    this.leftOut.push({ pointer, kind, reason });
  }
}

/** Drops undefined, empty arrays and empty objects, so resources carry no empty elements (R4 forbids them). */
export function clean<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return (items.length ? items : undefined) as T;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined && v !== '');
    return (entries.length ? Object.fromEntries(entries) : undefined) as T;
  }
  return value;
}
