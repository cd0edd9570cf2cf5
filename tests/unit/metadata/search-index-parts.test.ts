import { describe, expect, it } from 'vitest';
import { searchIndexParts } from '#lib/metadata/search-index-parts.ts';

const paths = ['/world/2024/03/05/a/', '/local/2024/03/05/b/', '/world/2024/03/04/c/', '/sports/2023/12/31/d/', '/world/2018/05/09/e/'];

describe('search index parts', () => {
  it('are one part, at /pagefind/, while the archive fits in one', () => {
    expect(searchIndexParts(paths, 100)).toEqual([
      {
        bundlePath: '/pagefind/',
        pagesGlob: '*/{2024/03/05,2024/03/04,2023/12/31,2018/05/09}/*/index.html',
        articlePaths: [...paths].sort(),
        articleCount: 5,
      },
    ]);
  });

  it('split the archive by whole days, filled from the oldest, each part closed once it holds the part size', () => {
    const parts = searchIndexParts(paths, 2);
    expect(parts.map((part) => part.articleCount)).toEqual([2, 3]);
    expect(parts.map((part) => part.pagesGlob)).toEqual([
      '*/{2023/12/31,2018/05/09}/*/index.html',
      '*/{2024/03/05,2024/03/04}/*/index.html',
    ]);
  });

  it('put the oldest part where the search page loads Pagefind from, and name the others by their first day', () => {
    expect(searchIndexParts(paths, 2).map((part) => part.bundlePath)).toEqual(['/pagefind/', '/pagefind/from-2024-03-04/']);
  });

  /** `count` articles on each of `days` days from `first` (a day's number from 1 January 2024). */
  const articlesOn = (first: number, days: number, count: number) =>
    Array.from({ length: days * count }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, first + Math.floor(i / count))).toISOString().slice(0, 10).replaceAll('-', '/');
      return `/world/${day}/a${first}-${i}/`;
    });

  it('list every article in exactly one part, with its count', () => {
    const archive = articlesOn(1, 30, 100);
    const parts = searchIndexParts(archive, 1000);
    expect(parts.flatMap((part) => part.articlePaths).sort()).toEqual([...archive].sort());
    for (const part of parts) expect(part.articlePaths).toHaveLength(part.articleCount);
  });

  it('leave every older part as it was, name and pages, when an article is published', () => {
    const archive = articlesOn(1, 25, 100);
    const before = searchIndexParts(archive, 1000);
    // On a newer day or on the newest day, the older parts stay as they were.
    expect(searchIndexParts([...archive, ...articlesOn(26, 1, 1)], 1000).slice(0, -1)).toEqual(before.slice(0, -1));
    expect(searchIndexParts([...archive, ...articlesOn(25, 1, 1)], 1000).slice(0, -1)).toEqual(before.slice(0, -1));
  });

  it('do not depend on the order the articles come in', () => {
    expect(searchIndexParts([...paths].reverse(), 2)).toEqual(searchIndexParts(paths, 2));
  });

  it('are none for a site with nothing published, which Pagefind cannot index', () => {
    expect(searchIndexParts([], 2500)).toEqual([]);
  });

  it('refuse a path that is not an article permalink', () => {
    expect(() => searchIndexParts(['/world/'], 10)).toThrow('"/world/" is not an article permalink');
  });

  it('refuse a part size that is not a whole number above 0', () => {
    expect(() => searchIndexParts(paths, 0)).toThrow('part size');
  });
});
