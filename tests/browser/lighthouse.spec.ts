/**
 * Lighthouse, mobile preset, in Debian's Chromium, on the article page, the
 * front page, a section front and an article with a photo: 100 in accessibility, best practices and SEO; in performance,
 * every weighted metric in Lighthouse's "good" band (a score of 0.9 or more:
 * first contentful paint under 1.8 s, total blocking time under 200 ms, ...).
 *
 * Why not a performance score of 100: that needs a total blocking time under
 * about 95 ms, and on this 2-core machine single runs of the same unchanged
 * article page gave 24 to 330 ms, for the build before decision 011 as for
 * the one after; medians of seven runs in CI gave 100 and 180 ms
 * (docs/decisions/011-rendering-work-at-load.md). The figure is reported, not
 * asserted; `tests/bench/lighthouse-runs.ts` measures it over many runs.
 *
 * Tagged @lighthouse: `npm test` runs these alone, after the other browser
 * tests, since a busy CPU lengthens the main-thread tasks Lighthouse scores.
 * Each page is measured five times and the median run (Lighthouse's own
 * computeMedianRun) is judged, as Lighthouse advises for a variable machine
 * (five, Lighthouse's own suggestion; seven took a minute a page of CI, and
 * the medians of seven in the last six CI runs gave 0 to 5 ms of blocking).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { expect, test } from '@playwright/test';
import config from '../../playwright.config.ts';
import { seed } from '../support/seed.ts';
import { fixtureSite } from './fixture-site.ts';

const PHOTO_ARTICLE = '/testing/2023/05/15/synthetic-photo-story/';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = 5;
/** Lighthouse's "good" band, for the speed metrics. */
const GOOD_SPEED = 0.9;
/**
 * The full-page screenshot only draws the report's page image, which no audit scores: 1.7 s of
 * each run's 9 to 11 s here, half a minute of CI over the twenty runs.
 */
const WITHOUT_PAGE_SCREENSHOT = { extends: 'lighthouse:default', settings: { disableFullPageScreenshot: true } } as const;
const chromePath = config.use!.launchOptions!.executablePath!;
const flags = config.use?.launchOptions?.args ?? [];

// One more sample when the median still fails: this machine has minutes when
// every task runs about twice as long (docs/decisions/011). A real regression
// fails both; Playwright reports a pass on the second try as flaky. In order,
// one page at a time, but not in serial mode, which tried every page again for
// one page's failure (2.7 minutes of CI).
test.describe.configure({ mode: 'default', timeout: 300_000, retries: 1 });

/** The seed article, the front page, a section front, and an article with a camera-sized photo (from the fixture site). */
const PAGES: Array<{ path: string; at: (baseURL: string) => string }> = [
  { path: seed.permalink, at: (baseURL) => `${baseURL}${seed.permalink}` },
  { path: '/', at: (baseURL) => `${baseURL}/` },
  { path: '/world/', at: (baseURL) => `${baseURL}/world/` },
  { path: PHOTO_ARTICLE, at: () => fixtureSite(PHOTO_ARTICLE) },
];

for (const { path, at } of PAGES) {
  test(`Lighthouse: 100 in accessibility, best practices and SEO, every speed metric good, on ${path} @lighthouse`, async ({ baseURL }) => {
    const runs: Array<NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']> = [];
    for (let run = 0; run < RUNS; run++) {
      const chrome = await launch({ chromePath, chromeFlags: flags });
      try {
        const result = await lighthouse(
          at(baseURL!),
          { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' },
          WITHOUT_PAGE_SCREENSHOT,
        );
        runs.push(result!.lhr);
      } finally {
        chrome.kill();
      }
    }
    // Typed here: typescript-eslint cannot resolve the types of Lighthouse's internal module.
    const lhr = computeMedianRun(runs) as (typeof runs)[number];
    const failing = CATEGORIES.flatMap((id) =>
      lhr.categories[id]!.auditRefs.filter(
        (ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < (id === 'performance' ? GOOD_SPEED : 1),
      ).map((ref) => `${id}: ${ref.id} ${lhr.audits[ref.id]!.displayValue ?? ''}`),
    );
    const performance = lhr.categories['performance']!.score;
    const blockingTime = Math.round(lhr.audits['total-blocking-time']!.numericValue ?? 0);
    console.log(`${path}: performance ${performance}, total blocking time ${blockingTime} ms (median of ${RUNS} runs)`);
    expect(failing, `failing audits in the median of ${RUNS} runs (performance score ${performance})`).toEqual([]);
  });
}
