import { describe, expect, it } from 'vitest';
import { searchIndexParts } from '#lib/metadata/search-index-parts.ts';

const paths = ['/world/2024/03/05/a/', '/local/2024/03/05/b/', '/world/2024/03/04/c/', '/sports/2023/12/31/d/', '/world/2018/05/09/e/'];

describe('search index parts', () => {
  it('are one part, at /pagefind/, while the archive fits in one', () => {
    expect(searchIndexParts(paths, 100)).toEqual([
      { bundlePath: '/pagefind/', pagesGlob: '*/{2024/03/05,2024/03/04,2023/12/31,2018/05/09}/*/index.html', articleCount: 5 },
    ]);
  });

  it('split the archive by whole days, filled from the oldest, each part closed once it holds the part size', () => {
    const parts = searchIndexParts(paths, 2);
    expect(parts.map((part) => part.articleCount)).toEqual([3, 2]);
    expect(parts.map((part) => part.pagesGlob)).toEqual([
      '*/{2024/03/05,2024/03/04}/*/index.html',
      '*/{2023/12/31,2018/05/09}/*/index.html',
    ]);
  });

  it('put the newest part where the search page loads Pagefind from, and name the others by their first day', () => {
    expect(searchIndexParts(paths, 2).map((part) => part.bundlePath)).toEqual(['/pagefind/', '/pagefind/from-2018-05-09/']);
  });

  it('cut the newest part, until it is full, into parts of a tenth of the size, so a publish indexes few pages', () => {
    // 25 full days of 4 articles, then 7 days of 2: at a part size of 20, five full parts and 14 articles after them.
    const day = (n: number) => `2024/01/${String(n).padStart(2, '0')}`;
    const archive = [
      ...Array.from({ length: 100 }, (_, i) => `/world/${day(1 + Math.floor(i / 4))}/a${i}/`),
      ...Array.from({ length: 14 }, (_, i) => `/world/${day(26 + Math.floor(i / 2))}/b${i}/`),
    ];
    expect(searchIndexParts(archive, 20).map((part) => part.articleCount)).toEqual([2, 2, 2, 2, 2, 2, 2, 20, 20, 20, 20, 20]);
  });

  it('make the newest articles one part again once they fill it', () => {
    const day = (n: number) => `2024/01/${String(n).padStart(2, '0')}`;
    const archive = Array.from({ length: 40 }, (_, i) => `/world/${day(1 + Math.floor(i / 2))}/a${i}/`);
    expect(searchIndexParts(archive, 20).map((part) => part.articleCount)).toEqual([20, 20]);
  });

  it('leave the older parts as they were when an article is published', () => {
    const before = searchIndexParts(paths, 3);
    const after = searchIndexParts([...paths, '/world/2024/03/06/f/'], 3);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('do not depend on the order the articles come in', () => {
    expect(searchIndexParts([...paths].reverse(), 2)).toEqual(searchIndexParts(paths, 2));
  });

  it('still give an empty site one index, so its search page works', () => {
    expect(searchIndexParts([], 2500)).toHaveLength(1);
  });

  it('refuse a path that is not an article permalink', () => {
    expect(() => searchIndexParts(['/world/'], 10)).toThrow('"/world/" is not an article permalink');
  });

  it('refuse a part size that is not a whole number above 0', () => {
    expect(() => searchIndexParts(paths, 0)).toThrow('part size');
  });
});
