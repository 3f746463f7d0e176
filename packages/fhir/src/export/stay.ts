/**
 * Stays as `tddui-encounter-sejour`, agenda events as `tddui-encounter-evenement`.
 */
import type { AgendaEvent, Stay } from '@duikit/core';
import { IDENTIFIER_SYSTEMS, businessId } from '../tddui/identifiers.js';
import { FR_CORE_CS, SD, SERAFIN, TDDUI_BASE } from '../tddui/urls.js';
import { clean, type BundleBuilder } from './context.js';
import { addProfessional } from './organization.js';

const STAY_STATUS: Record<Stay['status'], string> = {
  requested: 'planned',
  preAdmission: 'planned',
  waitingList: 'planned',
  planned: 'planned',
  active: 'in-progress',
  suspended: 'onleave',
  ended: 'finished',
  refused: 'cancelled',
  cancelled: 'cancelled',
  withdrawn: 'cancelled',
};

/** v3 ActCode of the encounter class, from the way of functioning. */
export function encounterClass(mode: Stay['mode']) {
  const code = mode === 'dayCare' ? 'AMB' : mode === 'home' ? 'HH' : mode === 'emergency' ? 'EMER' : 'NONAC';
  return { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code };
}

const R5 = 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Encounter.';

/**
 * Adds one Encounter (séjour) per stay.
 *
 * @example
 * addStays(b, 'U-0042', file.stays ?? []);
 */
export function addStays(b: BundleBuilder, personId: string, stays: Stay[]): void {
  const { finess } = b.options;
  for (const s of stays)
    b.add(
      `stay:${s.id}`,
      clean({
        resourceType: 'Encounter',
        extension: [
          s.plannedEntry && { url: `${R5}plannedStartDate`, valueDateTime: s.plannedEntry },
          s.plannedExit && { url: `${R5}plannedEndDate`, valueDateTime: s.plannedExit },
          s.actualEntry && { url: `${SD}tddui-admission-date`, valueDateTime: s.actualEntry },
          s.entryMode?.display && { url: `${SD}tddui-entry-mode-label`, valueString: s.entryMode.display },
          s.exitMode?.display && { url: `${SD}tddui-exit-mode-label`, valueString: s.exitMode.display },
        ],
        identifier: [
          {
            type: {
              coding: [
                {
                  system: `${TDDUI_BASE}/CodeSystem/tddui-encounter-identifier`,
                  code: 'SEJ',
                  display: 'Identifiant du séjour',
                },
              ],
            },
            system: IDENTIFIER_SYSTEMS.sejour,
            value: businessId('sejour', finess, personId, s.id),
          },
        ],
        status: STAY_STATUS[s.status],
        class: encounterClass(s.mode),
        subject: b.ref('patient'),
        period: { start: s.actualEntry, end: s.actualExit },
        hospitalization: {
          admitSource: s.entryMode ? { coding: [s.entryMode] } : undefined,
          dischargeDisposition: s.exitMode ? { coding: [s.exitMode] } : undefined,
        },
        serviceProvider: b.ref('organization'),
      }),
      'tddui-encounter-sejour',
    );
}

const EVENT_STATUS = { planned: 'planned', done: 'finished', cancelled: 'cancelled' } as const;

/**
 * Adds one Encounter (évènement) per agenda event; an event with no end is listed, not sent
 * (`period.end` is 1..1 in the profile).
 *
 * @example
 * addEvents(b, 'U-0042', file.coordination?.events ?? [], file.stays ?? []);
 */
export function addEvents(b: BundleBuilder, personId: string, events: AgendaEvent[], stays: Stay[]): void {
  const { finess } = b.options;
  const stay = stays.length === 1 ? b.ref(`stay:${stays[0]?.id}`) : undefined;
  events.forEach((e, i) => {
    if (!e.end) {
      b.skip(`/coordination/events/${i}`, 'not-mapped', {
        fr: 'Évènement sans date de fin : le profil tddui-encounter-evenement exige period.end.',
        en: 'Event with no end: tddui-encounter-evenement requires period.end.',
      });
      return;
    }
    const label = e.title ?? e.type;
    b.add(
      `event:${e.id}`,
      clean({
        resourceType: 'Encounter',
        extension: [{ url: `${SD}tddui-event-label`, valueString: label }],
        identifier: [
          {
            type: { coding: [{ system: `${FR_CORE_CS}fr-core-cs-identifier-type`, code: 'VN' }] },
            system: IDENTIFIER_SYSTEMS.evenement,
            value: businessId('evenement', finess, personId, e.id),
          },
        ],
        status: EVENT_STATUS[e.status ?? 'planned'],
        class: encounterClass(stays[0]?.mode),
        type: [
          e.serafinCode
            ? { coding: [{ system: SERAFIN, code: e.serafinCode }] }
            : {
                coding: [
                  {
                    system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
                    code: 'not-permitted',
                    display: 'Not Permitted',
                  },
                ],
                text: label,
              },
        ],
        subject: b.ref('patient'),
        participant: (e.participants ?? []).map((p) => ({
          individual: addProfessional(b, p.actor)?.role ?? { display: p.actor.name ?? p.actor.id },
        })),
        period: { start: e.start, end: e.end },
        location: e.location ? [{ location: { display: e.location } }] : undefined,
        serviceProvider: b.ref('organization'),
        partOf: stay,
      }),
      'tddui-encounter-evenement',
    );
  });
}
