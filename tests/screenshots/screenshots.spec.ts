/**
 * The captures `npm run screenshots` writes, one file a page, width and colour scheme:
 * tests/screenshots/output/<page>-<width>-<scheme>.png.
 */
import { test, type Page } from '@playwright/test';
import { addFifteenSections } from '../browser/fifteen-sections.ts';
import { fixtureSite } from '../browser/fixture-site.ts';
import { seed } from '../support/seed.ts';

const WIDTHS = [320, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

const PAGES: Array<{ name: string; url: string; prepare?: (page: Page) => Promise<void> }> = [
  { name: 'front-one-story', url: '/' },
  { name: 'front-many-stories', url: fixtureSite('/') },
  { name: 'front-fifteen-sections', url: fixtureSite('/world/'), prepare: addFifteenSections },
  { name: 'section-front', url: fixtureSite('/local/') },
  { name: 'seed', url: seed.permalink },
  { name: 'photo-article', url: fixtureSite('/testing/2023/05/15/synthetic-photo-story/') },
  { name: 'author', url: fixtureSite('/by/fixture-reporter-one/') },
];

for (const { name, url, prepare } of PAGES) {
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      test(`${name} at ${width} px, ${scheme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(url);
        await page.evaluate(() => document.fonts.ready);
        if (prepare) await prepare(page);
        await page.screenshot({ path: `tests/screenshots/output/${name}-${width}-${scheme}.png`, fullPage: true });
        await context.close();
      });
    }
  }
}
