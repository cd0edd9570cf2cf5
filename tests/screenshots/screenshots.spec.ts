/**
 * The captures `npm run screenshots` writes, one file a page, width and colour scheme:
 * tests/screenshots/output/<page>-<width>-<scheme>.png.
 */
import { test, type Page } from '@playwright/test';
import { fixtureSite } from '../browser/fixture-site.ts';
import { seed } from '../support/seed.ts';

const WIDTHS = [320, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

/** The header given fifteen sections, as tests/browser/navigation.spec.ts does: the same markup with more links. */
async function fifteenSections(page: Page) {
  await page.locator('nav[aria-label="Sections"] ul').evaluate((list) => {
    const names = [
      'Politics',
      'Business',
      'Technology',
      'Science',
      'Health',
      'Climate',
      'Education',
      'Opinion',
      'Culture',
      'Books',
      'Sport',
      'Obituaries',
    ];
    const model = list.querySelector('li:last-child')!;
    for (const name of names) {
      const item = model.cloneNode(true) as HTMLElement;
      const link = item.querySelector('a')!;
      link.textContent = name;
      link.removeAttribute('aria-current');
      list.append(item);
    }
  });
}

const PAGES: Array<{ name: string; url: string; prepare?: (page: Page) => Promise<void> }> = [
  { name: 'front-one-story', url: '/' },
  { name: 'front-many-stories', url: fixtureSite('/') },
  { name: 'front-fifteen-sections', url: fixtureSite('/world/'), prepare: fifteenSections },
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
