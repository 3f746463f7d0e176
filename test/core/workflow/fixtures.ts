/**
 * Small definitions for tests: a valid two-step workflow to break on purpose, and helpers.
 */
import type { CallContext, WorkflowDefinition } from '@duikit/core';

/** A valid minimal workflow: draft → review → approved | rejected, with a deadline on review. */
export function tinyWorkflow(): WorkflowDefinition {
  return {
    id: 'tiny',
    version: '1.0.0',
    title: { fr: 'Mini', en: 'Tiny' },
    appliesTo: ['*'],
    parameters: { reviewDelay: 'P10D' },
    parametersSchema: {
      type: 'object',
      properties: {
        reviewDelay: { type: 'string', format: 'duration', description: 'Délai de revue (exemple de test).' },
      },
    },
    context: {},
    initial: 'draft',
    events: {
      SUBMIT: {
        title: { fr: 'Soumettre', en: 'Submit' },
        payload: {
          type: 'object',
          required: ['reason'],
          properties: { reason: { type: 'string', minLength: 3 } },
        },
      },
      APPROVE: { title: { fr: 'Approuver', en: 'Approve' } },
      REJECT: { title: { fr: 'Rejeter', en: 'Reject' } },
      REVIEW_OVERDUE: { title: { fr: 'Revue en retard', en: 'Review overdue' }, system: true },
    },
    states: {
      draft: {
        title: { fr: 'Brouillon', en: 'Draft' },
        task: {
          title: { fr: 'Rédiger', en: 'Write' },
          roles: ['secretariat'],
          dataCategories: ['administrative'],
        },
        on: {
          SUBMIT: {
            target: 'review',
            actions: [
              { type: 'record', params: { path: '/reason', from: '/event/payload/reason' } },
              { type: 'setDate', params: { path: '/submittedOn' } },
            ],
          },
        },
      },
      review: {
        title: { fr: 'Revue', en: 'Review' },
        task: {
          title: { fr: 'Relire', en: 'Review' },
          roles: ['director'],
          dataCategories: ['administrative'],
        },
        deadlines: [
          {
            id: 'review',
            title: { fr: 'Revue sous 10 jours', en: 'Review within 10 days' },
            duration: { param: 'reviewDelay' },
            anchor: { date: '/submittedOn' },
            event: 'REVIEW_OVERDUE',
            reminders: ['P2D'],
          },
        ],
        on: {
          APPROVE: [
            {
              target: 'approved',
              guard: { scope: '#/properties/context/properties/reason', schema: { minLength: 5 } },
            },
          ],
          REJECT: { target: 'rejected' },
          REVIEW_OVERDUE: { actions: [{ type: 'record', params: { path: '/late', value: true } }] },
        },
      },
      approved: { title: { fr: 'Approuvé', en: 'Approved' }, type: 'final', outcome: 'approved' },
      rejected: { title: { fr: 'Rejeté', en: 'Rejected' }, type: 'final', outcome: 'rejected' },
    },
  };
}

/** A call context for a role in establishment 750000001. */
export function ctxFor(role: string, professionalId = `pro-${role}`): CallContext {
  return { actor: { professionalId, role, establishment: '750000001' }, purpose: 'test' };
}

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    set(iso: string) {
      now = new Date(iso);
    },
  };
}

/** A freely editable JSON value (tests break definitions on purpose). */
export type Loose = ReturnType<typeof JSON.parse>;

/** Treats a value as freely editable JSON. */
export const loose = (value: unknown): Loose => value as Loose;
