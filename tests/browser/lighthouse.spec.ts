/**
 * Lighthouse, mobile preset, in Debian's Chromium: 100 in performance,
 * accessibility, best practices and SEO on the article page and the front page.
 * Tagged @lighthouse: `npm test` runs these alone, after the other browser
 * tests, since a busy CPU lengthens the main-thread tasks Lighthouse scores.
 * Each page is measured seven times and the median run (Lighthouse's own
 * computeMedianRun) is scored, as Lighthouse advises for a variable machine:
 * single runs of the same unchanged page on this 2-core machine gave a
 * total blocking time from 24 to 330 ms.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { expect, test } from '@playwright/test';
import config from '../../playwright.config.ts';
import { seed } from '../support/seed.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = 7;
const chromePath = config.use!.launchOptions!.executablePath!;
const flags = config.use?.launchOptions?.args ?? [];

// One more sample when the median still fails: this machine has minutes when
// every task runs about twice as long (docs/decisions/011). A real regression
// fails both; Playwright reports a pass on the second try as flaky.
test.describe.configure({ mode: 'serial', timeout: 300_000, retries: 1 });

for (const path of [seed.permalink, '/']) {
  test(`Lighthouse scores 100 in every category on ${path} @lighthouse`, async ({ baseURL }) => {
    const runs: Array<NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']> = [];
    for (let run = 0; run < RUNS; run++) {
      const chrome = await launch({ chromePath, chromeFlags: flags });
      try {
        const result = await lighthouse(`${baseURL}${path}`, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' });
        runs.push(result!.lhr);
      } finally {
        chrome.kill();
      }
    }
    // Typed here: typescript-eslint cannot resolve the types of Lighthouse's internal module.
    const lhr = computeMedianRun(runs) as (typeof runs)[number];
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]!.score]));
    const failing = CATEGORIES.flatMap((id) =>
      lhr.categories[id]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1).map(
        (ref) => `${id}: ${ref.id} ${lhr.audits[ref.id]!.displayValue ?? ''}`,
      ),
    );
    expect(scores, `failing audits in the median of ${RUNS} runs: ${failing.join('; ')}`).toEqual(
      Object.fromEntries(CATEGORIES.map((id) => [id, 1])),
    );
  });
}
