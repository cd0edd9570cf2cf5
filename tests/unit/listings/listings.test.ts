import { describe, expect, it } from 'vitest';
import { pagePath } from '#lib/addresses/site-paths.ts';
import { bylineListings, moreFromSection, paginate, sectionListings, tagListings } from '#lib/listings/listings.ts';
import type { PublicationDate } from '#lib/content/publication-date.ts';

const article = (id: string, section: string, iso: string, extra: { tags?: string[]; byline?: string[] } = {}) => ({
  id,
  data: {
    headline: id,
    section,
    date: (iso.length === 10 ? { kind: 'day', iso } : { kind: 'instant', iso }) satisfies PublicationDate,
    tags: extra.tags ?? [],
    byline: (extra.byline ?? ['Desk']).map((name) => ({ name })),
  },
});

const articles = [
  article('old', 'World', '2018-05-09', { tags: ['Trade'] }),
  article('new', 'World', '2024-03-04T10:00:00.000Z', { tags: ['Trade', 'Mexico'], byline: ['A', 'B'] }),
  article('mid', 'Local', '2020-01-01', { byline: ['B'] }),
];

describe('paginate', () => {
  const listing = { path: '/world/', title: 'World', articles: [1, 2, 3, 4, 5] };

  it('splits a listing into pages with real addresses', () => {
    expect(paginate(listing, 2).map((p) => [p.path, p.articles])).toEqual([
      ['/world/', [1, 2]],
      ['/world/page/2/', [3, 4]],
      ['/world/page/3/', [5]],
    ]);
  });

  it('links each page to its neighbours, and only to pages that exist', () => {
    const pages = paginate(listing, 2);
    expect(pages[0]).toMatchObject({ previous: undefined, next: '/world/page/2/' });
    expect(pages[1]).toMatchObject({ previous: '/world/', next: '/world/page/3/' });
    expect(pages[2]).toMatchObject({ previous: '/world/page/2/', next: undefined, number: 3, total: 3 });
  });

  it('still gives one (empty) page for an empty listing', () => {
    expect(paginate({ ...listing, articles: [] }, 20)).toHaveLength(1);
  });
});

describe('pagePath', () => {
  it('is the listing itself for page one', () => {
    expect(pagePath('/', 1)).toBe('/');
    expect(pagePath('/', 2)).toBe('/page/2/');
  });
});

describe('grouping', () => {
  it('lists each section newest first', () => {
    const world = sectionListings(articles).find((l) => l.path === '/world/')!;
    expect(world.articles.map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('gives every credit its own listing', () => {
    expect(bylineListings(articles).map((l) => [l.path, l.articles.map((a) => a.id)])).toEqual([
      ['/by/a/', ['new']],
      ['/by/b/', ['new', 'mid']],
      ['/by/desk/', ['old']],
    ]);
  });

  it('gives every tag its own listing', () => {
    expect(tagListings(articles).map((l) => l.path)).toEqual(['/tags/mexico/', '/tags/trade/']);
  });
});

describe('moreFromSection', () => {
  it('lists the newest other articles of the same section, never the article itself', () => {
    const more = moreFromSection(articles);
    expect(more.get('old')!.map((a) => a.id)).toEqual(['new']);
    expect(more.get('new')!.map((a) => a.id)).toEqual(['old']);
  });

  it('is empty when the section has no other article', () => {
    expect(moreFromSection(articles).get('mid')).toEqual([]);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 9 }, (_, i) => article(`a${i}`, 'World', `2020-01-0${i + 1}`));
    const more = moreFromSection(many, 5).get('a0')!;
    expect(more.map((a) => a.id)).toEqual(['a8', 'a7', 'a6', 'a5', 'a4']);
  });
});
