/**
 * Lighthouse, mobile preset, in Debian's Chromium: 100 in performance,
 * accessibility, best practices and SEO on the article page and the front page.
 * Tagged @lighthouse: `npm test` runs these alone, after the other browser
 * tests, since a busy CPU lengthens the main-thread tasks Lighthouse scores.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { expect, test } from '@playwright/test';
import config from '../../playwright.config.ts';
import { seed } from '../support/seed.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromePath = config.use!.launchOptions!.executablePath!;
const flags = config.use?.launchOptions?.args ?? [];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

for (const path of [seed.permalink, '/']) {
  test(`Lighthouse scores 100 in every category on ${path} @lighthouse`, async ({ baseURL }) => {
    const chrome = await launch({ chromePath, chromeFlags: flags });
    try {
      const result = await lighthouse(`${baseURL}${path}`, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]!.score]));
      const failing = CATEGORIES.flatMap((id) =>
        lhr.categories[id]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1).map(
          (ref) => `${id}: ${ref.id} ${lhr.audits[ref.id]!.displayValue ?? ''}`,
        ),
      );
      expect(scores, `failing audits: ${failing.join('; ')}`).toEqual(Object.fromEntries(CATEGORIES.map((id) => [id, 1])));
    } finally {
      chrome.kill();
    }
  });
}
