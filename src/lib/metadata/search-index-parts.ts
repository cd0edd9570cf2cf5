/**
 * The search index in parts (see the SEARCH_PART_SIZE setting): which article
 * pages each part covers, and where its Pagefind bundle is written. The build and
 * the search page both call this with the same articles, so the page merges
 * exactly the parts the build wrote.
 *
 * A part covers whole publication days, so that a glob over the permalinks selects its
 * pages (see articlePagesGlob). Parts are filled from the oldest day, oldest first, and each but
 * the first is named by its first day, so publishing a new article changes only the newest part: the build
 * re-indexes just the parts whose pages changed (src/publish/pagefind.ts). (Cutting the newest
 * part smaller was tried and undone: parts filled by count move their boundaries when an
 * article before them is deleted, and small parts have little slack; see decision 021.)
 */
import { articlePagesGlob, permalinkDay } from '#lib/addresses/permalink.ts';

/**
 * The oldest part, where the search page loads Pagefind from; the others are merged into it.
 * Every other part is named by its first day, so no part is renamed when a newer one begins.
 */
const FIRST_PART_PATH = '/pagefind/';

export interface SearchIndexPart {
  /** Where Pagefind writes the part, e.g. "/pagefind/" (the oldest) or "/pagefind/from-2024-03-05/". */
  bundlePath: string;
  /** The part's article pages, as a glob relative to the site's root folder (for Pagefind). */
  pagesGlob: string;
  /** The same pages' permalinks, sorted (for the build, which tells a changed part by them). */
  articlePaths: string[];
  articleCount: number;
}

export function searchIndexParts(articlePaths: ReadonlyArray<string>, partSize: number): SearchIndexPart[] {
  if (!Number.isInteger(partSize) || partSize < 1)
    throw new Error(`search index part size must be a whole number above 0, not ${partSize}`);
  const articlesByDay = new Map<string, string[]>();
  for (const path of articlePaths) {
    const day = permalinkDay(path);
    if (!day) throw new Error(`search index: "${path}" is not an article permalink`);
    const onTheDay = articlesByDay.get(day) ?? [];
    onTheDay.push(path);
    articlesByDay.set(day, onTheDay);
  }
  const days = [...articlesByDay.keys()].sort();
  // No part for a site with nothing published (only drafts, or stories scheduled for later):
  // Pagefind refuses to index no pages, and the search page then says there is nothing to search.
  if (days.length === 0) return [];

  const groups: Array<{ days: string[]; articleCount: number }> = [];
  for (const day of days) {
    let group = groups.at(-1);
    if (!group || group.articleCount >= partSize) {
      group = { days: [], articleCount: 0 };
      groups.push(group);
    }
    group.days.push(day);
    group.articleCount += articlesByDay.get(day)!.length;
  }
  return groups.map((group, i) => ({
    bundlePath: i === 0 ? FIRST_PART_PATH : `/pagefind/from-${group.days[0]!.replaceAll('/', '-')}/`,
    pagesGlob: articlePagesGlob([...group.days].reverse()),
    articlePaths: group.days.flatMap((day) => articlesByDay.get(day)!).sort(),
    articleCount: group.articleCount,
  }));
}
