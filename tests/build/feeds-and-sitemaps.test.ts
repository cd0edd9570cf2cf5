/**
 * The built feeds and sitemaps, read as a feed reader or crawler reads them:
 * every file is well-formed XML, and each article has one instant for its
 * date in every file, so none says it changed before it appeared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const xmlFiles = (site: string) =>
  readdirSync(site, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xml') && !entry.parentPath.includes('pagefind'))
    .map((entry) => join(entry.parentPath, entry.name));

const parser = new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap'].includes(name), parseTagValue: false });
const parsed = (file: string) => parser.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;

describe.each(['dist', 'dist-fixture'])('the XML files of %s', (site) => {
  it.each(xmlFiles(site))('%s is well-formed XML', (file) => {
    expect(XMLValidator.validate(readFileSync(file, 'utf8'))).toBe(true);
  });
});

describe.each(['dist', 'dist-fixture'])('the sitemaps of %s', (site) => {
  const sitemaps = xmlFiles(site).filter((file) => readFileSync(file, 'utf8').includes('<urlset'));

  it.each(sitemaps)('%s lists at least one <url>, as the sitemap schema requires, on a quiet day too', (file) => {
    const urlset = parsed(file)['urlset'] as { url?: { loc: string }[] };
    expect(urlset.url?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('one instant per date', () => {
  const feed = parsed('dist-fixture/rss.xml')['rss'] as { channel: { item: { link: string; pubDate: string }[] } };
  // Every sitemap the index names: one file of articles a month, one of the other pages.
  const index = parsed('dist-fixture/sitemap-index.xml')['sitemapindex'] as { sitemap: { loc: string }[] };
  const sitemap = {
    url: index.sitemap.flatMap(
      ({ loc }) => (parsed(join('dist-fixture', new URL(loc).pathname))['urlset'] as { url: { loc: string; lastmod?: string }[] }).url,
    ),
  };
  const news = parsed('dist-fixture/news-sitemap.xml')['urlset'] as {
    url: { loc: string; 'news:news': { 'news:publication_date': string } }[];
  };

  it('has articles in the feed to compare', () => {
    expect(feed.channel.item.length).toBeGreaterThan(3);
  });

  it('no article is last modified, in the sitemap, before the feed says it was published', () => {
    const lastModified = new Map(sitemap.url.map((url) => [url.loc, url.lastmod]));
    for (const item of feed.channel.item) {
      const lastmod = lastModified.get(item.link);
      expect(lastmod, item.link).toBeDefined();
      expect(Date.parse(lastmod!), item.link).toBeGreaterThanOrEqual(Date.parse(item.pubDate));
    }
  });

  it('the news sitemap gives each article the instant the feed gives it', () => {
    const published = new Map(feed.channel.item.map((item) => [item.link, Date.parse(item.pubDate)]));
    for (const url of news.url) expect(Date.parse(url['news:news']['news:publication_date']), url.loc).toBe(published.get(url.loc));
  });
});
