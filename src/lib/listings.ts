/**
 * Listings: the groups of articles readers browse (front page, sections,
 * subsections, bylines, tags), newest first, split into pages with real links.
 */
import { newestFirst, type ListedArticle } from './articles.ts';
import { sectionPath } from './navigation.ts';
import { toSlug } from './slug.ts';

export interface Listing<T> {
  /** Address of the listing's first page, e.g. "/world/". */
  path: string;
  title: string;
  articles: T[];
}

export interface ListingPage<T> {
  /** 1-based. */
  number: number;
  total: number;
  path: string;
  articles: T[];
  previous?: string | undefined;
  next?: string | undefined;
}

/** The address of page `n` of a listing: the listing itself, then "<path>page/<n>/". */
export function pagePath(listingPath: string, n: number): string {
  return n === 1 ? listingPath : `${listingPath}page/${n}/`;
}

/** The rest parameter a `[...page]` route takes for page `n`: undefined for the first. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

export function paginate<T>(listing: Listing<T>, pageSize: number): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(listing.articles.length / pageSize));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      path: pagePath(listing.path, number),
      articles: listing.articles.slice(i * pageSize, number * pageSize),
      previous: number > 1 ? pagePath(listing.path, number - 1) : undefined,
      next: number < total ? pagePath(listing.path, number + 1) : undefined,
    };
  });
}

interface Filed extends ListedArticle {
  data: ListedArticle['data'] & { tags: string[]; byline: { name: string }[] };
}

function group<T extends Filed>(articles: ReadonlyArray<T>, keys: (article: T) => Array<[path: string, title: string]>): Listing<T>[] {
  const groups = new Map<string, Listing<T>>();
  for (const article of newestFirst(articles)) {
    for (const [path, title] of keys(article)) {
      const listing = groups.get(path) ?? { path, title, articles: [] };
      listing.articles.push(article);
      groups.set(path, listing);
    }
  }
  return [...groups.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export const sectionListings = <T extends Filed>(articles: ReadonlyArray<T>) =>
  group(articles, (a) => [[sectionPath(a.data.section), a.data.section]]);

export const subsectionListings = <T extends Filed>(articles: ReadonlyArray<T>) =>
  group(articles, (a) => (a.data.subsection ? [[sectionPath(a.data.section, a.data.subsection), a.data.subsection]] : []));

export const bylinePath = (name: string) => `/by/${toSlug(name)}/`;
export const bylineListings = <T extends Filed>(articles: ReadonlyArray<T>) =>
  group(articles, (a) => a.data.byline.map((credit): [string, string] => [bylinePath(credit.name), credit.name]));

export const tagPath = (tag: string) => `/tags/${toSlug(tag)}/`;
export const tagListings = <T extends Filed>(articles: ReadonlyArray<T>) =>
  group(articles, (a) => a.data.tags.map((tag): [string, string] => [tagPath(tag), tag]));

/**
 * For the "More from <section>" sidebar: each article's newest other articles
 * of the same section, by article id. Sorted once per build, not once per page.
 */
export function moreFromSection<T extends Filed>(articles: ReadonlyArray<T>, limit = 5): Map<string, T[]> {
  const newestBySection = new Map<string, T[]>();
  for (const article of newestFirst(articles)) {
    const list = newestBySection.get(article.data.section) ?? [];
    if (list.length <= limit) list.push(article);
    newestBySection.set(article.data.section, list);
  }
  return new Map(
    articles.map((article) => [
      article.id,
      (newestBySection.get(article.data.section) ?? []).filter((other) => other.id !== article.id).slice(0, limit),
    ]),
  );
}
