/**
 * The search index in parts, cut by the calendar: which article pages each part covers, and
 * where its Pagefind bundle is written. The build and the search page both call this with the
 * same articles, so the page merges exactly the parts the build wrote.
 *
 * A part is a span of the calendar, and is named by it: a closed year ("/pagefind/2019/"), a
 * month ("/pagefind/2024-03/") or a day ("/pagefind/2024-03-05/"). The newest year is cut into
 * months, so that a publish re-indexes only the newest month; an older year is one part unless
 * it holds more than the part limit, and then it is cut into months, and a month above the limit
 * into days. A part's pages and name therefore depend only on the articles of its own span:
 * deleting or correcting an old story changes its own part and no other (parts filled by count,
 * as before, shifted every later boundary; see docs/decisions/025-search-parts-by-calendar.md).
 * The one exception is the turn of a year: the first article of a new year closes the old one,
 * whose months become one part (or stay months, if it is above the limit).
 */
import { permalinkDay } from '#lib/addresses/permalink.ts';

export interface SearchIndexPart {
  /** Where Pagefind writes the part, named by its span, e.g. "/pagefind/2019/" or "/pagefind/2024-03/". */
  bundlePath: string;
  /** The part's article pages' permalinks, sorted. */
  articlePaths: string[];
}

/** A span of the calendar: "2019", "2019-03" or "2019-03-05" (the first 4, 7 or 10 characters of a day). */
type Span = string;
const WIDTH = { year: 4, month: 7, day: 10 } as const;

interface Article {
  /** "yyyy-mm-dd" */
  day: string;
  path: string;
}

/** The articles by the span of `width` they fall in, in the order first met. */
function bySpan(articles: ReadonlyArray<Article>, width: number): Map<Span, Article[]> {
  const spans = new Map<Span, Article[]>();
  for (const article of articles) {
    const span = article.day.slice(0, width);
    spans.set(span, [...(spans.get(span) ?? []), article]);
  }
  return spans;
}

export function searchIndexParts(articlePaths: ReadonlyArray<string>, partLimit: number): SearchIndexPart[] {
  if (!Number.isInteger(partLimit) || partLimit < 1)
    throw new Error(`search index part limit must be a whole number above 0, not ${partLimit}`);
  const articles = articlePaths.map((path): Article => {
    const day = permalinkDay(path);
    if (!day) throw new Error(`search index: "${path}" is not an article permalink`);
    return { day: day.replaceAll('/', '-'), path };
  });
  // No part for a site with nothing published (only drafts, or stories scheduled for later):
  // Pagefind refuses to index no pages, and the search page then says there is nothing to search.
  if (articles.length === 0) return [];
  const newestYear = articles.reduce((newest, { day }) => (day > newest ? day : newest), '').slice(0, WIDTH.year);

  const parts: SearchIndexPart[] = [];
  const place = (span: Span, inSpan: Article[]) =>
    parts.push({ bundlePath: `/pagefind/${span}/`, articlePaths: inSpan.map((article) => article.path).sort() });
  for (const [year, inYear] of bySpan(articles, WIDTH.year)) {
    if (year !== newestYear && inYear.length <= partLimit) {
      place(year, inYear);
      continue;
    }
    for (const [month, inMonth] of bySpan(inYear, WIDTH.month)) {
      if (inMonth.length <= partLimit) place(month, inMonth);
      else for (const [day, onDay] of bySpan(inMonth, WIDTH.day)) place(day, onDay);
    }
  }
  // Oldest first (the names sort as their spans do): the search page loads Pagefind from the
  // first part and merges the others in order.
  return parts.sort((a, b) => (a.bundlePath < b.bundlePath ? -1 : 1));
}
