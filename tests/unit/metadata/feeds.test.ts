import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicationInstant } from '#lib/dates/publication-date.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { articleSchemaIn } from '#lib/content/schema.ts';
import { feedResponse } from '#lib/metadata/feeds.ts';
import { newsSitemap, recentForNews } from '#lib/metadata/news-sitemap.ts';

// Stubbed, not assigned: restoring an unset TZ by assignment would set the text "undefined" (read
// as UTC) for the files that follow in the same worker.
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publicationInstant', () => {
  it("gives a date-only article its day's start in the site's zone, whatever the machine zone", () => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
    expect(publicationInstant({ kind: 'day', iso: '2018-05-09' }, 'America/New_York').toISOString()).toBe('2018-05-09T04:00:00.000Z');
  });

  it('keeps a timestamp exact', () => {
    expect(publicationInstant({ kind: 'instant', iso: '2024-03-05T23:30:00.000Z' }, 'America/New_York').toISOString()).toBe(
      '2024-03-05T23:30:00.000Z',
    );
  });
});

describe('newsSitemap', () => {
  const publication = { name: 'Newsroom', language: 'en', timeZone: 'America/New_York' };

  it('escapes titles and writes a date-only publication date as the instant the feeds give it', () => {
    const xml = newsSitemap(
      [{ url: 'https://n.example/a/', title: 'Q&A: <b>“x”</b>', date: { kind: 'day', iso: '2018-05-09' } }],
      'https://n.example/',
      publication,
    );
    expect(xml).toContain('<news:title>Q&amp;A: &lt;b&gt;“x”&lt;/b&gt;</news:title>');
    expect(xml).toContain('<news:publication_date>2018-05-09T00:00:00-04:00</news:publication_date>');
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });
});

describe('feedResponse', () => {
  const feed = (pagePath: string, feedPath: string) =>
    feedResponse({
      title: 'World – Newsroom',
      description: 'World news.',
      pagePath,
      feedPath,
      articles: [],
      describe: () => '',
      site: new URL('https://news.example.com'),
      settings: { locale: 'en-US', timeZone: 'America/New_York' },
    }).text();

  it('links a section feed to its section page, not the front page', async () => {
    expect(await feed('/world/', '/world/rss.xml')).toContain('<link>https://news.example.com/world/</link>');
  });

  it('names its own address with atom:link rel="self"', async () => {
    const xml = await feed('/world/', '/world/rss.xml');
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('<atom:link href="https://news.example.com/world/rss.xml" rel="self" type="application/rss+xml"/>');
  });

  const creditsFeed = (names: string[], headline = 'Headline') =>
    feedResponse({
      title: 'Newsroom',
      description: 'News.',
      pagePath: '/',
      feedPath: '/rss.xml',
      articles: [
        {
          id: 'a',
          data: articleSchemaIn('America/New_York').parse({
            headline,
            byline: names.map((name) => ({ name })),
            date: '2024-01-02',
            section: 'World',
            sectionSlug: 'world',
            tags: ['1e3'],
          }),
        },
      ],
      describe: () => '0x10',
      site: new URL('https://news.example.com'),
      settings: { locale: 'en-US', timeZone: 'America/New_York' },
    }).text();

  it.each(['007', '1e3', '0x10', '1.50', 'true', '-0'])('keeps a byline name that looks like a number, %s, as written', async (name) => {
    expect(await creditsFeed([name])).toContain(`<dc:creator>${name}</dc:creator>`);
  });

  it('keeps a headline, a tag and a description that look like numbers as written', async () => {
    const xml = await creditsFeed(['Ana Ruiz'], '2024');
    expect(xml).toContain('<title>2024</title>');
    expect(xml).toContain('<category>1e3</category>');
    expect(xml).toContain('<description>0x10</description>');
  });

  it('is well-formed XML whatever the names hold', async () => {
    const xml = await creditsFeed(['A & B "d" \'e\''], 'Q&A: <b>x</b>');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<dc:creator>A &amp; B &quot;d&quot; &apos;e&apos;</dc:creator>');
    expect(xml).toContain('<title>Q&amp;A: &lt;b&gt;x&lt;/b&gt;</title>');
  });
});

describe("an item's description", () => {
  const describedAs = (description: string) =>
    feedResponse({
      title: 'Newsroom',
      description: 'News.',
      pagePath: '/',
      feedPath: '/rss.xml',
      articles: [
        {
          id: 'a',
          data: articleSchemaIn('America/New_York').parse({
            headline: 'H',
            byline: [{ name: 'A' }],
            date: '2024-01-02',
            section: 'World',
            sectionSlug: 'world',
          }),
        },
      ],
      describe: () => description,
      site: new URL('https://news.example.com'),
      settings: { locale: 'en-US', timeZone: 'America/New_York' },
    }).text();

  /** What a feed reader renders: the element's text, read as XML, is HTML. */
  const htmlAReaderRenders = async (description: string) => {
    const item = new XMLParser({ processEntities: true, htmlEntities: false }).parse(await describedAs(description)) as {
      rss: { channel: { item: { description: string } } };
    };
    return item.rss.channel.item.description;
  };

  it('reaches the reader as text, its markup shown, not rendered', async () => {
    const html = await htmlAReaderRenders('with <b>tags</b> and <img src=x onerror=alert(1)> shown as text');
    expect(html).toBe('with &lt;b&gt;tags&lt;/b&gt; and &lt;img src=x onerror=alert(1)&gt; shown as text');
  });

  it('keeps an ampersand and an entity-like text as typed', async () => {
    expect(await htmlAReaderRenders('Q&A: &lt; is how HTML writes <')).toBe('Q&amp;A: &amp;lt; is how HTML writes &lt;');
  });
});

describe('newsSitemap on a day with no recent article', () => {
  const xml = newsSitemap([], 'https://n.example/world/2024/03/01/last-story/', { name: 'Newsroom', language: 'en', timeZone: 'UTC' });
  const urlset = () =>
    (new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as { urlset: { url?: { loc: string; 'news:news'?: unknown }[] } })
      .urlset;

  it('still lists one <url>, as the sitemap schema requires (minOccurs 1)', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(urlset().url).toHaveLength(1);
  });

  it('offers that address without <news:news>, as Google News asks of addresses older than two days', () => {
    expect(urlset().url![0]).toEqual({ loc: 'https://n.example/world/2024/03/01/last-story/' });
  });
});

describe('recentForNews', () => {
  const now = new Date('2024-03-06T06:00:00Z');
  const entry = (iso: string, kind: 'day' | 'instant' = 'instant') => ({ date: { kind, iso } as const });

  it('keeps the articles published in the two days up to now', () => {
    expect(recentForNews([entry('2024-03-05T23:30:00.000Z'), entry('2024-03-04T06:00:00.000Z')], now, 'America/New_York')).toHaveLength(2);
  });

  it("keeps a date-only article of today from the first instant of its day in the site's zone", () => {
    // 01:00 in New York, 06:00 UTC: noon UTC, which dates once stood for, was still ahead.
    expect(recentForNews([entry('2024-03-06', 'day')], now, 'America/New_York')).toHaveLength(1);
  });

  it('leaves out older articles, and any dated after now', () => {
    expect(
      recentForNews(
        [entry('2024-03-04T05:59:59.000Z'), entry('2024-03-06T06:00:01.000Z'), entry('2018-05-09', 'day')],
        now,
        'America/New_York',
      ),
    ).toEqual([]);
  });
});
