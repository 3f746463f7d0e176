/**
 * Declares one vitest test per generated journey of a category, all on one world (server +
 * browser) started for the file. A failed journey leaves a screenshot in coverage/journeys/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeysOf, offeredIn, type Category } from '../model/paths.js';
import { startWorld, type JourneyWorld } from './app.js';
import { checkOutcome, walkJourney } from './walk.js';

/**
 * @example
 * defineJourneys('ehpad'); // in test/journeys/ehpad.test.ts
 */
export function defineJourneys(category: Category): void {
  let world: JourneyWorld;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => world?.close());
  let n = 0;
  for (const wf of offeredIn(category)) {
    describe(`${category} · ${wf.ref}`, () => {
      for (const journey of journeysOf(category, wf)) {
        const path = journey.steps.map((s) => s.type).join(' › ');
        const index = ++n;
        it(`${journey.id}: ${path}`, async () => {
          const app = await world.open();
          try {
            const walked = await walkJourney(world, app, journey, index);
            await checkOutcome(world, app, journey, walked);
            expect(app.serverErrors, 'server errors answered to the page').toEqual([]);
            expect(app.problems, 'page errors, console errors and CSP violations').toEqual([]);
          } catch (e) {
            mkdirSync('coverage/journeys', { recursive: true });
            await app.page
              .screenshot({ path: `coverage/journeys/${journey.id.replace(/\//g, '-')}.png`, fullPage: true })
              .catch(() => {});
            const seen = [...app.serverErrors, ...app.problems];
            if (seen.length && e instanceof Error)
              e.message += `\nalso seen on the page:\n${seen.join('\n')}`;
            throw e;
          } finally {
            await app.context.close();
          }
        });
      }
    });
  }
}
