/**
 * The named journeys of issue 13, in the EHPAD of the reference app, through its screens only:
 * the AGGIR grid saved and shown on the file; the support plan agreed then reviewed; a discharge;
 * a draft saved twice then restored after a server restart; an action refused to a professional
 * outside the care team, then allowed once the director adds them on the care-team screen.
 * Expected values come from the law or from the data typed here, never from the app's answers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PERSONS } from '@duikit/server';
import { journeyAlong, offeredIn, registry } from './model/paths.js';
import { parisToday } from './model/sample.js';
import { startWorld, type AppPage, type JourneyWorld } from './harness/app.js';
import { guideShot } from './harness/guide.js';
import {
  addToCareTeam,
  admit,
  alerts,
  nav,
  openFile,
  openStep,
  professionalFor,
  SCREEN_TIMEOUT,
  signIn,
  startWorkflow,
  until,
  type Identity,
} from './harness/screens.js';
import { fr } from './harness/fill.js';
import { checkOutcome, sendStep, walkJourney } from './harness/walk.js';
import { recordAgreement, writePlanVersion } from './harness/support-plan.js';

let world: JourneyWorld;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => world?.close());

const today = parisToday();

/** A seeded person of the demo EHPAD, as the persons list names them. */
function seeded(key: string): Identity {
  const p = DEMO_PERSONS.find((x) => x.key === key)!;
  return {
    birthName: p.usedName ?? p.birthName,
    firstNames: p.firstNames.join(' '),
    birthDate: p.birthDate,
    sex: p.sex,
    birthPlace: p.birthPlace.code,
    birthPlaceName: p.birthPlace.name,
  };
}

/** Runs a journey on a fresh page and fails on any page error or CSP violation it raised. */
async function onPage(run: (app: AppPage) => Promise<void>) {
  const app = await world.open();
  try {
    await run(app);
    expect(app.serverErrors, 'server errors answered to the page').toEqual([]);
    expect(app.problems, 'page errors, console errors and CSP violations').toEqual([]);
  } catch (e) {
    await app.page
      .screenshot({ path: `coverage/journeys/named-${Date.now()}.png`, fullPage: true })
      .catch(() => {});
    throw e;
  } finally {
    await app.context.close();
  }
}

const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

describe('named journeys (EHPAD)', () => {
  it('the AGGIR grid is saved and shown on the file', async () => {
    await onPage(async (app) => {
      const { page } = app;
      const person = seeded('p02');
      await signIn(app, world, professionalFor('ehpad', ['head-nurse']));
      await openFile(page, person);
      await page.getByRole('link', { name: 'Grille AGGIR' }).click();
      const grid = page.getByRole('table', { name: /Cotation par les quatre adverbes/ });
      await grid.waitFor({ timeout: SCREEN_TIMEOUT });
      // Does nothing alone, for every activity: every variable is C, which the CASF annex 2-2
      // places in group A, rank 1: GIR 1.
      const cells = grid.getByRole('combobox');
      const count = await cells.count();
      expect(count).toBeGreaterThan(40);
      for (let i = 0; i < count; i++) await cells.nth(i).selectOption({ label: 'Non' });
      await guideShot(page, '06-aggir');
      await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
      await until(
        page,
        async () => (await page.getByRole('main').innerText()).includes('GIR 1'),
        'no « GIR 1 » saved',
      );
      await expect(page.getByRole('status').filter({ hasText: 'GIR 1' }).count()).resolves.toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Retour au dossier' }).click();
      const latest = region(page, 'Dernières évaluations');
      await expect
        .poll(async () => (await latest.innerText()).replace(/\s+/g, ' '), { timeout: SCREEN_TIMEOUT })
        .toMatch(/GIR\s*1\b/);
    });
  });

  it('the support plan is written, agreed by the person, then reviewed', async () => {
    const wf = registry.latest('support-plan')!;
    const objective = 'Marcher jusqu’au jardin chaque jour';
    const journey = journeyAlong('ehpad', wf, 'named/support-plan', [
      {
        type: 'RECORD_EXPECTATIONS',
        payload: { expectations: [{ text: 'Retrouver la marche', origin: 'person' }], collectedOn: today },
      },
      { type: 'ANALYSE_NEEDS', payload: { needs: ['Rééducation à la marche'] } },
      { type: 'PROPOSE', payload: { objectives: [{ domain: 'Mobilité', text: objective }] } },
      { type: 'AGREE', payload: { party: 'person', on: today, method: 'signature' } },
      { type: 'REQUEST_REVIEW', payload: { reason: 'person-request' } },
      {
        type: 'COMPLETE_REVIEW',
        payload: {
          kind: 'intermediate',
          reviewedOn: today,
          summary: 'Objectif atteint aux deux tiers',
          revise: false,
        },
      },
    ]);
    // The model: the agreement puts the plan in force; a review that does not revise it keeps it.
    expect(journey.steps[3].after).toEqual(['plan.inProgress']);
    expect(journey.final).toEqual(['plan.inProgress']);
    const agreeAt = journey.steps.findIndex((s) => s.type === 'AGREE');
    await onPage(async (app) => {
      const person = seeded('p11');
      const proposed = await walkJourney(
        world,
        app,
        { ...journey, steps: journey.steps.slice(0, agreeAt) },
        0,
        person,
      );
      // The head nurse writes the plan's version; the director records the person's signed
      // agreement on it, which moves the workflow.
      await signIn(app, world, professionalFor('ehpad', ['head-nurse']));
      await writePlanVersion(app.page, person, objective);
      await signIn(app, world, professionalFor('ehpad', ['director']));
      await recordAgreement(app.page, person, today);
      const reviewed = await walkJourney(
        world,
        app,
        { ...journey, steps: journey.steps.slice(agreeAt + 1) },
        0,
        person,
        proposed.instanceId,
      );
      await checkOutcome(world, app, journey, { ...reviewed, sent: [...proposed.sent, ...reviewed.sent] });
      await openFile(app.page, person);
      await expect
        .poll(async () => region(app.page, 'Objectifs du projet personnalisé').innerText(), {
          timeout: SCREEN_TIMEOUT,
          message: 'the agreed objective should show on the file',
        })
        .toContain(objective);
    });
  });

  it('the file is exported as a TDDUI FHIR bundle from its page', async () => {
    await onPage(async (app) => {
      const { page } = app;
      const person = seeded('p03');
      await signIn(app, world, professionalFor('ehpad', ['director']));
      await openFile(page, person);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: SCREEN_TIMEOUT }),
        page.getByRole('link', { name: 'Export TDDUI (FHIR)' }).click(),
      ]);
      const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
        resourceType: string;
        entry: { resource: { resourceType: string; meta?: { profile?: string[] }; name?: unknown } }[];
      };
      // The ANS « Transfert de données DUI » guide: a Bundle whose Patient follows a TDDUI profile.
      expect(bundle.resourceType).toBe('Bundle');
      const patient = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'Patient');
      expect(patient?.meta?.profile?.[0]).toMatch(/\/StructureDefinition\/tddui-patient/);
      expect(JSON.stringify(patient?.name)).toContain(person.birthName);
    });
  });

  it('a discharge: exit confirmed, notice waived, exit recorded, file closed', async () => {
    const wf = registry.latest('discharge')!;
    const journey = journeyAlong('ehpad', wf, 'named/discharge', [
      { type: 'CONFIRM_EXIT', payload: { reason: 'return-home', plannedExitDate: today } },
      { type: 'EXIT_NOW', payload: { reason: 'Retour à domicile avec sa fille' } },
      {
        type: 'RECORD_EXIT',
        payload: { exitDate: today, exitMode: 'Domicile', destination: 'Domicile de sa fille' },
      },
    ]);
    expect(journey.final).toEqual(['closed']);
    await onPage(async (app) => {
      const walked = await walkJourney(world, app, journey, 0, seeded('p07'));
      await checkOutcome(world, app, journey, walked);
    });
  });

  it('a draft saved twice is restored after a server restart', async () => {
    await onPage(async (app) => {
      const { page } = app;
      const person: Identity = {
        birthName: 'BROUILLON',
        firstNames: 'Rose',
        birthDate: '1940-04-04',
        sex: 'F',
        birthPlace: '69123',
        birthPlaceName: 'Lyon',
      };
      await page.goto(world.server.url);
      await page.getByRole('heading', { name: 'Se connecter', level: 1 }).waitFor();
      await guideShot(page, '01-sign-in');
      await signIn(app, world, professionalFor('ehpad', ['secretariat']));
      await guideShot(page, '02-inbox');
      await nav(page, 'Nouvelle admission');
      await guideShot(page, '03-admit');
      await admit(app, person);
      await guideShot(page, '04-step');
      const form = page
        .locator('dui-workflow-step')
        .getByRole('region', { name: fr(registry.form('admission-request@1.0.0')!.title)! });
      const comment = form.getByLabel('Commentaire', { exact: true });
      const save = page
        .locator('dui-workflow-step')
        .getByRole('button', { name: 'Enregistrer le brouillon' });
      const saved = page
        .locator('dui-workflow-step')
        .getByRole('status')
        .filter({ hasText: 'Brouillon enregistré' });
      for (const text of ['Premier appel de la fille', 'Dossier papier reçu le matin']) {
        await comment.fill(text);
        // The outcome of this save, not the message the previous one left on screen.
        const answered = page.waitForResponse((r) => r.request().method() !== 'GET');
        await save.click();
        await answered;
        await until(
          page,
          async () => (await saved.count()) > 0 && (await page.getByRole('alert').count()) === 0,
          `draft « ${text} » not saved`,
        );
      }
      await world.restart();
      await page.goto(world.server.url);
      await openFile(page, person);
      await openStep(page, 'Admission en EHPAD');
      await expect
        .poll(() => comment.inputValue(), {
          timeout: SCREEN_TIMEOUT,
          message: 'the second draft after the restart',
        })
        .toBe('Dossier papier reçu le matin');
    });
  });

  it('an action is refused outside the care team, then allowed once the director adds the professional', async () => {
    await onPage(async (app) => {
      const { page } = app;
      const person: Identity = {
        birthName: 'EQUIPE',
        firstNames: 'Marcelle',
        birthDate: '1936-06-06',
        sex: 'F',
        birthPlace: '69123',
        birthPlaceName: 'Lyon',
      };
      await signIn(app, world, professionalFor('ehpad', ['secretariat']));
      const { fileId } = await admit(app, person);
      const psychologist = professionalFor('ehpad', ['psychologist']);
      // A colleague sends her the file's address: the app refuses, and says who can let her in.
      await signIn(app, world, psychologist);
      await page.goto(`${world.server.url}#/persons/${encodeURIComponent(fileId)}`);
      const refusal = page.getByRole('alert').filter({ hasText: /équipe/i });
      await until(page, async () => (await refusal.count()) > 0, 'no refusal naming the care team');
      const sentence = (await refusal.first().innerText()).trim();
      expect(sentence, 'the refusal names who can add her').toMatch(/directeur|directrice/i);
      expect(sentence, 'no raw code in the refusal').not.toMatch(/forbidden|care-team|psychologist|demo-/);

      await signIn(app, world, professionalFor('ehpad', ['director']));
      await openFile(page, person);
      await addToCareTeam(page, psychologist);

      // Now in the team, she opens the file and starts the assessment she came for.
      await signIn(app, world, psychologist);
      await openFile(page, person);
      expect(await page.getByRole('alert').count(), await alerts(page)).toBe(0);
      const wf = registry.get(offeredIn('ehpad').find((w) => w.definition.id.startsWith('assessment'))!.ref)!;
      const journey = journeyAlong('ehpad', wf, 'named/care-team', [{ type: 'START_ASSESSMENT' }]);
      expect(journey.steps[0].roles).toContain('psychologist');
      await startWorkflow(page, fr(wf.definition.title)!);
      await sendStep(page, wf.definition, journey.steps[0], 'START_ASSESSMENT');
    });
  });
});
