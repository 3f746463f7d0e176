/**
 * The support plan written and agreed on the person's « Projet personnalisé » page, as the team
 * does once the proposal is ready: a new version with its objective, then the person's agreement
 * recorded with its form (CASF L311-3 3°), which puts the plan in force.
 */
import type { Locator, Page } from 'playwright-core';
import { openFile, SCREEN_TIMEOUT, until, type Identity } from './screens.js';

/** Opens the person's « Projet personnalisé » page; returns the plan element. */
async function openPlan(page: Page, person: Identity) {
  await openFile(page, person);
  await page.getByRole('link', { name: 'Projet personnalisé', exact: true }).click();
  return page.locator('dui-support-plan');
}

/** Waits until the plan's status line says `text` (each save is announced there). */
async function statusSays(page: Page, plan: Locator, text: string, failure: string) {
  const said = async () =>
    (
      await plan
        .getByRole('status')
        .innerText()
        .catch(() => '')
    ).includes(text);
  await until(page, said, failure);
}

/**
 * Saves a new version of the plan with `objective` (a professional who writes the plan).
 *
 * @example
 * await writePlanVersion(page, person, 'Marcher jusqu’au jardin chaque jour');
 */
export async function writePlanVersion(page: Page, person: Identity, objective: string) {
  const plan = await openPlan(page, person);
  await plan.getByRole('button', { name: 'Nouvelle version' }).click({ timeout: SCREEN_TIMEOUT });
  await plan.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await plan.getByRole('textbox', { name: 'Intitulé de l’objectif' }).last().fill(objective);
  await plan.getByRole('button', { name: 'Enregistrer la version' }).click();
  await statusSays(page, plan, 'enregistrée', 'the plan version was not saved');
}

/**
 * Records the person's signed agreement on the latest version (someone who may sign the plan).
 *
 * @example
 * await recordAgreement(page, person, '2026-12-07');
 */
export async function recordAgreement(page: Page, person: Identity, on: string) {
  const plan = await openPlan(page, person);
  const form = plan.locator('form[data-agreement]');
  await form.getByLabel('Qui donne son avis').selectOption({ label: 'La personne' });
  await form.getByRole('radio', { name: 'accord', exact: true }).check();
  await form.getByLabel('Date de l’accord ou du désaccord').fill(on);
  await form.getByRole('radio', { name: 'Signature de l’avenant' }).check();
  await form.getByRole('button', { name: 'Recueillir un avis' }).click();
  await statusSays(page, plan, 'Avis enregistré', 'the agreement was not recorded');
}
