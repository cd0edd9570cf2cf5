/**
 * The search index in parts (see the SEARCH_PART_SIZE setting): which article
 * pages each part covers, and where its Pagefind bundle is written. The build and
 * the search page both call this with the same articles, so the page merges
 * exactly the parts the build wrote.
 *
 * A part covers whole publication days, so that a glob over the permalinks selects its
 * pages (see articlePagesGlob). Parts are filled from the oldest day, oldest first, and each but
 * the first is named by its first day, so publishing a new article changes only the newest part: the build
 * re-indexes just the parts whose pages changed (src/publish/pagefind.ts). The newest part is
 * cut into parts of a tenth of the size, so the part a publish changes is a small one.
 */
import { articlePagesGlob, permalinkDay } from '#lib/addresses/permalink.ts';

/** How many smaller parts the newest part is cut into (about; whole days). */
const NEWEST_PARTS = 10;

/**
 * The fewest articles a cut part holds. Pagefind ranks each part's results by that part's own
 * word statistics before merging them: in the fixture, parts of one article each ranked a link's
 * title on one page above the headline of another, which a part of one article holds alone.
 */
const SMALLEST_CUT_PART = 100;

/**
 * The oldest part, where the search page loads Pagefind from; the others are merged into it.
 * Every other part is named by its first day, so no part is renamed when a newer one begins.
 */
const FIRST_PART_PATH = '/pagefind/';

export interface SearchIndexPart {
  /** Where Pagefind writes the part, e.g. "/pagefind/" (the oldest) or "/pagefind/from-2024-03-05/". */
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
  if (days.length === 0) return [{ bundlePath: FIRST_PART_PATH, pagesGlob: articlePagesGlob(['*/*/*']), articleCount: 0 }];

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
  // The newest part is where every publish lands: cut into smaller parts it costs a publish a
  // tenth of a part's indexing (never below SMALLEST_CUT_PART articles). It becomes one part once it is full and a newer day has begun
  // (a day is never split, so until then the day's articles still join it).
  const newest = groups.pop()!;
  groups.push(...fill(newest.days, Math.min(partSize, Math.max(SMALLEST_CUT_PART, Math.ceil(partSize / NEWEST_PARTS)))));
  return groups.map((group, i) => ({
    bundlePath: i === 0 ? FIRST_PART_PATH : `/pagefind/from-${group.days[0]!.replaceAll('/', '-')}/`,
    pagesGlob: articlePagesGlob([...group.days].reverse()),
    articleCount: group.articleCount,
  }));
}
