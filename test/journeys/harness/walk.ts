/**
 * Walks one generated journey through the screens: admits a fictitious person, starts the
 * workflow on the file, and for each event signs in as a professional allowed to send it, opens
 * the step from the person's file, fills the task form or the event's dialog with valid data and
 * presses the action; a deadline event is time passing (the scheduler's tick). Then it checks
 * the state the file shows and the audit entries the journey produced, on the audit screen.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { DemoProfessional } from '@duikit/server';
import { stateAt, type WorkflowDefinition } from '@duikit/core';
import { BORN, registry, type Journey, type JourneyStep } from '../model/paths.js';
import type { AppPage, JourneyWorld } from './app.js';
import { fillForm, fr } from './fill.js';
import {
  addToCareTeam,
  admit,
  findFile,
  alerts,
  openFile,
  openStep,
  professionalFor,
  SCREEN_TIMEOUT,
  signIn,
  startWorkflow,
  workflowItem,
  type Identity,
} from './screens.js';
import { auditTexts } from './audit.js';
import { orientationNeeded, recordOrientation } from './orientation.js';
import { guideShot } from './guide.js';

/** A new fictitious person for a journey (a unique birth name per journey). */
export function identityFor(journey: Journey, n: number): Identity {
  const letters = n.toString(26).replace(/./g, (d) => String.fromCharCode(65 + parseInt(d, 26)));
  return {
    birthName: `PARCOURS${letters}`,
    firstNames: 'Albertine',
    birthDate: BORN[journey.category],
    sex: 'F',
    birthPlace: '69123',
    birthPlaceName: 'Lyon',
  };
}

/** The title (fr) of the state the screens should show for active leaves. */
export function stateTitle(def: WorkflowDefinition, leaves: string[]): string {
  let path = leaves[0];
  if (leaves.length > 1) {
    const parts = leaves.map((l) => l.split('.'));
    const common: string[] = [];
    for (let i = 0; parts.every((p) => p[i] !== undefined && p[i] === parts[0][i]); i++)
      common.push(parts[0][i]);
    path = common.join('.');
  }
  return fr(stateAt(def, path)?.title) ?? path;
}

/** What a walked journey produced, for the assertions and the report. */
export interface Walked {
  person: Identity;
  fileId: string;
  instanceId: string;
  /** Events sent by people, with who sent them. */
  sent: { type: string; label: string; by: DemoProfessional }[];
}

/**
 * Walks a journey; throws (with what the screen said) at the first step a person cannot take.
 *
 * @example
 * const walked = await walkJourney(world, app, journey, 1);
 */
export async function walkJourney(
  world: JourneyWorld,
  app: AppPage,
  journey: Journey,
  n: number,
  existing?: Identity,
  /** Goes on with this instance of the workflow on the existing file, instead of starting one. */
  resume?: string,
): Promise<Walked> {
  const { page } = app;
  const def = journey.workflow.definition;
  const person = existing ?? identityFor(journey, n);
  const isAdmission = def.id.startsWith('admission');
  const first = journey.steps.find((s) => !s.system)?.roles ?? [];
  // A new file is created by someone allowed to start the admission; an existing one is opened
  // by whoever takes the first step.
  const opener = existing ? first : isAdmission ? first : [];
  let current = professionalFor(journey.category, [...opener.filter((r) => r !== 'person'), 'director']);
  await signIn(app, world, current);
  let fileId = '';
  let instanceId = '';
  if (!existing) ({ fileId, instanceId } = await admit(app, person));
  if (!isAdmission || existing) {
    await openFile(page, person);
    fileId ||= decodeURIComponent(page.url().split('#/persons/')[1] ?? '');
    instanceId = resume ?? (await startWorkflow(page, fr(def.title)!));
  }
  const walked: Walked = { person, fileId, instanceId, sent: [] };
  let onStep = !resume;
  for (const [i, step] of journey.steps.entries()) {
    const where = `step ${i + 1} (${step.type})`;
    if (step.system) {
      // Time passing: the deadline scheduler fires what fell due (as its minute timer would).
      await world.server.runtime.tick(new Date(Date.now() + 40 * 86_400_000));
      onStep = false;
    } else {
      const pro = professionalFor(journey.category, step.roles, current);
      const orientation = orientationNeeded(def, step.type)?.find((c) => c !== '*');
      if (orientation) {
        // The decision letter is recorded first, by whoever completes the file.
        if (pro !== current) await signIn(app, world, pro);
        current = pro;
        await recordOrientation(page, person, orientation);
        onStep = false;
      }
      if (pro !== current || !onStep) {
        if (pro !== current) await signIn(app, world, pro);
        current = pro;
        if (!(await findFile(page, person))) {
          // Outside the care team: the director adds them on the file's care-team screen.
          const director = professionalFor(journey.category, ['director']);
          await signIn(app, world, director);
          await openFile(page, person);
          await addToCareTeam(page, pro);
          await signIn(app, world, pro);
          await openFile(page, person);
        }
        await openStep(page, fr(def.title)!, instanceId);
      }
      await sendStep(page, def, step, where);
      walked.sent.push({ type: step.type, label: eventLabel(def, step.type), by: pro });
      onStep = true;
    }
  }
  return walked;
}

/** The French label of an event, as its button shows it. */
export function eventLabel(def: WorkflowDefinition, type: string): string {
  return fr(def.events[type]?.title) ?? type;
}

/** Presses a step's action on the open step screen, with its form or dialog filled. */
export async function sendStep(
  page: Page,
  def: WorkflowDefinition,
  step: JourneyStep,
  where: string,
): Promise<void> {
  const root = page.locator('dui-workflow-step');
  let block: Locator = root;
  if (step.region) {
    block = root.getByRole('region', { name: step.region, exact: true });
    await block.waitFor({ timeout: SCREEN_TIMEOUT }).catch(() => {
      throw new Error(`${where}: the step screen shows no block « ${step.region} » (parallel region)`);
    });
    await block.scrollIntoViewIfNeeded();
    await guideShot(page, '08-regions');
  }
  const label = eventLabel(def, step.type);
  if (step.form) {
    const form = registry.form(step.form)!;
    const section = block.getByRole('region', { name: fr(form.title) ?? '', exact: true });
    await section.waitFor({ timeout: SCREEN_TIMEOUT }).catch(() => {
      throw new Error(`${where}: the step screen shows no form « ${fr(form.title)} »`);
    });
    await fillForm(section, form.schema, step.payload ?? {}, form.uischema);
  }
  const button = block.getByRole('button', { name: label, exact: true });
  await button.waitFor({ timeout: SCREEN_TIMEOUT }).catch(() => {
    throw new Error(`${where}: no button « ${label} » on the step screen`);
  });
  if ((await button.getAttribute('aria-disabled')) === 'true') {
    const item = (await button.locator('xpath=..').innerText()).replace(/\s+/g, ' ');
    throw new Error(`${where}: « ${label} » is unavailable on screen: ${item}`);
  }
  await button.click();
  const payloadSchema = def.events[step.type]?.payload;
  if (!step.form && payloadSchema) {
    const dialog = page.getByRole('dialog', { name: label, exact: true });
    await dialog.waitFor({ timeout: SCREEN_TIMEOUT }).catch(() => {
      throw new Error(`${where}: « ${label} » carries data but opened no dialog to enter it`);
    });
    await fillForm(dialog, payloadSchema, step.payload ?? {});
    await guideShot(page, '05-event-dialog');
    await dialog.getByRole('button', { name: label, exact: true }).click();
  }
  const sent = root.getByRole('status').filter({ hasText: `Action « ${label} » enregistrée.` });
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Confirmer' });
  const refused = root.getByRole('alert');
  await expect
    .poll(
      async () => {
        if (await confirm.isVisible()) await confirm.click();
        return (await sent.count()) > 0 || (await refused.count()) > 0;
      },
      { timeout: SCREEN_TIMEOUT, message: `${where}: no outcome shown after « ${label} »` },
    )
    .toBe(true);
  if (!(await sent.count()))
    throw new Error(`${where}: « ${label} » refused on screen: ${await alerts(page)}`);
}

/**
 * The checks at the end of a journey: the file shows the workflow in the model's final state,
 * and the audit screen lists an entry for each event sent, with who sent it.
 */
export async function checkOutcome(world: JourneyWorld, app: AppPage, journey: Journey, walked: Walked) {
  const { page } = app;
  const def = journey.workflow.definition;
  await openFile(page, walked.person);
  const expected = stateTitle(def, journey.final);
  const item = workflowItem(page, fr(def.title)!, walked.instanceId);
  await expect
    .poll(async () => (await item.innerText()).replace(/\s+/g, ' '), {
      timeout: SCREEN_TIMEOUT,
      message: `${journey.id}: the file should show « ${fr(def.title)} » in the state « ${expected} »`,
    })
    .toContain(expected);
  const rows = await auditTexts(app, world, journey.category, walked.person);
  for (const s of walked.sent) {
    expect(
      rows.some((r) => r.includes(s.label) && r.includes(s.by.name)),
      `${journey.id}: the audit screen should list « ${s.label} » by ${s.by.name} for ${walked.person.birthName}\n` +
        `rows seen for this person:\n${rows.slice(0, 20).join('\n')}`,
    ).toBe(true);
  }
}
