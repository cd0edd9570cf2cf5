import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { seed } from '../support/seed.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation at ${width}px, ${colorScheme} scheme`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(seed.permalink);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}

test('the first Tab stop is the skip link, and it moves focus into <main>', async ({ page }) => {
  await page.goto(seed.permalink);
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveText('Skip to main content');
  await expect(first).toBeInViewport();
  await page.keyboard.press('Enter');
  const focusIsInMain = await page.evaluate(() => {
    const main = document.querySelector('main');
    return Boolean(main && document.activeElement && main.contains(document.activeElement));
  });
  expect(focusIsInMain).toBe(true);
  // The next Tab stop is inside the article, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
});

test('there is no horizontal scrolling at 320px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(seed.permalink);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the page has landmarks: header, navigation, main, article, footer, and the labelled sidebar', async ({ page }) => {
  await page.goto(seed.permalink);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.locator('main article')).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Related coverage' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('the related sidebar sits beside the article on a wide screen and after it on a narrow one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(seed.permalink);
  const article = (await page.locator('main article').boundingBox())!;
  const aside = (await page.getByRole('complementary', { name: 'Related coverage' }).boundingBox())!;
  expect(aside.x).toBeGreaterThan(article.x + article.width - 1);
  await page.setViewportSize({ width: 400, height: 900 });
  const narrowArticle = (await page.locator('main article').boundingBox())!;
  const narrowAside = (await page.getByRole('complementary', { name: 'Related coverage' }).boundingBox())!;
  expect(narrowAside.y).toBeGreaterThanOrEqual(narrowArticle.y + narrowArticle.height);
});

test('the whole article reads with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(seed.permalink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
  // Scrolled to as a reader would: blocks below the first screen are laid out as they near it.
  for (const paragraph of [seed.paragraphs[1]!, seed.paragraphs.at(-1)!]) {
    const shown = page.locator('.article-body p', { hasText: paragraph });
    await shown.scrollIntoViewIfNeeded();
    // Rendered text (innerText), waited for: the block is laid out in the frame after it nears the viewport.
    await expect(shown).toHaveText(paragraph, { useInnerText: true });
  }
  await context.close();
});
