import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sitemapFiles, type SitemapArticle } from '#lib/metadata/sitemaps.ts';

const SITE = 'https://news.example.com';
const options = { site: SITE, timeZone: 'America/New_York' };
const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

const article = (path: string, publishedAt: string, lastModified = publishedAt): SitemapArticle => ({ path, publishedAt, lastModified });

function filesByPath(...args: Parameters<typeof sitemapFiles>): Map<string, string> {
  return new Map(sitemapFiles(...args).map(({ path, xml }) => [path, xml]));
}

const locs = (xml: string) =>
  ((parser.parse(xml) as { urlset: { url: Array<{ loc: string }> } }).urlset.url ?? []).map((url) => url.loc.replace(SITE, ''));

describe('sitemapFiles', () => {
  it("files an article under the month it was published in the site's zone, not UTC's", () => {
    // 03:00 UTC on March 1st is still February 29th in New York.
    const files = filesByPath(
      { pages: [], articles: [article('/world/2024/02/29/late/', '2024-03-01T03:00:00.000Z')], redirects: new Set() },
      options,
    );
    expect(locs(files.get('/sitemap-articles-2024-02.xml')!)).toEqual(['/world/2024/02/29/late/']);
  });

  it('lists the pages that are not articles in a file of their own, leaving out old addresses', () => {
    const files = filesByPath(
      {
        pages: ['/', '/world/', '/world/2024/02/20/a/', '/old/a/'],
        articles: [article('/world/2024/02/20/a/', '2024-02-20T12:00:00.000Z')],
        redirects: new Set(['/old/a/']),
      },
      options,
    );
    expect(locs(files.get('/sitemap-pages.xml')!)).toEqual(['/', '/world/']);
  });

  it('gives each article its last-modified timestamp as written', () => {
    const xml = filesByPath(
      { pages: [], articles: [article('/a/', '2024-02-20T12:00:00.000Z', '2024-02-21T09:30:00-05:00')], redirects: new Set() },
      options,
    ).get('/sitemap-articles-2024-02.xml')!;
    expect(xml).toContain('<url><loc>https://news.example.com/a/</loc><lastmod>2024-02-21T09:30:00-05:00</lastmod></url>');
  });

  it("dates each month's file in the index by its latest article, compared as instants", () => {
    const index = filesByPath(
      {
        pages: ['/'],
        articles: [
          article('/a/', '2024-02-01T12:00:00.000Z', '2024-02-10T23:00:00-05:00'),
          article('/b/', '2024-02-02T12:00:00.000Z', '2024-02-11T01:00:00Z'),
        ],
        redirects: new Set(),
      },
      options,
    ).get('/sitemap-index.xml')!;
    const entries = (parser.parse(index) as { sitemapindex: { sitemap: Array<{ loc: string; lastmod?: string }> } }).sitemapindex.sitemap;
    expect(entries).toEqual([
      { loc: `${SITE}/sitemap-articles-2024-02.xml`, lastmod: '2024-02-10T23:00:00-05:00' },
      { loc: `${SITE}/sitemap-pages.xml` },
    ]);
  });

  it('goes on in a numbered file past the limit of addresses', () => {
    const files = filesByPath({ pages: ['/a/', '/b/', '/c/'], articles: [], redirects: new Set() }, { ...options, limit: 2 });
    expect(locs(files.get('/sitemap-pages.xml')!)).toEqual(['/a/', '/b/']);
    expect(locs(files.get('/sitemap-pages-2.xml')!)).toEqual(['/c/']);
  });

  it('escapes an address for XML', () => {
    const xml = filesByPath({ pages: ["/tags/r&d-o'neil/"], articles: [], redirects: new Set() }, options).get('/sitemap-pages.xml')!;
    expect(xml).toContain('<loc>https://news.example.com/tags/r&amp;d-o&apos;neil/</loc>');
  });

  it('lists every page and article exactly once, in well-formed files within the limit, each named in the index', () => {
    const day = fc.date({ min: new Date('2012-01-01'), max: new Date('2026-12-31'), noInvalidDate: true });
    const slug = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(slug, day), { selector: ([name]) => name, maxLength: 40 }),
        fc.uniqueArray(slug, { maxLength: 20 }),
        fc.integer({ min: 1, max: 7 }),
        (articleRows, pageNames, limit) => {
          const articles = articleRows.map(([name, date]) => article(`/news/${name}/`, date.toISOString()));
          const pages = [...pageNames.map((name) => `/${name}/`), ...articles.map((a) => a.path)];
          const files = sitemapFiles({ pages, articles, redirects: new Set() }, { ...options, limit });
          const [index, ...parts] = files;
          const listed = parts.flatMap(({ xml }) => locs(xml));
          expect(listed.toSorted()).toEqual([...new Set(pages)].toSorted());
          for (const { xml } of files) expect(XMLValidator.validate(xml)).toBe(true);
          for (const { xml } of parts) expect(locs(xml).length).toBeLessThanOrEqual(limit);
          for (const { path } of parts) expect(index!.xml).toContain(`<loc>${SITE}${path}</loc>`);
        },
      ),
    );
  });
});
