import { describe, expect, it } from 'vitest';
import { pagePath } from '#lib/addresses/site-paths.ts';
import {
  bylineListings,
  creditLine,
  moreFromSection,
  newestFirst,
  paginate,
  sectionListings,
  tagListings,
} from '#lib/listings/listings.ts';
import { daysInWords, type PublicationDate } from '#lib/dates/publication-date.ts';

const article = (id: string, section: string, iso: string, extra: { tags?: string[]; byline?: string[] } = {}) => ({
  id,
  data: {
    headline: id,
    section,
    sectionSlug: section.toLowerCase(),
    date: (iso.length === 10 ? { kind: 'day', iso } : { kind: 'instant', iso }) satisfies PublicationDate,
    tags: extra.tags ?? [],
    byline: (extra.byline ?? ['Desk']).map((name) => ({ name, slug: name.toLowerCase() })),
  },
});

const NEW_YORK = 'America/New_York';

const articles = [
  article('old', 'World', '2018-05-09', { tags: ['Trade'] }),
  article('new', 'World', '2024-03-04T10:00:00.000Z', { tags: ['Trade', 'Mexico'], byline: ['A', 'B'] }),
  article('mid', 'Local', '2020-01-01', { byline: ['B'] }),
];

describe('paginate', () => {
  const TZ = NEW_YORK;
  /** `count` articles, newest first as listings are, three a day from 2024-01-01; article-0 the oldest. */
  const dated = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) => {
      const n = from + count - 1 - i;
      const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(n / 3))).toISOString().slice(0, 10);
      return article(`article-${n}`, 'World', day);
    });
  const listing = (articles: ReturnType<typeof dated>) => ({ path: '/world/', articles });
  const ids = (page: { articles: Array<{ id: string }> }) => page.articles.map((a) => a.id);

  it('gives the listing itself the newest articles, at least a page of them, and every article one page', () => {
    const articles = dated(200);
    const pages = paginate(listing(articles), 10, TZ);
    expect(pages[0]!.path).toBe('/world/');
    expect(pages[0]!.articles.length).toBeGreaterThanOrEqual(10);
    expect(pages.flatMap(ids)).toEqual(articles.map((a) => a.id));
  });

  it('keeps every archive page within half to one and a half times the page size', () => {
    for (const page of paginate(listing(dated(200)), 10, TZ).slice(1)) {
      expect(page.articles.length).toBeGreaterThanOrEqual(5);
      expect(page.articles.length).toBeLessThanOrEqual(15);
    }
  });

  it('names an archive page by its oldest article, its day and file name', () => {
    for (const page of paginate(listing(dated(200)), 2, TZ).slice(1)) {
      const oldest = page.articles.at(-1)!;
      expect(page.archive!.name).toBe(`${oldest.data.date.iso}-${oldest.id}`);
      expect(page.path).toBe(`/world/page/${page.archive!.name}/`);
    }
  });

  it('says the days an archive page spans', () => {
    for (const page of paginate(listing(dated(60)), 5, TZ).slice(1)) {
      expect(page.archive!.label).toMatch(daysInWords(page.articles.at(-1)!.data.date.iso, page.articles[0]!.data.date.iso));
    }
  });

  it('tells apart pages whose articles span the same days, oldest first: "part 1", "part 2"', () => {
    const busyDay = Array.from({ length: 40 }, (_, i) => article(`story-${i}`, 'World', '2024-03-04')).reverse();
    const labels = paginate(listing(busyDay), 5, TZ)
      .slice(1)
      .map((page) => page.archive!.label)
      .reverse();
    expect(labels.length).toBeGreaterThan(1);
    expect(labels).toEqual(labels.map((_, i) => `March 4, 2024, part ${i + 1}`));
  });

  it("orders a day given without a time by the site's calendar: above a 10 p.m. story of the day before, below the day's own", () => {
    const late = article('late', 'World', '2024-03-05T03:00:00.000Z'); // March 4, 10 p.m. in New York
    const day = article('day', 'World', '2024-03-05');
    const early = article('early', 'World', '2024-03-05T14:00:00.000Z'); // March 5, 9 a.m.
    expect(newestFirst([late, day, early], TZ).map((a) => a.id)).toEqual(['early', 'day', 'late']);
  });

  it('links each page to its newer and older neighbours, and only to pages that exist', () => {
    const pages = paginate(listing(dated(60)), 5, TZ);
    expect(pages[0]!.newer).toBeUndefined();
    expect(pages[0]!.older).toBe(pages[1]!.path);
    pages.slice(1).forEach((page, i) => {
      expect(page.newer).toBe(pages[i]!.path);
      expect(page.older).toBe(pages[i + 2]?.path);
    });
  });

  it('keeps every archive page, its address and its articles, when an article is published', () => {
    const archive = (count: number) => paginate(listing(dated(count)), 3, TZ).slice(1);
    for (let count = 0; count < 80; count++) {
      const after = new Map(archive(count + 1).map((page) => [page.path, ids(page)]));
      for (const page of archive(count)) expect(after.get(page.path)).toEqual(ids(page));
    }
  });

  it('changes few pages when an old article is deleted, not every newer page', () => {
    const articles = dated(300);
    const shown = (list: typeof articles) =>
      paginate(listing(list), 10, TZ).map((page) => JSON.stringify([page.path, ids(page), page.newer, page.older]));
    const before = shown(articles);
    for (const at of [50, 120, 200, 290]) {
      const after = new Set(shown(articles.toSpliced(at, 1)));
      // Its page, and at most the pages beside it (their links, or a merged neighbour); counting pages would change about twenty.
      expect(before.filter((page) => !after.has(page)).length).toBeLessThanOrEqual(4);
    }
  });

  it('still gives one (empty) page for an empty listing', () => {
    expect(paginate(listing([]), 20, TZ)).toEqual([{ path: '/world/', articles: [], older: undefined }]);
  });
});

describe('pagePath', () => {
  it('is the listing itself for its newest page, else the archive page by name', () => {
    expect(pagePath('/', undefined)).toBe('/');
    expect(pagePath('/world/', '2024-03-04-2')).toBe('/world/page/2024-03-04-2/');
  });
});

describe('grouping', () => {
  it('lists each section newest first', () => {
    const world = sectionListings(articles, NEW_YORK).find((l) => l.path === '/world/')!;
    expect(world.articles.map((a) => a.id)).toEqual(['new', 'old']);
  });

  it('gives every credit its own listing', () => {
    expect(bylineListings(articles, NEW_YORK).map((l) => [l.path, l.articles.map((a) => a.id)])).toEqual([
      ['/by/a/', ['new']],
      ['/by/b/', ['new', 'mid']],
      ['/by/desk/', ['old']],
    ]);
  });

  it('files a section at its registered slug, never at the slug of its name', () => {
    const desk = article('d', 'Search', '2024-01-01');
    const filed = { ...desk, data: { ...desk.data, sectionSlug: 'search-desk' } };
    expect(sectionListings([filed], NEW_YORK).map((l) => [l.path, l.params])).toEqual([['/search-desk/', { section: 'search-desk' }]]);
  });

  it("files a credit at its author's file name, never at the slug of their name, and a one-off credit nowhere", () => {
    const story = article('d', 'World', '2024-01-01');
    const credited = { ...story, data: { ...story.data, byline: [{ name: 'Ana Ruiz', slug: 'aruiz' }, { name: 'Wire' }] } };
    expect(bylineListings([credited], NEW_YORK).map((l) => [l.path, l.params])).toEqual([['/by/aruiz/', { credit: 'aruiz' }]]);
  });

  it('gives every tag its own listing', () => {
    expect(tagListings(articles, NEW_YORK).map((l) => l.path)).toEqual(['/tags/mexico/', '/tags/trade/']);
  });
});

describe('moreFromSection', () => {
  it('lists the other articles of the same section, never the article itself', () => {
    const more = moreFromSection(articles, NEW_YORK);
    expect(more.get('old')!.map((a) => a.id)).toEqual(['new']);
    expect(more.get('new')!.map((a) => a.id)).toEqual(['old']);
  });

  it('is empty when the section has no other article', () => {
    expect(moreFromSection(articles, NEW_YORK).get('mid')).toEqual([]);
  });

  const many = Array.from({ length: 9 }, (_, i) => article(`a${i}`, 'World', `2020-01-0${i + 1}`));
  const sidebarIds = (id: string) =>
    moreFromSection(many, NEW_YORK, 3)
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
    for (const id of ['a3', 'a6', 'a8'])
      expect(moreFromSection(published, NEW_YORK, 3).get(id)).toEqual(moreFromSection(many, NEW_YORK, 3).get(id));
  });
});

describe('creditLine', () => {
  it('names every author, as a byline reads', () => {
    expect(creditLine(['Ana Ruiz'])).toBe('By Ana Ruiz');
    expect(creditLine(['Ana Ruiz', 'Lee Chan'])).toBe('By Ana Ruiz and Lee Chan');
    expect(creditLine(['Ana Ruiz', 'Lee Chan', 'Wire'])).toBe('By Ana Ruiz, Lee Chan, and Wire');
  });

  it("on an author's own page, names only the others, as working with them", () => {
    expect(creditLine(['Ana Ruiz', 'Lee Chan'], { author: 'Ana Ruiz' })).toBe('With Lee Chan');
    expect(creditLine(['Ana Ruiz'], { author: 'Ana Ruiz' })).toBeUndefined();
  });
});
