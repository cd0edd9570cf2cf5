/**
 * Every file that gives an article's date to a machine (JSON-LD, Open Graph, the RSS feed, the
 * sitemap, the news sitemap) gives the same instant: for a date-only article, its day's start in
 * the site's zone (decision 026); for a timed one, its instant. One build of the seed plus a
 * date-only and a timed story, both recent enough for the news sitemap.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/site-build.ts';

const story = (headline: string, date: string) =>
  `---\nheadline: "${headline}"\nbyline:\n  - name: Fixture Wire Service\n    kind: organization\n    oneOff: true\ndate: ${date}\nsection: World\n---\n\nSynthetic body.\n`;

const STORIES = {
  date: {
    file: 'synthetic-day-story',
    date: '2024-03-05',
    path: '/world/2024/03/05/synthetic-day-story/',
    instant: '2024-03-05T05:00:00Z',
  },
  timed: {
    file: 'synthetic-timed-story',
    date: '2024-03-05T18:30:00-05:00',
    path: '/world/2024/03/05/synthetic-timed-story/',
    instant: '2024-03-05T23:30:00Z',
  },
};

let work = '';
let site = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'one-instant-'));
  cpSync('content', join(work, 'content'), { recursive: true });
  for (const { file, date } of Object.values(STORIES))
    writeFileSync(join(work, 'content', 'articles', `${file}.md`), story(`Synthetic fixture: ${file}`, date));
  site = join(work, 'dist');
  // 2024-03-06T12:00Z: both stories are under two days old.
  const run = buildSite(site, {
    CONTENT_DIR: join(work, 'content'),
    BUILD_CACHE_DIR: join(work, 'cache'),
    SOURCE_DATE_EPOCH: '1709726400',
  });
  if (run.status !== 0) throw new Error(run.output);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const parser = new XMLParser({ isArray: (name) => ['item', 'url'].includes(name), parseTagValue: false });
const xml = (file: string) => parser.parse(readFileSync(join(site, file), 'utf8')) as Record<string, Record<string, unknown>>;
const URL_OF = (path: string) => `https://news.example.com${path}`;

/** What each file says, as text, for one article. */
function datesGiven(path: string): Record<string, string | undefined> {
  const page = readFileSync(join(site, path, 'index.html'), 'utf8');
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as { datePublished: string };
  const feed = xml('rss.xml')['rss'] as { channel: { item: { link: string; pubDate: string }[] } };
  const month = /\/(\d{4})\/(\d{2})\//.exec(path)!;
  const sitemap = xml(`sitemap-articles-${month[1]}-${month[2]}.xml`)['urlset'] as { url: { loc: string; lastmod?: string }[] };
  const news = xml('news-sitemap.xml')['urlset'] as { url: { loc: string; 'news:news'?: { 'news:publication_date': string } }[] };
  return {
    'JSON-LD datePublished': jsonLd.datePublished,
    'Open Graph article:published_time': /<meta property="article:published_time" content="([^"]+)"/.exec(page)?.[1],
    'RSS pubDate': feed.channel.item.find((item) => item.link === URL_OF(path))?.pubDate,
    'sitemap lastmod': sitemap.url.find((url) => url.loc === URL_OF(path))?.lastmod,
    'news sitemap publication_date': news.url.find((url) => url.loc === URL_OF(path))?.['news:news']?.['news:publication_date'],
  };
}

describe.each(Object.entries(STORIES))('a %s article', (_kind, { path, instant }) => {
  it('is given one instant by JSON-LD, Open Graph, RSS, the sitemap and the news sitemap', () => {
    const given = datesGiven(path);
    const instants = Object.fromEntries(Object.entries(given).map(([where, text]) => [where, text && new Date(text).toISOString()]));
    const expected = new Date(instant).toISOString();
    expect(instants).toEqual(Object.fromEntries(Object.keys(given).map((where) => [where, expected])));
  });

  it("writes it with the site's offset wherever the format lets it", () => {
    const given = datesGiven(path);
    for (const where of ['JSON-LD datePublished', 'Open Graph article:published_time', 'sitemap lastmod', 'news sitemap publication_date'])
      expect(given[where], where).toMatch(/T\d{2}:\d{2}:\d{2}-05:00$/);
    expect(given['RSS pubDate']).toMatch(/ -0500$/);
  });
});
