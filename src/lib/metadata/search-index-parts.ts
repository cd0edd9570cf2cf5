/**
 * The search index in parts (see the SEARCH_PART_SIZE setting): which article
 * pages each part covers, and where its Pagefind bundle is written. The build and
 * the search page both call this with the same articles, so the page merges
 * exactly the parts the build wrote.
 *
 * A part covers whole publication days, so that a glob over the permalinks selects its
 * pages (see articlePagesGlob). Parts are filled from the oldest day, and a full part is named
 * by its first day, so publishing a new article changes only the newest part: the build
 * re-indexes just the parts whose pages changed (src/publish/pagefind.ts).
 */
import { articlePagesGlob, permalinkDay } from '#lib/addresses/permalink.ts';

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

  const groups: Array<{ days: string[]; articleCount: number }> = [];
  for (const day of days) {
    let group = groups.at(-1);
    if (!group || group.articleCount >= partSize) {
      group = { days: [], articleCount: 0 };
      groups.push(group);
    }
    group.days.push(day);
    group.articleCount += articlesByDay.get(day)!;
  }
  return groups.reverse().map((group, i) => ({
    bundlePath: i === 0 ? NEWEST_PART_PATH : `/pagefind/from-${group.days[0]!.replaceAll('/', '-')}/`,
    pagesGlob: articlePagesGlob([...group.days].reverse()),
    articleCount: group.articleCount,
  }));
}
