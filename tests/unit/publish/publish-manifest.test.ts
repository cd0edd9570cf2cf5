import { describe, expect, it } from 'vitest';
import { sitemapFacts, type PublishedArticle } from '#publish/publish-manifest.ts';

const card = { headline: 'H', section: 'World', date: 'May 9, 2018', siteName: 'Newsroom' };
const article = (path: string, lastModified: string, redirectFrom: string[] = []): PublishedArticle => ({
  path,
  lastModified,
  publishedAt: lastModified,
  redirectFrom,
  card,
});

describe('sitemap facts from the publish manifest', () => {
  const facts = sitemapFacts(
    {
      articles: [article('/world/2018/05/09/a/', '2018-05-10', ['/old/a/']), article('/local/2024/03/05/b/', '2024-03-06T14:15:00.000Z')],
      photos: [],
    },
    'https://news.example.com',
  );

  it('give each article URL its last-modified date', () => {
    expect(facts.lastModified.get('https://news.example.com/world/2018/05/09/a/')).toBe('2018-05-10');
    expect(facts.lastModified.get('https://news.example.com/local/2024/03/05/b/')).toBe('2024-03-06T14:15:00.000Z');
  });

  it('name the old addresses, which only redirect, as absolute URLs', () => {
    expect([...facts.redirects]).toEqual(['https://news.example.com/old/a/']);
  });
});
