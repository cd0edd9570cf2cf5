/** Ordering and grouping of articles for listings. Pure: callers pass the entries in. */
import { permalink } from './permalink.ts';
import type { PublicationDate } from './publication-date.ts';

export interface ListedArticle {
  id: string;
  data: { headline: string; section: string; date: PublicationDate; subsection?: string | undefined };
}

/** Sort key: a calendar day counts as its first instant (UTC), so same-day timestamps sort above it. */
function sortKey(date: PublicationDate): number {
  return date.kind === 'day' ? Date.parse(`${date.iso}T00:00:00Z`) : Date.parse(date.iso);
}

/** Newest first; ties broken by id so the order never depends on file-system order. */
export function newestFirst<T extends ListedArticle>(articles: ReadonlyArray<T>): T[] {
  const keyed = articles.map((article) => ({ article, key: sortKey(article.data.date) }));
  keyed.sort((a, b) => b.key - a.key || a.article.id.localeCompare(b.article.id));
  return keyed.map(({ article }) => article);
}

export function articlePath(article: ListedArticle, timeZone: string): string {
  return permalink({ slug: article.id, section: article.data.section, date: article.data.date }, timeZone);
}
