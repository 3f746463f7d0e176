/**
 * Screenshots for the Storybook guide « Parcours » (stories/docs/Parcours.mdx), taken by the
 * journeys at the screens the guide describes. Written only when asked (`JOURNEY_SCREENSHOTS=1`):
 * they are committed files, and CI must never modify tracked files.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the guide's images live. */
export const GUIDE_DIR = resolve(import.meta.dirname, '../../../stories/docs/parcours');

const wanted = process.env.JOURNEY_SCREENSHOTS === '1';

/**
 * Takes the guide's screenshot `name` (e.g. `01-sign-in`) of the page's viewport, when asked.
 *
 * @example
 * await guideShot(page, '01-sign-in');
 */
export async function guideShot(page: Page, name: string): Promise<void> {
  if (!wanted) return;
  mkdirSync(GUIDE_DIR, { recursive: true });
  // Let focus rings and live messages settle, as a person would see the screen.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(GUIDE_DIR, `${name}.png`), animations: 'disabled' });
}
