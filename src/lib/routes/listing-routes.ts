/**
 * Every listing page's route parameters and props, for the five listing
 * routes (front page, section, subsection, byline, tag): which pages exist,
 * their titles, descriptions, feeds and teasers. The routes only render what
 * this returns (through src/layouts/ListingLayout.astro).
 */
import { FRONT_PAGE_PATH, SITE_FEED_PATH, pageParam, sectionFeedPath, sectionPath } from '#lib/addresses/site-paths.ts';
import type { Credit } from '#lib/content/schema.ts';
import type { Settings } from '#lib/settings.ts';
import {
  bylineListings,
  newestFirst,
  paginate,
  sectionListings,
  subsectionListings,
  tagListings,
  toTeaser,
  type FiledArticle,
  type Listing,
  type Teaser,
} from '#lib/listings/listings.ts';
import { sectionNavigation, type NavigationLink } from '#lib/listings/navigation.ts';

export type ListingKind = 'front page' | 'section' | 'subsection' | 'byline' | 'tag';

export interface ListingPageProps {
  /** The page's own title (the layout adds the site's name). */
  title: string;
  description: string;
  /** The page's own address, e.g. "/world/page/2/". */
  path: string;
  /** What kind of listing, shown above the heading (e.g. "Section"). */
  label?: string | undefined;
  heading: string;
  teasers: Teaser[];
  page: { number: number; total: number; previous?: string | undefined; next?: string | undefined };
  navigation: NavigationLink[];
  /** The navigation entry this page belongs to, marked current in the header. */
  currentPath?: string | undefined;
  feed?: { title: string; href: string } | undefined;
  /** A subsection's parent section. */
  parent?: NavigationLink | undefined;
  /** A byline's credit, with its role and own page when the article gives them. */
  credit?: Credit | undefined;
}

export interface ListingRoute {
  params: Record<string, string | undefined>;
  props: ListingPageProps;
}

interface ListedEntry extends FiledArticle {
  data: FiledArticle['data'] & { byline: Credit[] };
}

type SiteSettings = Pick<Settings, 'name' | 'description' | 'pageSize' | 'timeZone'>;

/** What differs between kinds: how a listing's pages are titled, described and labelled. */
interface ListingShape<T> {
  listings: Listing<T>[];
  /** The parameter name of the page number: `[...page]`, or the front page's `[...frontPage]`. */
  pageParamName: string;
  describe: (listing: Listing<T>, page: number) => Omit<ListingPageProps, 'path' | 'teasers' | 'page' | 'navigation'>;
}

const pageSuffix = (page: number) => (page > 1 ? `, page ${page}` : '');

function shape<T extends ListedEntry>(kind: ListingKind, articles: ReadonlyArray<T>, site: SiteSettings): ListingShape<T> {
  switch (kind) {
    case 'front page':
      return {
        listings: [{ path: FRONT_PAGE_PATH, title: site.name, params: {}, articles: newestFirst(articles) }],
        pageParamName: 'frontPage',
        describe: (_, page) => ({
          title: page === 1 ? site.name : `Latest news${pageSuffix(page)}`,
          description: site.description,
          heading: 'Latest news',
          currentPath: page === 1 ? FRONT_PAGE_PATH : undefined,
          feed: { title: site.name, href: SITE_FEED_PATH },
        }),
      };
    case 'section':
      return {
        listings: sectionListings(articles),
        pageParamName: 'page',
        describe: ({ title, path }, page) => ({
          title: `${title}${pageSuffix(page)}`,
          description: `${title}: the latest articles from ${site.name}.`,
          label: 'Section',
          heading: title,
          currentPath: path,
          feed: { title: `${title} – ${site.name}`, href: sectionFeedPath(title) },
        }),
      };
    case 'subsection':
      return {
        listings: subsectionListings(articles),
        pageParamName: 'page',
        describe: ({ title, articles: [first] }, page) => {
          const section = first!.data.section;
          return {
            title: `${title} – ${section}${pageSuffix(page)}`,
            description: `${title}: the latest ${section} articles from ${site.name}.`,
            heading: title,
            currentPath: sectionPath(section),
            parent: { label: section, href: sectionPath(section) },
          };
        },
      };
    case 'byline':
      return {
        listings: bylineListings(articles),
        pageParamName: 'page',
        describe: ({ title, articles: [first] }, page) => {
          const byline: Credit[] = first!.data.byline;
          return {
            title: `Articles by ${title}${pageSuffix(page)}`,
            description: `Articles by ${title} on ${site.name}.`,
            label: 'Articles by',
            heading: title,
            credit: byline.find((credit) => credit.name === title),
          };
        },
      };
    case 'tag':
      return {
        listings: tagListings(articles),
        pageParamName: 'page',
        describe: ({ title }, page) => ({
          title: `${title}${pageSuffix(page)}`,
          description: `Articles about ${title} on ${site.name}.`,
          label: 'Topic',
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
  articles: ReadonlyArray<T>,
  site: SiteSettings,
  describeArticle: (article: T) => string,
): ListingRoute[] {
  const navigation = sectionNavigation(articles);
  const { listings, pageParamName, describe } = shape(kind, articles, site);
  return listings.flatMap((listing) =>
    paginate(listing, site.pageSize).map(({ articles: onPage, path, ...page }) => ({
      params: { ...listing.params, [pageParamName]: pageParam(page.number) },
      props: {
        ...describe(listing, page.number),
        path,
        page,
        navigation,
        teasers: onPage.map((article) => toTeaser(article, describeArticle(article), site.timeZone)),
      },
    })),
  );
}
