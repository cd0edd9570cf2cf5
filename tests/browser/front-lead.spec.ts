/**
 * The lead story's balance on a front (issue 27, decision 029): its photo in the first screen of
 * a phone, and beside it on a wide screen a text column wide enough for the headline, the dek cut
 * to what fits beside the photo however long the author wrote it.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureSite } from './fixture-site.ts';

/** A dek as long as the longest a newsroom writes: eight lines at 24 px in the old 290 px column. */
const LONG_DEK =
  'A made-up dek as long as the longest a newsroom writes, long enough to fill eight lines of the old narrow column: it names the people, ' +
  'the place and the stakes, adds a clause on what happened before, and another on what comes next, and still goes on after the ' +
  'reader has what the headline promised, as a long dek does.';

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, bottom, width, height } = element.getBoundingClientRect();
      return { top, bottom, width, height };
    });

test('on a 320×568 phone the lead photo is in the first screen, whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(fixtureSite('/'));
  const photo = await box(page, '.front .lead img');
  expect(photo.height).toBeGreaterThan(100);
  expect(photo.top).toBeGreaterThanOrEqual(0);
  expect(photo.bottom).toBeLessThanOrEqual(568);
});

test('at 1280 px the lead text has two fifths of the row, and a long dek is cut to fit beside the photo', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(fixtureSite('/'));
  const summary = page.locator('.front .lead-summary');
  await summary.evaluate((element, dek) => {
    element.textContent = dek;
  }, LONG_DEK);
  const text = await box(page, '.front .lead-text');
  const photo = await box(page, '.front .lead img');
  const dek = await box(page, '.front .lead-summary');
  expect(text.width).toBeGreaterThanOrEqual(340);
  expect(text.width).toBeGreaterThanOrEqual(0.6 * photo.width);
  expect(text.top).toBe(photo.top);
  expect(text.height).toBeLessThanOrEqual(photo.height);
  expect(dek.height).toBeLessThan(photo.height / 3);
  // Cut, not gone: the whole dek is still the element's text (the article page shows it in full).
  await expect(summary).toHaveText(LONG_DEK);
});
