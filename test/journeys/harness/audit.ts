/**
 * Reads the workflow steps of the audit trail through « Journal d'audit », as the establishment's
 * director: narrows it to one person and to workflow steps with the screen's filters (every view
 * of a file is an audited read too, and would bury the steps), then returns the text of each row
 * that names the person (newest first, as the screen orders them), loading older entries.
 */
import type { Page } from 'playwright-core';
import type { Category } from '../model/paths.js';
import type { AppPage, JourneyWorld } from './app.js';
import { guideShot } from './guide.js';
import { nav, professionalFor, signIn, type Identity } from './screens.js';

/**
 * The audit rows naming `person`, as the director of the category's establishment reads them.
 *
 * @example
 * const rows = await auditTexts(app, world, 'ehpad', person);
 */
export async function auditTexts(app: AppPage, world: JourneyWorld, category: Category, person: Identity) {
  const { page } = app;
  await signIn(app, world, professionalFor(category, ['director']));
  await nav(page, 'Journal d’audit');
  // The page left behind may show a table of its own: wait for this screen's heading first.
  await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
  await page.getByRole('table').first().waitFor();
  await filterRows(page, person);
  await guideShot(page, '09-audit');
  const rows: string[] = [];
  for (let pages = 0; pages < 20; pages++) {
    const texts = await page.getByRole('row').allInnerTexts();
    rows.push(...texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.includes(person.birthName)));
    const next = page
      .getByRole('button', { name: /suivante|plus anciennes/i })
      .or(page.getByRole('link', { name: /suivante/i }));
    if (!(await next.count()) || !(await next.first().isEnabled())) break;
    await next.first().click();
    await page.waitForLoadState('networkidle');
  }
  return rows;
}

/** Uses the audit screen's person and action filters, when it has them. */
async function filterRows(page: Page, person: Identity) {
  const action = page.getByLabel(/^Action$/);
  if (await action.count()) {
    const steps = action.first().locator('option', { hasText: /processus/ });
    await action.first().selectOption({ label: (await steps.first().innerText()).trim() });
  }
  const filter = page.getByLabel(/^Personne/);
  if (!(await filter.count())) return;
  const field = filter.first();
  const tag = await field.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') {
    const option = field.locator('option', { hasText: person.birthName });
    await field.selectOption({ label: (await option.first().innerText()).trim() });
  } else await field.fill(person.birthName);
  const apply = page.getByRole('button', { name: /Filtrer|Appliquer|Rechercher/ });
  if (await apply.count()) await apply.first().click();
  else await field.press('Enter');
  await page.waitForLoadState('networkidle');
}
