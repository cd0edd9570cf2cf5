import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { seed } from '../support/seed.ts';
import { fixtureSite } from './fixture-site.ts';

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

test('at 1280px the keyboard goes through the article, its topics and share links, then the sidebars', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(fixtureSite('/world/2024/03/04/synthetic-trade-talks-resume/'));
  await page.locator('main').focus();
  const visited: string[] = [];
  for (let stop = 0; stop < 60; stop += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active?.closest('main')) return 'out';
      if (active.closest('.tag-list')) return 'topics';
      if (active.closest('.share-links')) return 'share';
      if (active.closest('.article-sidebars')) return 'sidebars';
      return 'article';
    });
    if (where === 'out') break;
    if (visited.at(-1) !== where) visited.push(where);
  }
  expect(visited).toEqual(['article', 'topics', 'share', 'sidebars']);
});

test('"More from" never lists an article the related coverage lists', async ({ page }) => {
  await page.goto(fixtureSite('/world/2024/03/04/synthetic-trade-talks-resume/'));
  const paths = (name: string) =>
    page
      .getByRole('complementary', { name })
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const related = await paths('Related coverage');
  expect(related).toContain('/world/2018/05/09/mexico-frustration-with-trump-grows/');
  for (const path of await paths('More from World')) expect(related).not.toContain(path);
});

test('a full-page capture shows the whole article, down to its last paragraph and the footer', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(seed.permalink);
  const capture = await page.screenshot({ fullPage: true, type: 'png' });
  const lastParagraph = (await page.locator('.article-body > p').last().boundingBox())!;
  const footer = (await page.locator('.site-footer').boundingBox())!;
  // Read the capture's pixels back in a blank page (no policy there to refuse the data: address).
  const blank = await context.newPage();
  const inkIn = await blank.evaluate(
    async ({ png, boxes }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const drawing = canvas.getContext('2d')!;
      drawing.drawImage(image, 0, 0);
      return boxes.map(({ x, y, width, height }) => {
        const { data } = drawing.getImageData(Math.round(x), Math.round(y), Math.round(width), Math.round(height));
        const first = [data[0], data[1], data[2]];
        let differing = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i] !== first[0] || data[i + 1] !== first[1] || data[i + 2] !== first[2]) differing += 1;
        return differing;
      });
    },
    { png: capture.toString('base64'), boxes: [lastParagraph, footer] },
  );
  for (const ink of inkIn) expect(ink).toBeGreaterThan(100);
  await context.close();
});
