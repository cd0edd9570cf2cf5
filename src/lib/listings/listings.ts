/**
 * Listings: the groups of articles readers browse (front page, sections,
 * subsections, bylines, tags), newest first, split into pages with real
 * links, and the teasers they show. Pure: callers pass the entries in.
 */
import { articlePath } from '#lib/addresses/permalink.ts';
import { bylinePath, pagePath, sectionPath, tagPath } from '#lib/addresses/site-paths.ts';
import { toSlug } from '#lib/addresses/slug.ts';
import type { PublicationDate } from '#lib/content/publication-date.ts';

export interface ListedArticle {
  id: string;
  data: { headline: string; section: string; date: PublicationDate; subsection?: string | undefined; pinned?: boolean | undefined };
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

export interface Listing<T> {
  /** Address of the listing's first page, e.g. "/world/". */
  path: string;
  title: string;
  /** The route parameters naming the listing, e.g. { section: "world" }. */
  params: Record<string, string>;
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

export function paginate<T>(listing: Pick<Listing<T>, 'path' | 'articles'>, pageSize: number): ListingPage<T>[] {
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

export interface FiledArticle extends ListedArticle {
  data: ListedArticle['data'] & { tags: string[]; byline: { name: string; oneOff?: true | undefined }[] };
}

type ListingKey = Omit<Listing<never>, 'articles'>;

function group<T extends FiledArticle>(articles: ReadonlyArray<T>, keys: (article: T) => ListingKey[]): Listing<T>[] {
  const groups = new Map<string, Listing<T>>();
  for (const article of newestFirst(articles)) {
    for (const key of keys(article)) {
      const listing = groups.get(key.path) ?? { ...key, articles: [] };
      listing.articles.push(article);
      groups.set(key.path, listing);
    }
  }
  return [...groups.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export const sectionListings = <T extends FiledArticle>(articles: ReadonlyArray<T>) =>
  group(articles, (a) => [{ path: sectionPath(a.data.section), title: a.data.section, params: { section: toSlug(a.data.section) } }]);

export const subsectionListings = <T extends FiledArticle>(articles: ReadonlyArray<T>) =>
  group(articles, (a) =>
    a.data.subsection
      ? [
          {
            path: sectionPath(a.data.section, a.data.subsection),
            title: a.data.subsection,
            params: { section: toSlug(a.data.section), subsection: toSlug(a.data.subsection) },
          },
        ]
      : [],
  );

/** One listing per registered author; a one-off credit (wire copy, a guest) has no page. */
export const bylineListings = <T extends FiledArticle>(articles: ReadonlyArray<T>) =>
  group(articles, (a) =>
    a.data.byline
      .filter((credit) => !credit.oneOff)
      .map((credit) => ({ path: bylinePath(credit.name), title: credit.name, params: { credit: toSlug(credit.name) } })),
  );

export const tagListings = <T extends FiledArticle>(articles: ReadonlyArray<T>) =>
  group(articles, (a) => a.data.tags.map((tag) => ({ path: tagPath(tag), title: tag, params: { tag: toSlug(tag) } })));

/**
 * For the "More from <section>" sidebar: each article's newest other articles
 * of the same section, by article id. Sorted once per build, not once per page.
 */
export function moreFromSection<T extends FiledArticle>(articles: ReadonlyArray<T>, limit = 5): Map<string, T[]> {
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

/** What a list of articles shows of each one (TeaserList renders it). */
export interface Teaser {
  href: string;
  headline: string;
  summary: string;
  section: string;
  bylineNames: string[];
  date: PublicationDate;
  /** The article's photo, when it has a file: what a front shows beside its lead story (src is astro:assets' metadata). */
  photo?: { src: unknown; alt: string } | undefined;
}

/** `description` is the article's dek or summary (see files/article-description.ts). */
export function toTeaser(
  article: FiledArticle & { data: { photo?: { src?: unknown; alt?: string | undefined } | undefined } },
  description: string,
  timeZone: string,
): Teaser {
  const photo = article.data.photo;
  return {
    href: articlePath(article, timeZone),
    headline: article.data.headline,
    summary: description,
    section: article.data.section,
    bylineNames: article.data.byline.map((credit) => credit.name),
    date: article.data.date,
    photo: photo?.src && photo.alt ? { src: photo.src, alt: photo.alt } : undefined,
  };
}
