/**
 * Every address on the site that an article's related link may point to:
 * article permalinks and old addresses, listings, feeds, search, and files in
 * public/ (asked through `isPublicFile`, so this module reads nothing itself).
 */
import {
  FRONT_PAGE_PATH,
  NEWS_SITEMAP_PATH,
  PUBLISHER_LOGO_PATH,
  SEARCH_PATH,
  SITE_CARD_PATH,
  SITEMAP_INDEX_PATH,
  SITE_FEED_PATH,
  articleCardPath,
  bylinePath,
  sectionFeedPath,
  sectionPath,
  tagPath,
} from './site-paths.ts';

/** What one published article adds to the site's addresses. */
export interface ArticlePaths {
  permalink: string;
  redirectFrom: string[];
  /** The registered slugs (see sectionPath). */
  sectionSlug: string;
  subsectionSlug?: string | undefined;
  /** A registered author's file name; a one-off credit has none, and no page. */
  byline: { slug?: string | undefined }[];
  tags: string[];
}

/** The pages the build makes for articles and listings (first pages), without old addresses. */
export function servedSitePaths(articles: ReadonlyArray<Omit<ArticlePaths, 'redirectFrom'>>): Set<string> {
  const paths = new Set([FRONT_PAGE_PATH, SEARCH_PATH, SITE_FEED_PATH, NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH]);
  for (const a of articles) {
    paths.add(a.permalink);
    paths.add(sectionPath(a.sectionSlug));
    paths.add(sectionFeedPath(a.sectionSlug));
    if (a.subsectionSlug) paths.add(sectionPath(a.sectionSlug, a.subsectionSlug));
    for (const credit of a.byline) if (credit.slug) paths.add(bylinePath(credit.slug));
    for (const tag of a.tags) paths.add(tagPath(tag));
  }
  return paths;
}

/**
 * The files the build writes at addresses of their own (feeds, sitemaps, share cards, the
 * not-found page, robots.txt, the hand-over file the publish steps read), beside public/'s:
 * no page may share an address with one, nor lie under one, which cannot also be a folder.
 */
export function siteFilePaths(articles: ReadonlyArray<Pick<ArticlePaths, 'permalink' | 'sectionSlug'>>): Set<string> {
  const paths = new Set([
    SITE_FEED_PATH,
    NEWS_SITEMAP_PATH,
    SITEMAP_INDEX_PATH,
    SITE_CARD_PATH,
    PUBLISHER_LOGO_PATH,
    '/robots.txt',
    '/404.html',
    '/publish-manifest.json',
  ]);
  for (const a of articles) {
    paths.add(articleCardPath(a.permalink));
    paths.add(sectionFeedPath(a.sectionSlug));
  }
  return paths;
}

/** The sitemaps' files (sitemap-articles-2024-03.xml, sitemap-pages.xml, ...), as many as the archive's months need. */
export function isSitemapPartPath(path: string): boolean {
  return /^\/sitemap-[a-z0-9-]+\.xml$/i.test(path);
}

/** Every address a link may point to: the served pages (when the caller has them already) and the articles' old addresses. */
export function knownSitePaths(articles: ReadonlyArray<ArticlePaths>, served = servedSitePaths(articles)): Set<string> {
  const paths = new Set(served);
  for (const a of articles) for (const old of a.redirectFrom) paths.add(old);
  return paths;
}

/**
 * Folders the site keeps for itself, whatever the articles: search and its
 * index, bylines, tags, listing pages, and anything starting with "_" (Astro's
 * assets, the hosts' _headers and _redirects).
 */
export function isReservedSitePath(path: string): boolean {
  const [first = ''] = path.split('/').filter(Boolean);
  return (
    first.startsWith('_') || ['pagefind', 'search', 'by', 'tags', 'page'].includes(first) || /\/page\/\d{4}-\d{2}-\d{2}-[^/]+\/$/.test(path)
  );
}

/**
 * Whether a section's slug would take an address the site uses at its root:
 * a reserved folder (search, bylines, tags, listing pages, Pagefind, Astro's
 * assets), the not-found page, or a file or folder in public/.
 */
export function isSiteRootName(slug: string, isPublicFile: (sitePath: string) => boolean): boolean {
  return isReservedSitePath(`/${slug}/`) || slug === '404' || isPublicFile(`/${slug}`) || isPublicFile(`/${slug}/`);
}

/** Whether a site path is a page the build makes or a file in public/. Query and fragment are ignored. */
export function isKnownSitePath(path: string, known: ReadonlySet<string>, isPublicFile: (path: string) => boolean): boolean {
  const bare = path.replace(/[?#].*$/, '');
  return known.has(bare) || (!bare.endsWith('/') && isPublicFile(bare));
}
