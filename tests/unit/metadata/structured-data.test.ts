import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd, type NewsArticleInput } from '#lib/metadata/structured-data.ts';

const input = (overrides: Partial<NewsArticleInput> = {}): NewsArticleInput => ({
  headline: 'A headline',
  description: 'A description',
  canonical: 'https://news.example.com/world/2018/05/09/a/',
  published: { kind: 'day', iso: '2018-05-09' },
  timeZone: 'America/New_York',
  byline: [{ name: 'The Washington Post', kind: 'organization' }],
  authorProfiles: { 'The Washington Post': [] },
  section: 'World',
  tags: [],
  imageUrls: ['https://news.example.com/world/2018/05/09/a/social-card.png'],
  publisher: {
    name: 'Newsroom',
    url: 'https://news.example.com/',
    logoUrl: 'https://news.example.com/publisher-logo.png',
    logoWidth: 600,
    logoHeight: 60,
  },
  ...overrides,
});

describe('newsArticleJsonLd', () => {
  it("gives a date-only publication date its day's start in the site's zone, with the offset", () => {
    expect(newsArticleJsonLd(input()).datePublished).toBe('2018-05-09T00:00:00-04:00');
  });

  it("writes a timestamp in the site's zone, with the offset", () => {
    expect(newsArticleJsonLd(input({ published: { kind: 'instant', iso: '2024-01-15T19:30:00.000Z' } })).datePublished).toBe(
      '2024-01-15T14:30:00-05:00',
    );
  });

  it('names an organisation credit as an Organization and a person as a Person', () => {
    const data = newsArticleJsonLd(
      input({
        byline: [
          { name: 'The Wire', kind: 'organization', oneOff: true },
          { name: 'A Reporter', kind: 'person', oneOff: true },
        ],
      }),
    );
    expect(data['author']).toEqual([
      { '@type': 'Organization', name: 'The Wire' },
      { '@type': 'Person', name: 'A Reporter' },
    ]);
  });

  it('gives the publication date as dateModified when the article was never updated', () => {
    expect(newsArticleJsonLd(input()).dateModified).toBe(newsArticleJsonLd(input()).datePublished);
  });

  it('carries the original source as isBasedOn and the dateline as the place', () => {
    const data = newsArticleJsonLd(input({ sourceUrl: 'https://example.org/original', dateline: 'MEXICO CITY' }));
    expect(data.isBasedOn).toBe('https://example.org/original');
    expect(data.locationCreated).toEqual({ '@type': 'Place', name: 'MEXICO CITY' });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, even when a headline contains </script>', () => {
    const json = serializeJsonLd(newsArticleJsonLd(input({ headline: 'Bad </script><script>alert(1)</script> news' })));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
  });

  it('is still the same JSON', () => {
    const data = { headline: 'A <b>&</b> “quote”\u2028' };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('authors in structured data', () => {
  it('gives a registered author their page on this site, at their file name, as url, and their profiles as sameAs', () => {
    const data = newsArticleJsonLd(
      input({
        byline: [{ name: 'Ana Ruiz', slug: 'aruiz', kind: 'person' }],
        authorProfiles: { 'Ana Ruiz': ['https://social.example/@ana'] },
      }),
    );
    expect(data['author']).toEqual([
      { '@type': 'Person', name: 'Ana Ruiz', url: 'https://news.example.com/by/aruiz/', sameAs: ['https://social.example/@ana'] },
    ]);
  });

  it('gives a one-off credit its own address, and no page here', () => {
    const data = newsArticleJsonLd(
      input({ byline: [{ name: 'Wire', kind: 'organization', oneOff: true, url: 'https://wire.example/' }], authorProfiles: {} }),
    );
    expect(data['author']).toEqual([{ '@type': 'Organization', name: 'Wire', url: 'https://wire.example/' }]);
  });
});
