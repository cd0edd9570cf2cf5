/** What the other side sees when the seed article's permalink is shared. */
import { expect, test } from '@playwright/test';
import { seed } from '../support/seed.ts';

const canonical = `https://news.example.com${seed.permalink}`;

test.beforeEach(async ({ page }) => {
  await page.goto(seed.permalink);
});

const meta = (page: import('@playwright/test').Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');

test('the head carries title, description, canonical and Open Graph article tags', async ({ page }) => {
  await expect(page).toHaveTitle(`${seed.headline} – Newsroom`);
  const description = (await meta(page, 'description'))!;
  expect(description.length).toBeLessThanOrEqual(160);
  expect(description.startsWith('MEXICO CITY — When Secretary of State Mike Pompeo')).toBe(true);
  expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(canonical);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:title')).toBe(seed.headline);
  expect(await meta(page, 'og:url')).toBe(canonical);
  expect(await meta(page, 'og:site_name')).toBe('Newsroom');
  expect(await meta(page, 'og:locale')).toBe('en_US');
  expect(await meta(page, 'og:image')).toBe(`${canonical}social-card.png`);
  expect(await meta(page, 'og:image:width')).toBe('1200');
  expect(await meta(page, 'og:image:height')).toBe('630');
  expect(await meta(page, 'og:image:alt')).toContain(seed.headline);
  expect(await meta(page, 'article:published_time')).toBe('2018-05-09T00:00:00-04:00');
  expect(await meta(page, 'article:section')).toBe('World');
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
});

test('the social card exists at the og:image path and is 1200×630', async ({ page, request }) => {
  const imageUrl = new URL((await meta(page, 'og:image'))!);
  const response = await request.get(imageUrl.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
});

test('the one script element with data is valid NewsArticle JSON-LD', async ({ page }) => {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data: unknown = JSON.parse(blocks[0]!);
  expect(data).toMatchObject({
    '@type': 'NewsArticle',
    headline: seed.headline,
    datePublished: '2018-05-09T00:00:00-04:00',
    author: [{ '@type': 'Organization', name: 'The Washington Post' }],
    publisher: { name: 'Newsroom', logo: { url: 'https://news.example.com/publisher-logo.png' } },
    mainEntityOfPage: { '@id': canonical },
    articleSection: 'World',
    isBasedOn: expect.stringMatching(/^https:\/\/www\.washingtonpost\.com\/world\/the_americas\/in-mexico-frustration/),
    dateline: 'MEXICO CITY',
  });
});

test('the page loads no script but the article script', async ({ page }) => {
  const sources = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')));
  expect(sources).toEqual(['/article.js']);
  expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
});

test('share links carry the URL-encoded permalink and name their service', async ({ page }) => {
  const share = page.getByRole('region', { name: 'Share this article' });
  const hrefs = await share.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  for (const href of hrefs) expect(href).toContain(encodeURIComponent(canonical));
  await expect(share.getByRole('link', { name: /^Email/ })).toHaveAttribute('href', /^mailto:\?subject=/);
});

test('with JavaScript the share panel gains a working Copy link or Share button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const share = page.getByRole('region', { name: 'Share this article' });
  // The button is added as the panel nears the viewport, as a reader scrolls to it.
  await share.scrollIntoViewIfNeeded();
  const button = share.getByRole('button');
  await expect(button).toHaveText(/^(Copy link|Share…)$/);
  if ((await button.textContent()) === 'Copy link') {
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await expect(share.getByRole('status')).toHaveText('Link copied');
    // Seen as well as announced.
    await expect(share.getByRole('status')).toBeVisible();
  }
});

test('with JavaScript off the permalink is shown as text and there is no button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(seed.permalink);
  const share = page.getByRole('region', { name: 'Share this article' });
  await expect(share.locator('code')).toHaveText(canonical);
  await expect(share.getByRole('button')).toHaveCount(0);
  await context.close();
});

test('share links read naturally, and those leaving the site open in a new tab and say so', async ({ page }) => {
  const share = page.getByRole('region', { name: 'Share this article' });
  await expect(share.getByRole('link', { name: 'Email this article', exact: true })).not.toHaveAttribute('target', /./);
  for (const service of ['Bluesky', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']) {
    const link = share.getByRole('link', { name: `Share on ${service} (opens in a new tab)`, exact: true });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

for (const width of [320, 768, 1280]) {
  test(`at ${width} px no share link is left alone on a line`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(seed.permalink);
    const share = page.getByRole('region', { name: 'Share this article' });
    const tops = await share.locator('li').evaluateAll((items) => items.map((item) => (item as HTMLElement).offsetTop));
    // Items whose tops are within a few pixels share a row.
    const perRow: number[] = [];
    let rowTop = Number.NEGATIVE_INFINITY;
    for (const top of tops.sort((a, b) => a - b)) {
      if (top - rowTop > 4) {
        perRow.push(0);
        rowTop = top;
      }
      perRow[perRow.length - 1]! += 1;
    }
    expect(perRow.length).toBeGreaterThan(0);
    expect(Math.min(...perRow)).toBeGreaterThan(1);
    await context.close();
  });
}

test('under the headline, Copy link and the way to the other share links are one size', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(seed.permalink);
  const tools = page.locator('.share-tools');
  await expect(tools.getByRole('button', { name: 'Copy link' })).toBeVisible();
  const sizes = await tools.locator('a, button').evaluateAll((controls) =>
    controls.map((control) => ({
      height: Math.round(control.getBoundingClientRect().height),
      fontSize: getComputedStyle(control).fontSize,
      fontWeight: getComputedStyle(control).fontWeight,
    })),
  );
  expect(sizes.length).toBeGreaterThanOrEqual(2);
  for (const size of sizes) expect(size).toEqual(sizes[0]);
  expect(sizes[0]!.height).toBeGreaterThanOrEqual(44);
  // Above the text: the headline's share row is in the first screen.
  await expect(tools).toBeInViewport();
});

test('at 320 px the share row under the headline is one line, its link still named in full', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto(seed.permalink);
  const tools = page.locator('.share-tools');
  // The controls article.js adds (Copy link, and Share… where the browser has it) beside the link.
  await expect(tools.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.evaluate(() => {
    const row = document.querySelector('.share-tools [data-share-actions]')!;
    const share = row.querySelector('li')!.cloneNode(true) as HTMLElement;
    share.querySelector('a, button')!.textContent = 'Share…';
    row.prepend(share);
  });
  const tops = await tools.locator('a, button').evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().top));
  expect(tops).toHaveLength(3);
  expect(new Set(tops).size).toBe(1);
  // The rest of the name is there for a screen reader, not on the screen.
  await expect(tools.getByRole('link', { name: 'More ways to share' })).toBeVisible();
  expect(await tools.locator('.more-words').evaluate((words) => words.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
});

test('the Copy link under the headline copies the permalink and says so there', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seed.permalink);
  const tools = page.locator('.share-tools');
  await tools.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await expect(tools.getByRole('status')).toHaveText('Link copied');
});

test('with JavaScript off the share row under the headline leads to the share links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(seed.permalink);
  const tools = page.locator('.share-tools');
  await expect(tools.getByRole('button')).toHaveCount(0);
  await tools.getByRole('link', { name: 'More ways to share' }).click();
  await expect(page.getByRole('heading', { name: 'Share this article' })).toBeInViewport();
  await context.close();
});

test('the share panel at the foot has its Copy link at the height of its links', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seed.permalink);
  const share = page.getByRole('region', { name: 'Share this article' });
  await share.scrollIntoViewIfNeeded();
  const button = share.getByRole('button', { name: 'Copy link' });
  await expect(button).toBeVisible();
  const height = async (locator: import('@playwright/test').Locator) => Math.round((await locator.boundingBox())!.height);
  expect(await height(button)).toBe(await height(share.getByRole('link', { name: /^Email/ })));
});

test('every share control, under the headline and at the foot, is one height and one type; its Copy link at the foot spans the row', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seed.permalink);
  const share = page.getByRole('region', { name: 'Share this article' });
  await share.scrollIntoViewIfNeeded();
  await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.locator('.share-tools').getByRole('button', { name: 'Copy link' })).toBeAttached();
  const controls = page.locator('[data-share-actions] :is(a, button)');
  const styles = await controls.evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return {
        height: Math.round(element.getBoundingClientRect().height),
        font: `${style.fontSize} ${style.fontWeight} ${style.fontFamily}`,
      };
    }),
  );
  expect(styles.length).toBeGreaterThanOrEqual(8);
  for (const style of styles) expect(style).toEqual(styles[0]);
  const row = (await share.locator('ul').boundingBox())!.width;
  expect(Math.round((await share.getByRole('button', { name: 'Copy link' }).boundingBox())!.width)).toBe(Math.round(row));
});
