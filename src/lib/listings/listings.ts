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
  /** Undefined for the listing's first page (its newest articles); else the archive page's number, 1 the oldest. */
  archiveNumber?: number | undefined;
  path: string;
  articles: T[];
  newer?: string | undefined;
  older?: string | undefined;
}

/**
 * A listing's pages, numbered from the oldest end so that a full page never changes when an
 * article is published: archive page n always holds the n-th `pageSize` articles by age, and
 * its address keeps them (citable). The first page, at the listing's own address, holds the
 * rest: the newest, between `pageSize` and twice that less one (all of them while fewer).
 * A publish changes the first page only, except when it fills a page: then the new archive
 * page appears and the one before it links to it instead of to the first page.
 */
export function paginate<T>(listing: Pick<Listing<T>, 'path' | 'articles'>, pageSize: number): ListingPage<T>[] {
  const archivePages = Math.max(0, Math.floor(listing.articles.length / pageSize) - 1);
  const oldestFirst = [...listing.articles].reverse();
  const path = (archiveNumber: number | undefined) => pagePath(listing.path, archiveNumber);
  const newerThan = (n: number) => path(n < archivePages ? n + 1 : undefined);
  const archive = Array.from({ length: archivePages }, (_, i): ListingPage<T> => {
    const n = i + 1;
    return {
      archiveNumber: n,
      path: path(n),
      articles: oldestFirst.slice(i * pageSize, n * pageSize).reverse(),
      newer: newerThan(n),
      older: n > 1 ? path(n - 1) : undefined,
    };
  });
  const first: ListingPage<T> = {
    path: listing.path,
    articles: oldestFirst.slice(archivePages * pageSize).reverse(),
    older: archivePages > 0 ? path(archivePages) : undefined,
  };
  return [first, ...archive.reverse()];
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
 * For the "More from <section>" sidebar: for each article, the articles of its section published
 * just before it (for the first few of a section, those just after it fill the list), newest
 * first. An article's sidebar then changes only when its neighbours do, not whenever a newer
 * article is published in its section: a publish stays local (docs/decisions/019). By article id;
 * sorted once per build, not once per page.
 */
export function moreFromSection<T extends FiledArticle>(articles: ReadonlyArray<T>, limit = 5): Map<string, T[]> {
  const bySection = new Map<string, T[]>();
  for (const article of newestFirst(articles)) {
    const section = bySection.get(article.data.section) ?? [];
    section.push(article);
    bySection.set(article.data.section, section);
  }
  const sidebars = new Map<string, T[]>();
  for (const section of bySection.values())
    section.forEach((article, i) => {
      const earlier = section.slice(i + 1, i + 1 + limit);
      const later = section.slice(Math.max(0, i - (limit - earlier.length)), i);
      sidebars.set(article.id, [...later, ...earlier]);
    });
  return sidebars;
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
