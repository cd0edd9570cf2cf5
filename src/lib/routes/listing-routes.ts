/**
 * Every listing page's route parameters and props, for the five listing
 * routes (front page, section, subsection, byline, tag): which pages exist,
 * their titles, descriptions, feeds and teasers. The routes only render what
 * this returns (through src/layouts/ListingLayout.astro).
 */
import { FRONT_PAGE_PATH, SITE_FEED_PATH, pageParam, sectionFeedPath, sectionPath } from '#lib/addresses/site-paths.ts';
import type { RegisteredAuthor } from '#lib/content/authors.ts';
import type { RegisteredSection } from '#lib/content/sections.ts';
import type { Settings } from '#lib/settings.ts';
import {
  bylineListings,
  newestFirst,
  paginate,
  sectionListings,
  subsectionListings,
  tagListings,
  toTeaser,
  type ArchivePage,
  type FiledArticle,
  type ListedFor,
  type Listing,
  type Teaser,
} from '#lib/listings/listings.ts';
import { mastheadDate, siteNavigation, type MastheadDate, type NavigationLink, type SiteNavigation } from '#lib/listings/navigation.ts';
import { arrangeFront, shownOnFront, type Front } from '#lib/listings/front-page.ts';
import type { InfoPage } from '#lib/content/info-pages.ts';

export type ListingKind = 'front page' | 'section' | 'subsection' | 'byline' | 'tag';

export interface ListingPageProps {
  /** The page's own title (the layout adds the site's name). */
  title: string;
  description: string;
  /** The page's own address, e.g. "/world/page/2024-03-04/". */
  path: string;
  heading: string;
  teasers: Teaser[];
  page: { archive?: ArchivePage | undefined; newer?: string | undefined; older?: string | undefined };
  navigation: SiteNavigation;
  /** The navigation entry this page belongs to, marked current in the header. */
  currentPath?: string | undefined;
  feed?: { title: string; href: string } | undefined;
  /** A subsection's parent section. */
  parent?: NavigationLink | undefined;
  /** A sentence under the heading: a section's description from the registry. */
  intro?: string | undefined;
  /** A byline page's author, from the registry, with their bio rendered. */
  author?: AuthorPage | undefined;
  /**
   * The first page of the front page and of a section: its lead, secondary
   * stories and blocks. `teasers` then holds the rest of the page's latest
   * articles, those the front does not already show.
   */
  front?: FrontTeasers | undefined;
  /** The front page's first page: its heading is for screen readers, the masthead shows where the reader is. */
  headingHidden?: boolean | undefined;
  /** The front page's first page: the day it was published (the build's, in the site's zone), under the masthead. */
  mastheadDate?: MastheadDate | undefined;
  /** A section's first page: its subsections that have articles, in the registry's order. */
  subsections?: NavigationLink[] | undefined;
}

export interface FrontTeasers {
  lead: Teaser;
  secondary: Teaser[];
  blocks: Array<{ title: string; href: string; teasers: Teaser[] }>;
}

/** A registered author as their page shows them: the registry's fields and the bio as HTML. */
export interface AuthorPage extends RegisteredAuthor {
  bioHtml: string;
}

/** What the listing pages are made from: the articles and the registries. */
export interface ListedContent<T> {
  articles: ReadonlyArray<T>;
  sections: ReadonlyArray<RegisteredSection>;
  authors: ReadonlyArray<AuthorPage>;
  infoPages: ReadonlyArray<InfoPage>;
}

export interface ListingRoute {
  params: Record<string, string | undefined>;
  props: ListingPageProps;
}

type ListedEntry = FiledArticle;

type SiteSettings = Pick<Settings, 'name' | 'description' | 'pageSize' | 'timeZone' | 'buildTime'>;

/** What differs between kinds: how a listing's pages are titled, described and labelled. */
interface ListingShape<T> {
  listings: Listing<T>[];
  /** The parameter naming an archive page: `[...page]`, or the front page's `[...frontPage]`. */
  pageParamName: string;
  describe: (
    listing: Listing<T>,
    archive: ArchivePage | undefined,
  ) => Omit<ListingPageProps, 'path' | 'teasers' | 'page' | 'navigation' | 'front'>;
  /** For fronts: the listings that get a block of headlines on the first page, in navigation order. */
  blocks?: (listing: Listing<T>) => Array<Listing<T>>;
  /** What the page says of all its articles already, which their teasers then leave out. */
  listedFor?: (listing: Listing<T>) => ListedFor;
}

const pageSuffix = (archive: ArchivePage | undefined) => (archive === undefined ? '' : `, ${archive.label}`);

/** Listings in the order their names appear in the registry. */
const inRegistryOrder = <T>(listings: Array<Listing<T>>, names: string[]) =>
  names.flatMap((name) => listings.filter((listing) => listing.title === name));

function shape<T extends ListedEntry>(kind: ListingKind, content: ListedContent<T>, site: SiteSettings): ListingShape<T> {
  const { articles } = content;
  const registered = (name: string) => content.sections.find((section) => section.name === name);
  switch (kind) {
    case 'front page':
      return {
        listings: [{ path: FRONT_PAGE_PATH, title: site.name, params: {}, articles: newestFirst(articles, site.timeZone) }],
        pageParamName: 'frontPage',
        blocks: () =>
          inRegistryOrder(
            sectionListings(articles, site.timeZone),
            content.sections.map((section) => section.name),
          ),
        describe: (_, page) => ({
          title: page === undefined ? site.name : `Latest news${pageSuffix(page)}`,
          description: site.description,
          heading: 'Latest news',
          headingHidden: page === undefined,
          mastheadDate: page === undefined ? mastheadDate(site.buildTime, site.timeZone) : undefined,
          currentPath: page === undefined ? FRONT_PAGE_PATH : undefined,
          feed: { title: site.name, href: SITE_FEED_PATH },
        }),
      };
    case 'section':
      return {
        listings: sectionListings(articles, site.timeZone),
        pageParamName: 'page',
        blocks: ({ title }) =>
          inRegistryOrder(
            subsectionListings(
              articles.filter((article) => article.data.section === title),
              site.timeZone,
            ),
            registered(title)?.subsections.map((subsection) => subsection.name) ?? [],
          ),
        listedFor: ({ title }) => ({ section: title }),
        describe: ({ title, path, params }, page) => ({
          title: `${title}${pageSuffix(page)}`,
          description: registered(title)?.description ?? `${title}: the latest articles from ${site.name}.`,
          intro: registered(title)?.description,
          subsections:
            page === undefined
              ? inRegistryOrder(
                  subsectionListings(
                    articles.filter((article) => article.data.section === title),
                    site.timeZone,
                  ),
                  registered(title)?.subsections.map((subsection) => subsection.name) ?? [],
                ).map((subsection) => ({ label: subsection.title, href: subsection.path }))
              : undefined,
          heading: title,
          currentPath: path,
          feed: { title: `${title} – ${site.name}`, href: sectionFeedPath(params['section']!) },
        }),
      };
    case 'subsection':
      return {
        listings: subsectionListings(articles, site.timeZone),
        pageParamName: 'page',
        listedFor: ({ articles: [first] }) => ({ section: first!.data.section }),
        describe: ({ title, articles: [first] }, page) => {
          const { section, sectionSlug } = first!.data;
          const intro = registered(section)?.subsections.find((subsection) => subsection.name === title)?.description;
          return {
            title: `${title} – ${section}${pageSuffix(page)}`,
            description: intro ?? `${title}: the latest ${section} articles from ${site.name}.`,
            intro,
            heading: title,
            currentPath: sectionPath(sectionSlug),
            parent: { label: section, href: sectionPath(sectionSlug) },
          };
        },
      };
    case 'byline':
      return {
        listings: bylineListings(articles, site.timeZone),
        pageParamName: 'page',
        listedFor: ({ title }) => ({ author: title }),
        describe: ({ title, params }, page) => {
          const author = content.authors.find((registeredAuthor) => registeredAuthor.slug === params['credit']);
          return {
            title: `Articles by ${title}${pageSuffix(page)}`,
            description: author?.role ? `${title}, ${author.role}: articles on ${site.name}.` : `Articles by ${title} on ${site.name}.`,
            heading: title,
            author,
          };
        },
      };
    case 'tag':
      return {
        listings: tagListings(articles, site.timeZone),
        pageParamName: 'page',
        describe: ({ title }, page) => ({
          title: `${title}${pageSuffix(page)}`,
          description: `Articles about ${title} on ${site.name}.`,
          heading: title,
        }),
      };
  }
}

/**
 * Every page of every listing of one kind, as `getStaticPaths()` returns them.
 * `describeArticle` gives an article's teaser text (its dek or summary).
 */
export function listingRoutes<T extends ListedEntry>(
  kind: ListingKind,
  content: ListedContent<T>,
  site: SiteSettings,
  describeArticle: (article: T) => string,
): ListingRoute[] {
  const navigation = siteNavigation(content, site.timeZone);
  const { listings, pageParamName, describe, blocks, listedFor } = shape(kind, content, site);
  return listings.flatMap((listing) => {
    const listed = listedFor?.(listing);
    const teaser = (article: T) => toTeaser(article, describeArticle(article), site.timeZone, site.buildTime, listed);
    const front = blocks && arrangeFront(listing.articles, blocks(listing));
    const shown = front ? shownOnFront(front) : new Set<string>();
    return paginate(listing, site.pageSize, site.timeZone).map(({ articles: onPage, path, ...page }) => {
      const withFront = front && page.archive === undefined ? front : undefined;
      return {
        params: { ...listing.params, [pageParamName]: pageParam(page.archive?.name) },
        props: {
          ...describe(listing, page.archive),
          path,
          page,
          navigation,
          front: withFront && frontTeasers(withFront, teaser),
          teasers: (withFront ? onPage.filter((article) => !shown.has(article.id)) : onPage).map(teaser),
        },
      };
    });
  });
}

function frontTeasers<T>(front: Front<T>, teaser: (article: T) => Teaser): FrontTeasers {
  return {
    lead: teaser(front.lead),
    secondary: front.secondary.map(teaser),
    blocks: front.blocks.map((block) => ({ title: block.title, href: block.path, teasers: block.articles.map(teaser) })),
  };
}
