/**
 * The support plan written and agreed on the person's « Projet personnalisé » page, as the team
 * does once the proposal is ready: a new version with its objective, then the person's agreement
 * recorded with its form (CASF L311-3 3°), which puts the plan in force.
 */
import type { Page } from 'playwright-core';
import { openFile, SCREEN_TIMEOUT, until, type Identity } from './screens.js';

/**
 * Saves a version of the plan with `objective`, then records the person's signed agreement.
 *
 * @example
 * await agreePlanOnPage(page, person, 'Marcher jusqu’au jardin chaque jour', '2026-12-07');
 */
export async function agreePlanOnPage(page: Page, person: Identity, objective: string, on: string) {
  await openFile(page, person);
  await page.getByRole('link', { name: 'Projet personnalisé', exact: true }).click();
  const plan = page.locator('dui-support-plan');
  await plan.getByRole('button', { name: 'Nouvelle version' }).click({ timeout: SCREEN_TIMEOUT });
  await plan.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await plan.getByRole('textbox', { name: 'Intitulé de l’objectif' }).last().fill(objective);
  await plan.getByRole('button', { name: 'Enregistrer la version' }).click();
  await until(
    page,
    async () =>
      (
        await plan
          .getByRole('status')
          .innerText()
          .catch(() => '')
      ).includes('enregistrée'),
    'the plan version was not saved',
  );

  const form = plan.locator('form[data-agreement]');
  await form.getByLabel('Qui donne son avis').selectOption({ label: 'La personne' });
  await form.getByRole('radio', { name: 'accord', exact: true }).check();
  await form.getByLabel('Date de l’accord ou du désaccord').fill(on);
  await form.getByRole('radio', { name: 'Signature de l’avenant' }).check();
  await form.getByRole('button', { name: 'Recueillir un avis' }).click();
  await until(
    page,
    async () =>
      (
        await plan
          .getByRole('status')
          .innerText()
          .catch(() => '')
      ).includes('Avis enregistré'),
    'the agreement was not recorded',
  );
}
