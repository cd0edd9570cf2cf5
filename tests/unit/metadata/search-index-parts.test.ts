import { describe, expect, it } from 'vitest';
import { searchIndexParts } from '#lib/metadata/search-index-parts.ts';

const paths = ['/world/2024/03/05/a/', '/local/2024/03/05/b/', '/world/2024/02/04/c/', '/sports/2023/12/31/d/', '/world/2018/05/09/e/'];
const bundles = (articlePaths: ReadonlyArray<string>, limit: number) =>
  searchIndexParts(articlePaths, limit).map((part) => part.bundlePath);

/** `count` articles on each of `days` days from `first` (a day of 2024, from 1 January), named `name`-n. */
const articlesOn = (first: number, days: number, count: number, name = `a${first}`) =>
  Array.from({ length: days * count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, first + Math.floor(i / count))).toISOString().slice(0, 10).replaceAll('-', '/');
    return `/world/${day}/${name}-${i}/`;
  });

describe('search index parts', () => {
  it('are the older years whole and the newest year by month, each named by its span, oldest first', () => {
    expect(searchIndexParts(paths, 100)).toEqual([
      { bundlePath: '/pagefind/2018/', articlePaths: ['/world/2018/05/09/e/'] },
      { bundlePath: '/pagefind/2023/', articlePaths: ['/sports/2023/12/31/d/'] },
      { bundlePath: '/pagefind/2024-02/', articlePaths: ['/world/2024/02/04/c/'] },
      { bundlePath: '/pagefind/2024-03/', articlePaths: ['/local/2024/03/05/b/', '/world/2024/03/05/a/'] },
    ]);
  });

  it('cut an older year above the limit into months, and a month above it into days', () => {
    const archive = [...paths, '/world/2023/12/30/f/', '/world/2023/11/02/g/', '/world/2024/03/06/h/'];
    expect(bundles(archive, 2)).toEqual([
      '/pagefind/2018/',
      '/pagefind/2023-11/',
      '/pagefind/2023-12/',
      '/pagefind/2024-02/',
      '/pagefind/2024-03-05/',
      '/pagefind/2024-03-06/',
    ]);
  });

  it('keep a day above the limit as one part: a day is never cut', () => {
    expect(searchIndexParts(articlesOn(10, 1, 5), 2)).toEqual([
      { bundlePath: '/pagefind/2024-01-10/', articlePaths: articlesOn(10, 1, 5).sort() },
    ]);
  });

  it('list every article in exactly one part', () => {
    const archive = [...articlesOn(-400, 400, 3), ...articlesOn(1, 60, 4)];
    const parts = searchIndexParts(archive, 100);
    expect(parts.flatMap((part) => part.articlePaths).sort()).toEqual([...archive].sort());
  });

  it('leave every older part as it was, name and pages, when an article is published', () => {
    const archive = [...articlesOn(-400, 400, 3), ...articlesOn(1, 60, 4)];
    const before = searchIndexParts(archive, 200);
    const after = searchIndexParts([...archive, ...articlesOn(60, 1, 1, 'new')], 200);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.bundlePath).toBe('/pagefind/2024-02/');
  });

  it('change only its own part, and keep every name, when an old article is deleted', () => {
    const archive = [...articlesOn(-400, 400, 3), ...articlesOn(1, 60, 4)];
    const before = searchIndexParts(archive, 2000);
    const deleted = archive[5]!;
    const after = searchIndexParts(
      archive.filter((path) => path !== deleted),
      2000,
    );
    expect(after.map((part) => part.bundlePath)).toEqual(before.map((part) => part.bundlePath));
    const changed = before.filter((part, i) => JSON.stringify(part) !== JSON.stringify(after[i]));
    expect(changed.map((part) => part.bundlePath)).toEqual(['/pagefind/2022/']);
  });

  it('close the old year into one part when the first article of a new year is published', () => {
    const archive = articlesOn(300, 60, 1);
    expect(bundles(archive, 100)).toContain('/pagefind/2024-11/');
    expect(bundles([...archive, '/world/2025/01/01/new/'], 100)).toEqual(['/pagefind/2024/', '/pagefind/2025-01/']);
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

  it('refuse a part limit that is not a whole number above 0', () => {
    expect(() => searchIndexParts(paths, 0)).toThrow('part limit');
  });
});
