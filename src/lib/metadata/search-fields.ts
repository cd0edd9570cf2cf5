/**
 * What the search index keeps of an article beside its text, so that a result reads like a
 * teaser (headline, date, section, byline), can be put newest first and narrowed by section,
 * author and year; and the choices the search page offers for narrowing. The byline and the
 * section are kept as Pagefind metadata, which Pagefind also searches, so a reader finds an
 * article by its author's name though the article's header is left out of the indexed text.
 */
import { calendarDay, formatPublicationDate, sortInstant, type PublicationDate } from '#lib/dates/publication-date.ts';

interface IndexedArticle {
  section: string;
  byline: ReadonlyArray<{ name: string }>;
  date: PublicationDate;
}

export interface ArticleSearchFields {
  /** The credits' names, as the byline lists them: "Ana Díaz and Li Wei". */
  byline: string;
  section: string;
  /** The publication date as the article page says it. */
  date: string;
  /** The year of publication in the site's zone, a filter. */
  year: string;
  /** The instant of publication, in UTC ISO form so that Pagefind's sort by text orders it in time. */
  sortKey: string;
}

function namesInWords(names: ReadonlyArray<string>): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)!}`;
}

export function articleSearchFields(article: IndexedArticle, timeZone: string): ArticleSearchFields {
  return {
    byline: namesInWords(article.byline.map((credit) => credit.name)),
    section: article.section,
    date: formatPublicationDate(article.date, timeZone),
    year: calendarDay(article.date, timeZone).slice(0, 4),
    sortKey: new Date(sortInstant(article.date, timeZone)).toISOString(),
  };
}

export interface SearchFilterChoices {
  sections: string[];
  authors: string[];
  /** Newest first. */
  years: string[];
}

/** Every value the search page's filters can take: only those some published article has, so no choice leads to nothing. */
export function searchFilterChoices(
  articles: ReadonlyArray<IndexedArticle>,
  sectionOrder: ReadonlyArray<string>,
  timeZone: string,
): SearchFilterChoices {
  const sections = new Set(articles.map((article) => article.section));
  const authors = new Set(articles.flatMap((article) => article.byline.map((credit) => credit.name)));
  const years = new Set(articles.map((article) => calendarDay(article.date, timeZone).slice(0, 4)));
  return {
    sections: sectionOrder.filter((section) => sections.has(section)),
    authors: [...authors].sort((a, b) => a.localeCompare(b, 'en')),
    years: [...years].sort().reverse(),
  };
}
