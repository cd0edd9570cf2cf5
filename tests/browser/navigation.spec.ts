/**
 * The section navigation with as many sections as a newsroom has (issue 27), fifteen of them
 * added to a built page (fifteen-sections.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { addFifteenSections, FIFTEEN_SECTIONS as SECTIONS } from './fifteen-sections.ts';
import { fixtureSite } from './fixture-site.ts';

/** The fixture site's World front, its header given fifteen sections, World still the current one. */
async function withFifteenSections(page: Page) {
  await page.goto(fixtureSite('/world/'));
  await addFifteenSections(page);
}

test.use({ viewport: { width: 320, height: 568 } });

test('fifteen sections and Search stay on one line at 320 px', async ({ page }) => {
  await withFifteenSections(page);
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(SECTIONS.length + 1);
  const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(nav.getByRole('link', { name: 'Search' })).toBeInViewport({ ratio: 1 });
});

test('every one of fifteen sections is reached with the keyboard and brought into view', async ({ page }) => {
  await withFifteenSections(page);
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
  await page.getByRole('link', { name: 'Newsroom', exact: true }).focus();
  for (const name of [...SECTIONS, 'Search']) {
    await page.keyboard.press('Tab');
    const link = nav.getByRole('link', { name, exact: true });
    await expect(link).toBeFocused();
    // Chromium scrolls a focused link into the row's view when it is hidden, not when it shows in
    // part: most of it is always in view, and the next Tab brings the rest.
    await expect(link).toBeInViewport({ ratio: 0.6 });
  }
});

test('the current section is marked, and the row shows there is more beyond its edge', async ({ page }) => {
  await withFifteenSections(page);
  const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
  await expect(nav.locator('[aria-current="page"]')).toHaveText('World');
  const row = nav.locator('ul');
  const { scrollWidth, clientWidth, backgroundImage } = await row.evaluate((list) => ({
    scrollWidth: list.scrollWidth,
    clientWidth: list.clientWidth,
    backgroundImage: getComputedStyle(list).backgroundImage,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // The edge shadows that say the row scrolls.
  expect(backgroundImage).toContain('radial-gradient');
});
