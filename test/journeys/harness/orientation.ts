/**
 * The CDAPH orientation an IME or MAS admission needs before « Dossier complet »: recorded on the
 * person's « Orientation CDAPH » page as a secretary does, from the decision letter.
 */
import type { Page } from 'playwright-core';
import type { WorkflowDefinition } from '@duikit/core';
import { openFile, SCREEN_TIMEOUT, until, type Identity } from './screens.js';

type Guarded = { guard?: { name?: string; params?: { categories?: string[] } } };

/**
 * The ESSMS categories (TRE-R66 codes) the transition of `eventType` requires a valid CDAPH
 * orientation to, or undefined when no transition of that event checks one.
 */
export function orientationNeeded(def: WorkflowDefinition, eventType: string): string[] | undefined {
  const walk = (states: Record<string, unknown> | undefined): string[] | undefined => {
    for (const s of Object.values(states ?? {}) as { on?: Record<string, unknown>; states?: never }[]) {
      const on = s.on?.[eventType];
      for (const t of (Array.isArray(on) ? on : [on]) as (Guarded | undefined)[])
        if (t?.guard?.name === 'validOrientation') return t.guard.params?.categories ?? ['*'];
      const inner = walk(s.states);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(def.states);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Records a CDAPH decision orienting `person` towards `category`, opened a month ago and valid
 * five years, on the file's « Orientation CDAPH » page; checks the page lists it.
 */
export async function recordOrientation(page: Page, person: Identity, category: string): Promise<void> {
  await openFile(page, person);
  await page.getByRole('link', { name: 'Orientation CDAPH' }).click();
  await page
    .getByRole('heading', { level: 1, name: /Orientation CDAPH/ })
    .waitFor({ timeout: SCREEN_TIMEOUT });
  const form = page.locator('dui-form');
  const now = Date.now();
  await form.getByLabel(/^\s*Date de la décision/).fill(iso(new Date(now - 40 * 86_400_000)));
  await pickOption(page, 'Nature', /^Attribution$/);
  await pickOption(page, "Catégorie d'ESSMS", new RegExp(`^${category} `));
  await form.getByLabel(/^\s*Ouverture/).fill(iso(new Date(now - 30 * 86_400_000)));
  await form.getByLabel(/^\s*Échéance/).fill(iso(new Date(now + 5 * 365 * 86_400_000)));
  await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await until(
    page,
    async () => (await page.getByText('Décision CDAPH enregistrée.').count()) > 0,
    'the CDAPH decision was not recorded',
  );
  const row = page.getByRole('table', { name: 'Décisions enregistrées' }).getByRole('row').nth(1);
  await until(page, async () => (await row.innerText()).includes(category), 'the decision is not listed');
  await page.getByRole('link', { name: 'Retour au dossier' }).click();
}

/** Picks the option whose text matches, in a select or a radio group labelled `label`. */
async function pickOption(page: Page, label: string, text: RegExp): Promise<void> {
  const form = page.locator('dui-form');
  const select = form.getByRole('combobox', { name: new RegExp(`^\\s*${label}`) });
  if (await select.count()) {
    const option = select.locator('option').filter({ hasText: text });
    await select.selectOption({ label: (await option.first().innerText()).trim() });
    return;
  }
  await form
    .getByRole('radiogroup', { name: new RegExp(`^\\s*${label}`) })
    .getByRole('radio', { name: text })
    .check();
}
