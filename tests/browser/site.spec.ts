/**
 * The site around the articles, on the fixture site (tests/fixtures/site-content,
 * built with a page size of two).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSite } from './fixture-site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Fixture articles, newest first (the late-night vote is Jan 11 03:30 UTC, Jan 10 in New York). */
const NEWEST_FIRST = [
  '/local/2024/03/05/synthetic-council-budget-vote/',
  '/world/2024/03/04/synthetic-trade-talks-resume/',
  '/world/2024/02/20/synthetic-summit-ends/',
  '/local/2024/01/10/synthetic-late-night-vote/',
  '/local/2024/01/10/synthetic-library-hours/',
  '/testing/2023/06/01/synthetic-hostile-markdown/',
  '/testing/2023/05/15/synthetic-photo-story/',
  '/world/2018/05/09/mexico-frustration-with-trump-grows/',
];

/** Every article headline a listing page links to, in reading order: a front's lead, secondary stories and blocks, then the list. */
const headlineLinks = (page: Page) =>
  page
    .locator('main .lead-headline a, main .secondary-headline a, main .block li a, main ol.teaser-list h2 a, main ol.teaser-list h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('the front page leads with the newest articles, and its archive pages list the rest, named by their days, with real page links', async ({
  page,
}) => {
  await page.goto(fixtureSite('/'));
  // The pinned photo story leads; the newest follow as secondary stories, so the first page's list repeats none of them.
  const onFront = await headlineLinks(page);
  expect(onFront[0]).toBe('/testing/2023/05/15/synthetic-photo-story/');
  expect(onFront.slice(1, 5)).toEqual(NEWEST_FIRST.slice(0, 4));
  await expect(page.locator('ol.teaser-list')).toHaveCount(0);
  const seen: (string | null)[] = [];
  await page.getByRole('link', { name: 'Older articles →' }).click();
  for (;;) {
    seen.push(...(await headlineLinks(page)));
    const older = page.getByRole('link', { name: 'Older articles →' });
    if ((await older.count()) === 0) break;
    await older.click();
  }
  // The archive pages hold the oldest articles, each once and in order; the first page the newest, at least a page (two) of them.
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.length).toBeLessThanOrEqual(NEWEST_FIRST.length - 2);
  expect(seen).toEqual(NEWEST_FIRST.slice(NEWEST_FIRST.length - seen.length));
  // The oldest archive page is named by its oldest article (day and file name), and says the days it spans.
  expect(page.url()).toBe(fixtureSite('/page/2018-05-09-mexico-frustration-with-trump-grows/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Latest news, May 9, 2018( to \w+ \d+, 20\d\d)?$/);
  await expect(page.getByRole('link', { name: '← Newer articles' })).toHaveAttribute('href', /^\/page\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/$/);
});

test("a teaser shows headline, summary, section, co-authors and date on an author's page", async ({ page }) => {
  await page.goto(fixtureSite('/by/fixture-reporter-two/'));
  const first = page.locator('ol.teaser-list > li').first();
  await expect(first.getByRole('link')).toHaveText('Synthetic fixture: council approves a budget that exists only in tests');
  await expect(first).toContainText('A made-up article used by the test suite');
  await expect(first).toContainText('Local');
  await expect(first).toContainText('With Fixture Reporter One');
  await expect(first).not.toContainText('Fixture Reporter Two');
  await expect(first.locator('time')).toHaveText('March 5, 2024 at 6:30 p.m. EST');
});

test("a subsection's breadcrumb stands above its heading, the section and the subsection on one line", async ({ page }) => {
  await page.goto(fixtureSite('/world/the-americas/'));
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  const [trail, heading] = await Promise.all([breadcrumb.boundingBox(), page.getByRole('heading', { level: 1 }).boundingBox()]);
  expect(trail!.y + trail!.height).toBeLessThanOrEqual(heading!.y);
  // Where each item's text stands (its box may be padded or stretched).
  const middle = (item: string) =>
    breadcrumb.locator(item).evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const box = range.getBoundingClientRect();
      return box.y + box.height / 2;
    });
  expect(Math.abs((await middle('a')) - (await middle('[aria-current="page"]')))).toBeLessThan(1);
});

test('section, subsection, byline and tag pages list their own articles', async ({ page }) => {
  await page.goto(fixtureSite('/world/'));
  // A section front: its lead and secondary stories are all three World articles.
  expect(await headlineLinks(page)).toEqual(NEWEST_FIRST.filter((p) => p.startsWith('/world/')));
  await page.goto(fixtureSite('/world/the-americas/'));
  expect(await headlineLinks(page)).toEqual([
    '/world/2024/03/04/synthetic-trade-talks-resume/',
    '/world/2018/05/09/mexico-frustration-with-trump-grows/',
  ]);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText('The Americas');
  await page.goto(fixtureSite('/by/fixture-reporter-two/'));
  // Three articles, all on the byline's first page here.
  expect(await headlineLinks(page)).toEqual([
    '/local/2024/03/05/synthetic-council-budget-vote/',
    '/local/2024/01/10/synthetic-library-hours/',
    '/testing/2023/05/15/synthetic-photo-story/',
  ]);
  await page.goto(fixtureSite('/tags/trade/'));
  expect(await headlineLinks(page)).toEqual([
    '/world/2024/03/04/synthetic-trade-talks-resume/',
    '/world/2024/02/20/synthetic-summit-ends/',
  ]);
});

test('the header marks the current section', async ({ page }) => {
  await page.goto(fixtureSite('/world/2024/02/20/synthetic-summit-ends/'));
  await expect(page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]')).toHaveText('World');
});

test('an article page shows related links first, then More from its section', async ({ page }) => {
  await page.goto(fixtureSite('/world/2024/03/04/synthetic-trade-talks-resume/'));
  const sidebars = page.getByRole('complementary');
  await expect(sidebars).toHaveCount(2);
  await expect(sidebars.nth(0)).toHaveAccessibleName('Related coverage');
  await expect(sidebars.nth(1)).toHaveAccessibleName('More from World');
  const more = await sidebars
    .nth(1)
    .locator('li a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // The Mexico story is in its related coverage: not listed twice.
  expect(more).toEqual(['/world/2024/02/20/synthetic-summit-ends/']);
});

test('with no related links and no other article in the section, no sidebar or heading appears', async ({ page }) => {
  await page.goto(fixtureSite('/local/2024/03/05/synthetic-council-budget-vote/'));
  await expect(page.getByRole('complementary', { name: 'Related coverage' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Related coverage' })).toHaveCount(0);
});

test('every page advertises the site feed', async ({ page }) => {
  for (const path of ['/', '/world/', '/search/', NEWEST_FIRST[0]!]) {
    await page.goto(fixtureSite(path));
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]')).toHaveCount(1);
  }
});

/** Parses XML with the browser's own parser; throws on a parse error. */
async function parseXml(page: Page, path: string) {
  const response = await page.request.get(fixtureSite(path));
  expect(response.status()).toBe(200);
  const text = await response.text();
  await page.goto(fixtureSite('/'));
  return { text, page };
}

test('the RSS feed is well-formed and each item has the right link and date', async ({ page }) => {
  const { text } = await parseXml(page, '/rss.xml');
  const items = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
    return [...doc.querySelectorAll('item')].map((item) => ({
      link: item.querySelector('link')?.textContent,
      guid: item.querySelector('guid')?.textContent,
      pubDate: item.querySelector('pubDate')?.textContent,
      creators: [...item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')].map((c) => c.textContent),
      categories: [...item.querySelectorAll('category')].map((c) => c.textContent),
    }));
  }, text);
  expect(items.map((i) => i.link)).toEqual(NEWEST_FIRST.map((p) => `https://news.example.com${p}`));
  expect(items.every((i) => i.guid === i.link)).toBe(true);
  const seed = items.at(-1)!;
  expect(seed.pubDate).toBe('Wed, 09 May 2018 00:00:00 -0400');
  expect(seed.creators).toEqual(['The Washington Post']);
  expect(seed.categories).toEqual(['World', 'The Americas']);
  expect(items[0]!.pubDate).toBe('Tue, 05 Mar 2024 18:30:00 -0500');
});

test('each section has its own feed', async ({ page }) => {
  const { text } = await parseXml(page, '/local/rss.xml');
  const links = await page.evaluate(
    (xml) => [...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('item > link')].map((l) => l.textContent),
    text,
  );
  expect(links).toEqual(NEWEST_FIRST.filter((p) => p.startsWith('/local/')).map((p) => `https://news.example.com${p}`));
});

test("the sitemaps, found through their index, list every article, the news sitemap the last two days' (by the build's SOURCE_DATE_EPOCH), and robots.txt names both", async ({
  page,
  request,
}) => {
  const robots = await (await request.get(fixtureSite('/robots.txt'))).text();
  expect(robots).toContain('Sitemap: https://news.example.com/sitemap-index.xml');
  expect(robots).toContain('Sitemap: https://news.example.com/news-sitemap.xml');
  const locs = (xml: string) =>
    page.evaluate(
      (x) => [...new DOMParser().parseFromString(x, 'application/xml').getElementsByTagName('loc')].map((l) => l.textContent),
      xml,
    );
  const { text: index } = await parseXml(page, '/sitemap-index.xml');
  const parts = await locs(index);
  expect(parts).toContain('https://news.example.com/sitemap-articles-2024-03.xml');
  const sitemaps: string[] = [];
  const sitemapLocs: string[] = [];
  for (const url of parts) {
    const { text } = await parseXml(page, new URL(url).pathname);
    sitemaps.push(text);
    sitemapLocs.push(...(await locs(text)));
  }
  const { text: news } = await parseXml(page, '/news-sitemap.xml');
  const newsLocs = await locs(news);
  for (const path of NEWEST_FIRST) expect(sitemapLocs).toContain(`https://news.example.com${path}`);
  // The fixture is built at 2024-03-06T06:00Z (package.json, build:fixture): one article is under two days old (the
  // next, dated March 4, stands for that day's start in New York, 49 hours before).
  expect(newsLocs).toEqual(NEWEST_FIRST.slice(0, 1).map((path) => `https://news.example.com${path}`));
  expect(sitemapLocs).not.toContain('https://news.example.com/local/old-budget-story/');
  expect(sitemapLocs).not.toContain('https://news.example.com/404/');
  expect(sitemaps.join('')).toContain('<lastmod>2024-03-06T09:15:00-05:00</lastmod>');
});

test('search finds an article by a word of its body', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  await expect(page.locator('[data-search-fallback]')).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('library');
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/library extends hours/);
});

test('a search result opens its article with the words searched for marked, whole words only', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  // "is" is also inside "this" in the article's text: only the word is marked.
  await page.goto(fixtureSite('/search/?q=library%20is'));
  await page.locator('[data-search-results] h2 a').first().click();
  await expect(page).toHaveURL(/\?highlight=library&highlight=is$/);
  const marked = page.locator('mark.search-found');
  await expect(marked.first()).toBeVisible();
  const words = await marked.allTextContents();
  expect(new Set(words.map((word) => word.toLowerCase()))).toEqual(new Set(['library', 'is']));
  const besides = await marked.evaluateAll((marks) =>
    marks.map((mark) => `${mark.previousSibling?.textContent?.at(-1) ?? ' '}${mark.nextSibling?.textContent?.[0] ?? ' '}`),
  );
  for (const around of besides) expect(around).not.toMatch(/\p{L}/u);
  // The headline and the share controls are the page's, not the article's text: never marked.
  await expect(page.locator('h1 mark, .share-tools mark')).toHaveCount(0);
  // Nothing the Content Security Policy refused (the highlighter's own inline style is turned off).
  expect(errors).toEqual([]);
});

test('a misspelt word gets no results and the nearest word the index has, one click away', async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=libary'));
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('No results: no article contains the word “libary”. Did you mean library?');
  await status.getByRole('link', { name: 'library' }).click();
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/library extends hours/);
  await expect(page).toHaveURL(/\?q=library$/);
});

test("a search result's excerpt is a passage of the text, not its headline again", async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=frustration'));
  const result = page.locator('[data-search-results] > li').first();
  await expect(result.locator('h2 a')).toHaveText(/In Mexico, frustration with Trump grows/);
  const excerpt = result.locator('.result-excerpt');
  await expect(excerpt).toContainText('mounting frustration');
  await expect(excerpt).not.toContainText('frustration with Trump grows');
});

test("a result's excerpt carries no page furniture: no 'Photo credit' run into the caption", async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=circles'));
  const excerpt = page.locator('[data-search-results] .result-excerpt').first();
  await expect(excerpt).toContainText('circles');
  await expect(excerpt).not.toContainText('Photo credit');
});

test('search still finds an article by a word only its headline has (the newest article, in a part merged into the first)', async ({
  page,
}) => {
  await page.goto(fixtureSite('/search/?q=approves'));
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/council approves a budget/);
});

test('search finds the oldest article, in the first part of the index, where Pagefind loads from', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Mexico');
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/In Mexico, frustration with Trump grows/);
});

test('search indexes the article, not the page furniture around it: no result points into the share buttons', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Mexico');
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/In Mexico, frustration with Trump grows/);
  await expect(page.locator('[data-search-results]')).not.toContainText('Share this article');
  await expect(page.locator('[data-search-results]')).not.toContainText('Read this article online');
});

test('a search result reads like a teaser: headline, date, section and byline, and the count says how many', async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=library'));
  const result = page.locator('[data-search-results] > li').first();
  await expect(result.locator('h2 a')).toHaveText(/library extends hours/);
  await expect(result.locator('.result-meta')).toHaveText('January 10, 2024 · Local · By Fixture Reporter Two');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “library”\.$/);
});

test('search finds articles by their byline, which the indexed text leaves out', async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=Reporter'));
  const metas = page.locator('[data-search-results] .result-meta');
  await expect(metas.first()).toContainText('Fixture Reporter');
  await expect(metas.filter({ hasNotText: 'Fixture Reporter' })).toHaveCount(0);
});

test('a word no article holds gives no results and is named, even beside a word that matches', async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=library%20Watergate'));
  await expect(page.locator('[data-search-status]')).toContainText('no article contains the word “Watergate”');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
  await page.locator('[data-search-status]').getByRole('link', { name: 'library' }).click();
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/library extends hours/);
});

test('while the reader types, the last word matches the beginning of a word', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('libr');
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/library extends hours/);
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for “libr…”\.$/);
});

test('a space after the last word makes it a whole word again', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('libr ');
  await expect(page.locator('[data-search-status]')).toContainText('no article contains the word “libr”');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
});

test('sending the search with Enter makes the last word a whole word', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('libr');
  await box.press('Enter');
  await expect(page.locator('[data-search-status]')).toContainText('no article contains the word “libr”');
});

test('while typing, every word but the last stays a whole word', async ({ page }) => {
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('libr hou');
  await expect(page.locator('[data-search-status]')).toContainText('no article contains the word “libr”');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('library hou');
  await expect(page.locator('[data-search-results] h2 a').first()).toHaveText(/library extends hours/);
});

test('a beginning no word has finds nothing, where Pagefind would fall back to a shorter word ("councilx" to "council")', async ({
  page,
}) => {
  await page.goto(fixtureSite('/search/'));
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('councilx');
  await expect(page.locator('[data-search-status]')).toContainText('no article contains a word beginning “councilx…”');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
});

test('newest first puts the results in order of publication, and a section filter keeps only that section', async ({ page }) => {
  await page.goto(fixtureSite('/search/?q=synthetic&sort=newest'));
  const metas = page.locator('[data-search-results] .result-meta');
  await expect(metas.first()).toBeVisible();
  const dates = (await metas.allTextContents()).map((meta) => Date.parse(meta.split(' · ')[0]!.replace(/ at .*/, '')));
  expect(dates.length).toBeGreaterThan(2);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  await page.locator('select[name="section"]').selectOption('Local');
  await expect(page).toHaveURL(/section=Local/);
  // Retried until the filtered results replace the others (the address changes first).
  await expect(metas.first()).toContainText(' · Local · ');
  await expect(metas.filter({ hasNotText: ' · Local · ' })).toHaveCount(0);
});

test('with JavaScript off the search page explains itself and offers the sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(fixtureSite('/search/'));
  await expect(page.locator('[data-search-fallback]')).toContainText('needs JavaScript');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.locator('.browse').getByRole('link', { name: 'World' })).toHaveAttribute('href', '/world/');
  await context.close();
});

test('a missing page answers 404 with the site header, a search link and the newest articles', async ({ page }) => {
  const response = await page.goto(fixtureSite('/no/such/page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Search the site' })).toHaveAttribute('href', '/search/');
  await expect(page.locator('ol.teaser-list > li')).toHaveCount(5);
});

for (const path of [
  '/',
  '/world/',
  '/world/the-americas/',
  '/by/fixture-reporter-one/',
  '/tags/trade/',
  '/search/',
  '/404.html',
  NEWEST_FIRST[0]!,
]) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(fixtureSite(path));
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
