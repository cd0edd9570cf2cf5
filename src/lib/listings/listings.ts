/**
 * Listings: the groups of articles readers browse (front page, sections,
 * subsections, bylines, tags), newest first, split into pages with real
 * links, and the teasers they show. Pure: callers pass the entries in.
 */
import { articlePath } from '#lib/addresses/permalink.ts';
import { bylinePath, pagePath, sectionPath, tagPath } from '#lib/addresses/site-paths.ts';
import { toSlug } from '#lib/addresses/slug.ts';
import { calendarDay, daysInWords, sortInstant, type PublicationDate } from '#lib/dates/publication-date.ts';
import { cutIntoPages } from './archive-pages.ts';
import { previewStatus, type PreviewStatus } from '#lib/content/scheduling.ts';
import type { PhotoSource } from '#lib/photos/variant-plan.ts';

export interface ListedArticle {
  id: string;
  data: {
    headline: string;
    section: string;
    /** The registered slugs (content/sections.yaml) the addresses are made from. */
    sectionSlug: string;
    date: PublicationDate;
    subsection?: string | undefined;
    subsectionSlug?: string | undefined;
    pinned?: boolean | undefined;
    /** Only ever true in a preview (`npm run dev`): a published site holds drafts back. */
    draft?: boolean | undefined;
  };
}

/** Newest first (see sortInstant); ties broken by id so the order never depends on file-system order. */
export function newestFirst<T extends ListedArticle>(articles: ReadonlyArray<T>, timeZone: string): T[] {
  const keyed = articles.map((article) => ({ article, key: sortInstant(article.data.date, timeZone) }));
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
  /** Undefined for the listing's first page (its newest articles); else the archive page's name and days (see paginate). */
  archive?: ArchivePage | undefined;
  path: string;
  articles: T[];
  newer?: string | undefined;
  older?: string | undefined;
}

export interface ArchivePage {
  /** The page's name in its address: its oldest article's day and name ("2024-03-04-council-vote"). */
  name: string;
  /** The days its articles span, in words ("March 4 to March 9, 2024"), with "part 2" where pages share them. */
  label: string;
}

/**
 * A listing's pages. The first, at the listing's own address, holds the newest articles (at
 * least `pageSize` of them, all while fewer). The older ones fall into archive pages whose ends
 * are content-defined (archive-pages.ts): a publish, a correction or a deletion changes the
 * pages around the article, not every page after it. An archive page is named by its oldest
 * article (its day and file name), so its address keeps its articles (citable), says when they
 * begin, and changes only when that article goes or a cut moves. Pages do not count each other,
 * for the same reason; pages whose articles span the same days (a busy day's) are told apart by
 * "part 2", "part 3" in their headings only.
 */
export function paginate<T extends ListedArticle>(
  listing: Pick<Listing<T>, 'path' | 'articles'>,
  pageSize: number,
  timeZone: string,
): ListingPage<T>[] {
  const oldestFirst = [...listing.articles].reverse();
  const runs = cutIntoPages(
    oldestFirst.map((article) => article.id),
    pageSize,
  );
  // The first page: the articles after the last cut, and as many runs before them as make a page.
  let onFirstPage = runs.pop()!;
  while (onFirstPage < pageSize && runs.length > 0) onFirstPage += runs.pop()!;

  let start = 0;
  const archive = runs.map((length) => {
    const articles = oldestFirst.slice(start, start + length);
    start += length;
    const days = articles.map((article) => calendarDay(article.data.date, timeZone)).sort();
    const name = `${calendarDay(articles[0]!.data.date, timeZone)}-${articles[0]!.id}`;
    return {
      archive: { name, label: daysInWords(days[0]!, days.at(-1)!) },
      path: pagePath(listing.path, name),
      articles: articles.reverse(),
    };
  });
  const sharing = Map.groupBy(archive, (page) => page.archive.label);
  for (const pages of sharing.values()) if (pages.length > 1) pages.forEach((page, i) => (page.archive.label += `, part ${i + 1}`));
  const pages: ListingPage<T>[] = archive.map((page, i) => ({
    ...page,
    newer: archive[i + 1]?.path ?? listing.path,
    older: archive[i - 1]?.path,
  }));
  const first: ListingPage<T> = { path: listing.path, articles: oldestFirst.slice(start).reverse(), older: archive.at(-1)?.path };
  return [first, ...pages.reverse()];
}

export interface FiledArticle extends ListedArticle {
  /** A credit's `slug` is its registered author's file name; a one-off credit has none. */
  data: ListedArticle['data'] & { tags: string[]; byline: { name: string; slug?: string | undefined }[] };
}

type ListingKey = Omit<Listing<never>, 'articles'>;

function group<T extends FiledArticle>(articles: ReadonlyArray<T>, timeZone: string, keys: (article: T) => ListingKey[]): Listing<T>[] {
  const groups = new Map<string, Listing<T>>();
  for (const article of newestFirst(articles, timeZone)) {
    for (const key of keys(article)) {
      const listing = groups.get(key.path) ?? { ...key, articles: [] };
      listing.articles.push(article);
      groups.set(key.path, listing);
    }
  }
  return [...groups.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export const sectionListings = <T extends FiledArticle>(articles: ReadonlyArray<T>, timeZone: string) =>
  group(articles, timeZone, (a) => [
    { path: sectionPath(a.data.sectionSlug), title: a.data.section, params: { section: a.data.sectionSlug } },
  ]);

export const subsectionListings = <T extends FiledArticle>(articles: ReadonlyArray<T>, timeZone: string) =>
  group(articles, timeZone, (a) =>
    a.data.subsection && a.data.subsectionSlug
      ? [
          {
            path: sectionPath(a.data.sectionSlug, a.data.subsectionSlug),
            title: a.data.subsection,
            params: { section: a.data.sectionSlug, subsection: a.data.subsectionSlug },
          },
        ]
      : [],
  );

/** One listing per registered author; a one-off credit (wire copy, a guest) has no page. */
export const bylineListings = <T extends FiledArticle>(articles: ReadonlyArray<T>, timeZone: string) =>
  group(articles, timeZone, (a) =>
    a.data.byline.flatMap(({ name, slug }) =>
      slug === undefined ? [] : [{ path: bylinePath(slug), title: name, params: { credit: slug } }],
    ),
  );

export const tagListings = <T extends FiledArticle>(articles: ReadonlyArray<T>, timeZone: string) =>
  group(articles, timeZone, (a) => a.data.tags.map((tag) => ({ path: tagPath(tag), title: tag, params: { tag: toSlug(tag) } })));

/**
 * For the "More from <section>" sidebar: for each article, the articles of its section published
 * just before it (for the first few of a section, those just after it fill the list), newest
 * first. An article's sidebar then changes only when its neighbours do, not whenever a newer
 * article is published in its section: a publish stays local (docs/decisions/019). By article id;
 * sorted once per build, not once per page.
 */
export function moreFromSection<T extends FiledArticle>(
  articles: ReadonlyArray<T>,
  timeZone: string,
  limit = 5,
  /** The ids an article's page already lists elsewhere (its related coverage): never listed twice on one page. */
  listedBeside: (article: T) => ReadonlySet<string> = () => new Set(),
): Map<string, T[]> {
  const bySection = new Map<string, T[]>();
  for (const article of newestFirst(articles, timeZone)) {
    const section = bySection.get(article.data.section) ?? [];
    section.push(article);
    bySection.set(article.data.section, section);
  }
  const sidebars = new Map<string, T[]>();
  for (const whole of bySection.values())
    for (const article of whole) {
      const beside = listedBeside(article);
      const section = beside.size === 0 ? whole : whole.filter((other) => !beside.has(other.id));
      const i = section.indexOf(article);
      const earlier = section.slice(i + 1, i + 1 + limit);
      const later = section.slice(Math.max(0, i - (limit - earlier.length)), i);
      sidebars.set(article.id, [...later, ...earlier]);
    }
  return sidebars;
}

/**
 * The ids of the site's own articles among an article's related links, whether written as a
 * path ("/world/2018/05/09/slug/") or as an address on the site's origin. `idByPath` maps
 * each article's permalink to its id.
 */
export function relatedArticleIds(
  links: ReadonlyArray<{ url?: string | undefined }>,
  idByPath: ReadonlyMap<string, string>,
  origin: string,
): Set<string> {
  const ids = new Set<string>();
  for (const { url } of links) {
    if (url === undefined) continue;
    const address = new URL(url, origin);
    const id = address.origin === new URL(origin).origin ? idByPath.get(address.pathname) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** What a list of articles shows of each one (TeaserList renders it). */
export interface Teaser {
  href: string;
  headline: string;
  summary: string;
  /** The article's section, unless the listing is that section's own (or one of its subsections). */
  section?: string | undefined;
  /** "By Ana Ruiz and Lee Chan"; "With Lee Chan" on Ana Ruiz's own page; none on the page of its only author. */
  credit?: string | undefined;
  date: PublicationDate;
  /** The article's photo, when it has a file: what a front shows beside a story (its variants: src/lib/photos/). */
  photo?: { source: PhotoSource; alt: string } | undefined;
  /** In a preview, why the article is not public yet (see previewStatus); absent on a published site. */
  status?: PreviewStatus;
}

/** What a listing already says of every article on it, so its teasers need not repeat it. */
export interface ListedFor {
  /** The listing is this section's or one of its subsections'. */
  section?: string | undefined;
  /** The listing is this author's. */
  author?: string | undefined;
}

/** Names joined as a byline reads: "A", "A and B", "A, B, and C". */
function namesInWords(names: ReadonlyArray<string>): string {
  if (names.length < 3) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)!}`;
}

/** The teaser's credit line: every teaser has one, except on the page of its only author, who is named above. */
export function creditLine(names: ReadonlyArray<string>, listedFor: ListedFor = {}): string | undefined {
  const others = names.filter((name) => name !== listedFor.author);
  if (others.length === 0) return undefined;
  return `${others.length < names.length ? 'With' : 'By'} ${namesInWords(others)}`;
}

/**
 * `description` is the article's dek or summary (see files/article-description.ts); `now` decides
 * what is still scheduled; `listedFor` what the page already says (its section, its author).
 */
export function toTeaser(
  article: FiledArticle & { data: { photo?: { alt?: string | undefined } | undefined; photoSource?: PhotoSource | undefined } },
  description: string,
  timeZone: string,
  now: Date,
  listedFor: ListedFor = {},
): Teaser {
  const photo = article.data.photo;
  const status = previewStatus(article.data, now, timeZone);
  return {
    ...(status ? { status } : {}),
    href: articlePath(article, timeZone),
    headline: article.data.headline,
    summary: description,
    section: article.data.section === listedFor.section ? undefined : article.data.section,
    credit: creditLine(
      article.data.byline.map((credit) => credit.name),
      listedFor,
    ),
    date: article.data.date,
    photo: article.data.photoSource && photo?.alt ? { source: article.data.photoSource, alt: photo.alt } : undefined,
  };
}
