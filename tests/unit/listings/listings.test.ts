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
  /** Newest first, as listings are: 7 is the newest article, 1 the oldest. */
  const listing = (count: number) => ({ path: '/world/', title: 'World', articles: Array.from({ length: count }, (_, i) => count - i) });

  it('numbers archive pages from the oldest, and gives the listing itself the newest articles', () => {
    expect(paginate(listing(7), 2).map((p) => [p.path, p.articles])).toEqual([
      ['/world/', [7, 6, 5]],
      ['/world/page/2/', [4, 3]],
      ['/world/page/1/', [2, 1]],
    ]);
  });

  it('keeps every archive page, its address and its articles, when an article is published', () => {
    const archive = (count: number) => paginate(listing(count), 2).filter((page) => page.archiveNumber !== undefined);
    for (const count of [6, 7]) {
      const after = new Map(archive(count + 1).map((page) => [page.path, page.articles]));
      for (const page of archive(count)) expect(after.get(page.path)).toEqual(page.articles);
    }
  });

  it('adds an archive page only when the newest page would hold twice the page size', () => {
    expect(paginate(listing(3), 2)).toHaveLength(1);
    expect(paginate(listing(4), 2).map((p) => p.articles)).toEqual([
      [4, 3],
      [2, 1],
    ]);
  });

  it('links each page to its newer and older neighbours, and only to pages that exist', () => {
    const [first, second, oldest] = paginate(listing(7), 2);
    expect(first).toEqual({ path: '/world/', articles: [7, 6, 5], older: '/world/page/2/' });
    expect(second).toMatchObject({ archiveNumber: 2, newer: '/world/', older: '/world/page/1/' });
    expect(oldest).toMatchObject({ archiveNumber: 1, newer: '/world/page/2/', older: undefined });
  });

  it('still gives one (empty) page for an empty listing', () => {
    expect(paginate(listing(0), 20)).toHaveLength(1);
  });
});

describe('pagePath', () => {
  it('is the listing itself for its newest page, else the archive page by number', () => {
    expect(pagePath('/', undefined)).toBe('/');
    expect(pagePath('/', 1)).toBe('/page/1/');
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
  it('lists the other articles of the same section, never the article itself', () => {
    const more = moreFromSection(articles);
    expect(more.get('old')!.map((a) => a.id)).toEqual(['new']);
    expect(more.get('new')!.map((a) => a.id)).toEqual(['old']);
  });

  it('is empty when the section has no other article', () => {
    expect(moreFromSection(articles).get('mid')).toEqual([]);
  });

  const many = Array.from({ length: 9 }, (_, i) => article(`a${i}`, 'World', `2020-01-0${i + 1}`));
  const sidebarIds = (id: string) =>
    moreFromSection(many, 3)
      .get(id)!
      .map((a) => a.id);

  it('lists the articles published just before it, newest first, up to the limit', () => {
    expect(sidebarIds('a6')).toEqual(['a5', 'a4', 'a3']);
  });

  it('fills the list with the articles just after it when too few came before', () => {
    expect(sidebarIds('a1')).toEqual(['a3', 'a2', 'a0']);
  });

  it('does not change for an older article when a newer one is published', () => {
    const published = [...many, article('a9', 'World', '2020-01-10')];
    for (const id of ['a3', 'a6', 'a8']) expect(moreFromSection(published, 3).get(id)).toEqual(moreFromSection(many, 3).get(id));
  });
});
