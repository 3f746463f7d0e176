/**
 * The workflow steps the seed replays to bring each demo person to their stage, with the role
 * that acts and a plausible form response. Dates are relative to the person's start date, so
 * deadlines land in the past for admitted persons and ahead for recent ones.
 */
import type { DemoStage } from './demo-data.js';

/** One event the seed sends: who (role), what, and the day offset it happens at. */
export interface SeedStep {
  workflow: 'admission' | 'support-plan' | 'discharge';
  role: string;
  type: string;
  /** Days after the admission request. */
  day: number;
  payload?: (date: (day: number) => string) => Record<string, unknown>;
  /** The step exists only in this establishment's variant (the IME has no medical opinion). */
  only?: 'ehpad' | 'ime';
  /** Skipped when the workflow does not offer it (trusted person information: adults only, L311-5-1). */
  ifOffered?: true;
}

const request: SeedStep[] = [];
const completeness: SeedStep[] = [
  {
    workflow: 'admission',
    role: 'social-worker',
    type: 'SUBMIT_REQUEST',
    day: 0,
    payload: (d) => ({
      channel: 'via-trajectoire',
      receivedOn: d(0),
      requestedEntryDate: d(30),
      stayType: 'permanent',
    }),
  },
];
const decision: SeedStep[] = [
  ...completeness,
  { workflow: 'admission', role: 'social-worker', type: 'COMPLETE', day: 2 },
  {
    workflow: 'admission',
    role: 'coordinating-physician',
    type: 'GIVE_MEDICAL_OPINION',
    day: 5,
    only: 'ehpad',
    payload: (d) => ({ opinion: 'favourable', givenOn: d(5) }),
  },
];
const contract: SeedStep[] = [
  ...decision,
  {
    workflow: 'admission',
    role: 'director',
    type: 'ACCEPT',
    day: 7,
    payload: (d) => ({ plannedEntryDate: d(20) }),
  },
  { workflow: 'admission', role: 'director', type: 'ENTER', day: 20, payload: (d) => ({ entryDate: d(20) }) },
];
const admitted: SeedStep[] = [
  ...contract,
  {
    workflow: 'admission',
    role: 'director',
    type: 'HAND_OVER_CONTRACT',
    day: 22,
    payload: () => ({ documentType: 'contrat-sejour' }),
  },
  {
    workflow: 'admission',
    role: 'director',
    type: 'SIGN_CONTRACT',
    day: 30,
    payload: (d) => ({ signedOn: d(30), signatories: ['person', 'director'] }),
  },
  { workflow: 'admission', role: 'director', type: 'INFORM_TRUSTED_PERSON', day: 21, ifOffered: true },
  {
    workflow: 'admission',
    role: 'director',
    type: 'SIGN_ATTESTATION',
    day: 21,
    ifOffered: true,
    payload: (d) => ({ informedOn: d(21), signedByPerson: true, signedByDirector: true }),
  },
  {
    workflow: 'admission',
    role: 'director',
    type: 'DELIVER_ENTRY_DOCUMENTS',
    day: 20,
    payload: (d) => ({
      welcomeBooklet: true,
      charter: true,
      houseRules: true,
      deliveredOn: d(20),
      advanceDirectives: 'unknown',
    }),
  },
  {
    workflow: 'support-plan',
    role: 'psychologist',
    type: 'RECORD_EXPECTATIONS',
    day: 60,
    payload: (d) => ({
      expectations: [
        { text: 'Garder ses habitudes de lever tardif', origin: 'person' },
        { text: 'Recevoir la visite de sa fille le dimanche', origin: 'family' },
      ],
      collectedOn: d(60),
    }),
  },
  {
    workflow: 'support-plan',
    role: 'psychologist',
    type: 'ANALYSE_NEEDS',
    day: 70,
    payload: () => ({ needs: ['1.1.1.1', '1.3.1.1'] }),
  },
];
const discharging: SeedStep[] = [
  ...admitted,
  {
    workflow: 'discharge',
    role: 'director',
    type: 'CONFIRM_EXIT',
    day: 200,
    payload: (d) => ({
      reason: 'return-home',
      plannedExitDate: d(230),
      comment: 'Retour au domicile souhaité (démonstration).',
    }),
  },
];

/** The steps of each stage, in order. */
export const STAGE_STEPS: Record<DemoStage, SeedStep[]> = {
  request,
  completeness,
  decision,
  contract,
  admitted,
  discharging,
};

/** How many days ago each stage's person started, so stages spread over the last months. */
export const STAGE_START_DAYS_AGO: Record<DemoStage, number> = {
  request: 2,
  completeness: 6,
  decision: 12,
  contract: 26,
  admitted: 120,
  discharging: 215,
};
