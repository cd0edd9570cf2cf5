/**
 * The search index in parts (see the SEARCH_PART_SIZE setting): which article
 * pages each part covers, and where its Pagefind bundle is written. The build and
 * the search page both call this with the same articles, so the page merges
 * exactly the parts the build wrote.
 *
 * A part covers whole publication days, so that a glob over the permalinks selects its
 * pages (see articlePagesGlob). Parts are filled from the oldest day, and a full part is named
 * by its first day, so publishing a new article changes only the newest part: the build
 * re-indexes just the parts whose pages changed (src/publish/pagefind.ts). The articles after
 * the last full part are in parts of a tenth of the size, so that part is a small one.
 */
import { articlePagesGlob, permalinkDay } from '#lib/addresses/permalink.ts';

/** How many smaller parts the newest, not yet full part is cut into, at most. */
const NEWEST_PARTS = 10;

/** The newest part, where the search page loads Pagefind from; the others are merged into it. */
const NEWEST_PART_PATH = '/pagefind/';

export interface SearchIndexPart {
  /** Where Pagefind writes the part, e.g. "/pagefind/" (the newest) or "/pagefind/from-2024-03-05/". */
  bundlePath: string;
  /** The part's article pages, as a glob relative to the site's root folder. */
  pagesGlob: string;
  articleCount: number;
}

export function searchIndexParts(articlePaths: ReadonlyArray<string>, partSize: number): SearchIndexPart[] {
  if (!Number.isInteger(partSize) || partSize < 1)
    throw new Error(`search index part size must be a whole number above 0, not ${partSize}`);
  const articlesByDay = new Map<string, number>();
  for (const path of articlePaths) {
    const day = permalinkDay(path);
    if (!day) throw new Error(`search index: "${path}" is not an article permalink`);
    articlesByDay.set(day, (articlesByDay.get(day) ?? 0) + 1);
  }
  const days = [...articlesByDay.keys()].sort();
  // A site without articles still gets an (empty) index, so the search page works.
  if (days.length === 0) return [{ bundlePath: NEWEST_PART_PATH, pagesGlob: articlePagesGlob(['*/*/*']), articleCount: 0 }];

  const fill = (someDays: string[], size: number) => {
    const groups: Array<{ days: string[]; articleCount: number }> = [];
    for (const day of someDays) {
      let group = groups.at(-1);
      if (!group || group.articleCount >= size) {
        group = { days: [], articleCount: 0 };
        groups.push(group);
      }
      group.days.push(day);
      group.articleCount += articlesByDay.get(day)!;
    }
    return groups;
  };
  const groups = fill(days, partSize);
  // The newest part, not yet full, is where every publish lands: cut into smaller parts it costs
  // a publish a tenth of a part's indexing. Once it holds a part's worth it becomes one part.
  const newest = groups.at(-1)!;
  if (newest.articleCount < partSize) groups.splice(-1, 1, ...fill(newest.days, Math.ceil(partSize / NEWEST_PARTS)));
  return groups.reverse().map((group, i) => ({
    bundlePath: i === 0 ? NEWEST_PART_PATH : `/pagefind/from-${group.days[0]!.replaceAll('/', '-')}/`,
    pagesGlob: articlePagesGlob([...group.days].reverse()),
    articleCount: group.articleCount,
  }));
}
