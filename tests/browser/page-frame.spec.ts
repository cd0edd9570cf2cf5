/**
 * The page's frame and the reader's path through it (issue 13): header, content
 * and footer on one grid at every width; related coverage straight after the
 * text on narrow screens; a footer with what a news site's footer holds; a
 * front page with a lead story; no horizontal scrolling on any page type.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seed } from '../support/seed.ts';
import { fixtureSite } from './fixture-site.ts';

const WIDTHS = [320, 768, 1280];
const PAGE_TYPES = [
  '/',
  seed.permalink,
  '/world/',
  '/world/the-americas/',
  '/by/the-washington-post/',
  '/about/',
  '/corrections/',
  '/search/',
  fixtureSite('/'),
  fixtureSite('/page/2018-05-09-mexico-frustration-with-trump-grows/'),
  fixtureSite('/testing/2023/05/15/synthetic-photo-story/'),
  fixtureSite('/local/'),
  fixtureSite('/tags/trade/'),
];

const left = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => Math.round(element.getBoundingClientRect().left));

for (const width of WIDTHS) {
  test(`the masthead, the page's heading and the footer start on one line at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [seed.permalink, '/world/', '/about/']) {
      await page.goto(path);
      const masthead = await left(page, '.site-name');
      expect(await left(page, 'main h1'), path).toBe(masthead);
      expect(await left(page, '.site-footer .frame'), path).toBe(masthead);
    }
  });

  test(`no page type scrolls sideways at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test('at 768px the article column is centred, not left with the right side empty', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto(seed.permalink);
  const { leftGap, rightGap } = await page.locator('.article').evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { leftGap: box.left, rightGap: document.documentElement.clientWidth - box.right };
  });
  expect(Math.abs(leftGap - rightGap)).toBeLessThanOrEqual(2);
});

test('on a phone, related coverage comes right after the article, its topics and share panel', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(seed.permalink);
  const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  const endOfArticle = await page.locator('.article').evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
  const related = await top('aside[aria-labelledby="related-coverage-heading"]');
  expect(await top('.share-links')).toBeLessThan(endOfArticle);
  expect(related).toBeGreaterThanOrEqual(endOfArticle);
  expect(related - endOfArticle).toBeLessThan(200);
});

test('the footer lists the sections, About, the corrections policy, the feed and a copyright line', async ({ page }) => {
  await page.goto(seed.permalink);
  const footer = page.locator('footer.site-footer');
  const links: Array<[name: string, href: string]> = [
    ['World', '/world/'],
    ['About this site', '/about/'],
    ['Corrections policy', '/corrections/'],
    ['RSS feed of the latest news', '/rss.xml'],
  ];
  for (const [name, href] of links) await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  await expect(footer).toContainText('© Newsroom, publishing since 2018.');
});

test('About and the corrections policy are pages of their own, from content/pages, with no violation', async ({ page }) => {
  const pages: Array<[path: string, heading: string]> = [
    ['/about/', 'About this site'],
    ['/corrections/', 'Corrections policy'],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});

test('the front page leads with a story set large, then secondary stories and blocks by section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(fixtureSite('/'));
  const lead = page.locator('.front .lead');
  // The pinned story leads, above newer ones, with its photo loaded first.
  await expect(lead.getByRole('link')).toHaveText('Synthetic fixture: an article with a photo from a camera');
  await expect(lead.locator('img')).toHaveAttribute('fetchpriority', 'high');
  await expect(lead.locator('img')).toHaveAttribute('alt', /Overlapping translucent circles/);
  const leadSize = await lead.locator('h3').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  const secondarySize = await page
    .locator('.front .secondary h3')
    .first()
    .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(leadSize).toBeGreaterThan(secondarySize * 1.2);
  await expect(page.locator('.front .secondary li')).toHaveCount(4);
  // Blocks hold what the lead and secondary stories do not, in the registry's order.
  expect(await page.locator('.blocks .block h2').allTextContents()).toEqual(['World', 'Local', 'Testing']);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a listing's page links sit under the list they page through, not out at the frame's edge", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(fixtureSite('/by/fixture-reporter-one/'));
  const right = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => element.getBoundingClientRect().right);
  expect(await right('nav.pagination')).toBeLessThanOrEqual(await right('.teaser-list'));
});
