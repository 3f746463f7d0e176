/**
 * What a person does in the reference app, one screen at a time: sign in as a demo professional
 * (signing out first when someone else is signed in), admit a new person, open a file, start a
 * workflow, open its current step, press an action (filling its form or its dialog). Every
 * element is found by its role and accessible name, as assistive technologies find it.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_ESTABLISHMENTS, DEMO_PROFESSIONALS, type DemoProfessional } from '@duikit/server';
import type { Category } from '../model/paths.js';
import type { AppPage, JourneyWorld } from './app.js';
import { guideShot } from './guide.js';

/** How long a screen may take to show what an action produced. */
export const SCREEN_TIMEOUT = 15_000;

/** A fictitious person to admit. */
export interface Identity {
  birthName: string;
  firstNames: string;
  birthDate: string;
  sex: 'F' | 'M';
  birthPlace: string;
  birthPlaceName: string;
}

/** The demo establishment of a category, or a failure that says the reference app lacks it. */
export function establishment(category: Category): { finess: string; name: string } {
  const e = (DEMO_ESTABLISHMENTS as Record<string, { finess: string; name: string } | undefined>)[category];
  if (!e)
    throw new Error(`The reference app has no demo establishment of category « ${category} » to walk it in.`);
  return e;
}

/**
 * A professional of the establishment holding one of `roles` (in their order), preferring `current`.
 *
 * @example
 * professionalFor('ehpad', ['director']).name; // 'Claire Fontaine'
 */
export function professionalFor(
  category: Category,
  roles: string[],
  current?: DemoProfessional,
): DemoProfessional {
  const { finess } = establishment(category);
  if (current && current.establishment === finess && roles.includes(current.role)) return current;
  for (const role of roles) {
    const p = DEMO_PROFESSIONALS.find((x) => x.establishment === finess && x.role === role);
    if (p) return p;
  }
  throw new Error(
    `No demo professional of the ${category} establishment holds a role among ${roles.join(', ')}.`,
  );
}

/** The banner's « name — role » of the signed-in professional. */
const who = (page: Page, pro: DemoProfessional) =>
  page.getByRole('banner').getByText(`${pro.name} — ${pro.roleLabel.fr}`, { exact: true });

/**
 * Signs in through the sign-in page (signing out whoever is signed in).
 *
 * @example
 * await signIn(app, professionalFor('ehpad', ['director']));
 */
export async function signIn(app: AppPage, world: JourneyWorld, pro: DemoProfessional): Promise<void> {
  const { page } = app;
  if (!page.url().startsWith(world.server.url)) await page.goto(world.server.url);
  const signOut = page.getByRole('banner').getByRole('button', { name: 'Se déconnecter' });
  const signInTitle = page.getByRole('heading', { name: 'Se connecter', level: 1 });
  await expect
    .poll(async () => (await signOut.isVisible()) || (await signInTitle.isVisible()), {
      timeout: SCREEN_TIMEOUT,
    })
    .toBe(true);
  if (await signOut.isVisible()) await signOut.click();
  const roleLabel = pro.roleLabel.fr;
  await page.getByRole('button', { name: `Se connecter en tant que ${pro.name}, ${roleLabel}` }).click();
  await who(page, pro).waitFor({ timeout: SCREEN_TIMEOUT });
}

/** Goes to a page by the main navigation. */
export async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/**
 * Admits a new person through « Nouvelle admission »: the file is created and the admission started.
 * Returns the instance id and the file id read from the addresses the app navigates to.
 */
export async function admit(app: AppPage, person: Identity): Promise<{ instanceId: string; fileId: string }> {
  const { page } = app;
  await nav(page, 'Nouvelle admission');
  await page.getByLabel('Nom de naissance').fill(person.birthName);
  await page.getByLabel(/^Prénom\(s\) de naissance/).fill(person.firstNames);
  await page.getByLabel('Date de naissance').fill(person.birthDate);
  await page.getByRole('radio', { name: person.sex === 'F' ? 'Féminin' : 'Masculin' }).check();
  await page.getByLabel(/^Code INSEE du lieu de naissance/).fill(person.birthPlace);
  await page.getByLabel('Commune ou pays de naissance').fill(person.birthPlaceName);
  await page.getByRole('button', { name: 'Créer le dossier et démarrer l’admission' }).click();
  await page.waitForURL(/#\/instances\//, { timeout: SCREEN_TIMEOUT }).catch(async () => {
    throw new Error(`Admission not created: ${await alerts(page)}`);
  });
  const instanceId = decodeURIComponent(page.url().split('#/instances/')[1] ?? '');
  const back = page.getByRole('link', { name: 'Retour au dossier' });
  const href = (await back.getAttribute('href')) ?? '';
  return { instanceId, fileId: decodeURIComponent(href.replace('#/persons/', '')) };
}

/** The text of every alert on the page (what a person reads when something is refused). */
export async function alerts(page: Page): Promise<string> {
  const texts = await page.getByRole('alert').allInnerTexts();
  return (
    texts
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' | ') || '(no alert on the page)'
  );
}

/**
 * Opens a person's file from « Personnes accompagnées ». Returns false when the list does not
 * show the person to the signed-in professional (outside the care team).
 */
export async function findFile(page: Page, person: Identity): Promise<boolean> {
  await nav(page, 'Personnes accompagnées');
  // The list loads once: it shows the person at once or not at all. Wait for this list itself:
  // the page left behind (the audit log, a task list) may still show a table of its own.
  const list = page.getByRole('table', { name: 'Personnes accompagnées' });
  await list
    .or(page.getByText('Aucun dossier visible pour votre rôle.'))
    .first()
    .waitFor({ timeout: SCREEN_TIMEOUT })
    .catch(async () => {
      throw new Error(`« Personnes accompagnées » shows no list: ${await alerts(page)}`);
    });
  const link = list.getByRole('link', { name: new RegExp(person.birthName) });
  if (!(await link.count())) return false;
  await link.first().click();
  await page.getByRole('heading', { level: 1, name: new RegExp(person.birthName) }).waitFor();
  return true;
}

/** Opens a person's file from « Personnes accompagnées », or fails saying the list hides it. */
export async function openFile(page: Page, person: Identity): Promise<void> {
  if (!(await findFile(page, person)))
    throw new Error(
      `« Personnes accompagnées » does not show ${person.birthName} to ${await page.getByRole('banner').innerText()}`,
    );
}

/**
 * Adds a professional to the care team of the open file, on its care-team screen (as a manager).
 *
 * @example
 * await addToCareTeam(page, professionalFor('ehpad', ['psychologist']));
 */
export async function addToCareTeam(page: Page, pro: DemoProfessional): Promise<void> {
  const team = page.getByRole('region', { name: /[ÉE]quipe de soins/ });
  await team
    .first()
    .waitFor({ timeout: SCREEN_TIMEOUT })
    .catch(() => {
      throw new Error(`the file shows no care-team section to add ${pro.name}`);
    });
  const candidates = team.first().getByRole('combobox').first();
  const option = candidates.locator('option', { hasText: pro.name });
  // The candidates come from the directory after the section shows: wait for them, not a count.
  await option
    .first()
    .waitFor({ state: 'attached', timeout: SCREEN_TIMEOUT })
    .catch(() => {
      throw new Error(`the care-team screen offers no « ${pro.name} » to add`);
    });
  await candidates.selectOption({ label: (await option.first().innerText()).trim() });
  await team.first().scrollIntoViewIfNeeded();
  await guideShot(page, '07-care-team');
  await team
    .first()
    .getByRole('button', { name: /Ajouter/ })
    .click();
  await until(
    page,
    async () => (await team.first().getByRole('table').first().innerText()).includes(pro.name),
    `${pro.name} not added to the care team`,
  );
}

/**
 * The list item of a workflow on the open file, by the workflow's title and, when the file has
 * several of the same workflow, by the instance its link opens.
 */
export function workflowItem(page: Page, title: string, instanceId?: string): Locator {
  const items = page
    .getByRole('region', { name: 'Processus' })
    .getByRole('listitem')
    .filter({ hasText: title });
  if (!instanceId) return items.first();
  return items
    .filter({ has: page.locator(`a[href="#/instances/${encodeURIComponent(instanceId)}"]`) })
    .first();
}

/** Starts a workflow on the open file by its title; returns the new instance's id. */
export async function startWorkflow(page: Page, title: string): Promise<string> {
  await page.getByLabel('Démarrer un processus').selectOption({ label: title });
  await page.getByRole('button', { name: 'Démarrer', exact: true }).click();
  await page.waitForURL(/#\/instances\//, { timeout: SCREEN_TIMEOUT }).catch(async () => {
    throw new Error(`« ${title} » not started: ${await alerts(page)}`);
  });
  return decodeURIComponent(page.url().split('#/instances/')[1] ?? '');
}

/** Opens the current step of a workflow (of one instance, when given) from the open file. */
export async function openStep(page: Page, workflowTitle: string, instanceId?: string): Promise<Locator> {
  await workflowItem(page, workflowTitle, instanceId)
    .getByRole('link', { name: 'Ouvrir l’étape en cours' })
    .click();
  const step = page.locator('dui-workflow-step');
  await step.getByRole('heading', { level: 2 }).first().waitFor({ timeout: SCREEN_TIMEOUT });
  return step;
}

/**
 * Waits until `check` holds; otherwise fails with `what` and the alerts the page shows then.
 *
 * @example
 * await until(page, async () => (await saved.count()) > 0, 'the draft was not saved');
 */
export async function until(page: Page, check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + SCREEN_TIMEOUT;
  while (Date.now() < end) {
    if (await check()) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`${what} — the page says: ${await alerts(page)}`);
}
